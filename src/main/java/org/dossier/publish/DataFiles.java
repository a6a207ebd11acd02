package org.dossier.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.index.ArchiveIndex;
import org.dossier.report.BuildReport;
import org.dossier.report.SeedOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code data/articles.json}, {@code data/articles.csv} and {@code data/report.json}, exactly as the contract says. */
public final class DataFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataFiles() {}

    public static void write(ArchiveIndex index, BuildReport report, Path site) throws IOException {
        Path data = site.resolve("data");
        Files.createDirectories(data);
        ArrayNode articles = JSON.createArrayNode();
        StringBuilder csv = new StringBuilder("id,title,date,dateSource,people,source,url,sha256\r\n");
        for (ArchiveIndex.Entry e : index.timeline()) {
            var a = e.article();
            ObjectNode n = articles.addObject();
            n.put("id", e.id());
            n.put("title", a.title());
            if (a.date().isPresent()) n.put("date", a.date().get().toString()); else n.putNull("date");
            if (a.dateSource().isPresent()) n.put("dateSource", a.dateSource().get()); else n.putNull("dateSource");
            ArrayNode people = n.putArray("people");
            a.people().forEach(people::add);
            n.put("source", a.source());
            n.put("url", e.url());
            n.put("sha256", a.sha256());
            n.put("titleSource", a.titleSource());
            a.capture().ifPresent(c -> n.put("originalUrl", c.url()).put("captured", c.captured()));
            csv.append(String.join(",", List.of(csv(e.id()), csv(a.title()), csv(a.date().map(Object::toString).orElse("")),
                    csv(a.dateSource().orElse("")), csv(String.join("; ", a.people())), csv(a.source()), csv(e.url()),
                    csv(a.sha256())))).append("\r\n");
        }
        write(data.resolve("articles.json"), JSON.writeValueAsString(articles) + "\n");
        write(data.resolve("articles.csv"), csv.toString());
        write(data.resolve("report.json"), JSON.writeValueAsString(reportJson(index, report)) + "\n");
    }

    private static ObjectNode reportJson(ArchiveIndex index, BuildReport report) {
        ObjectNode r = JSON.createObjectNode();
        r.put("articles", index.timeline().size());
        ArrayNode rejected = r.putArray("rejected");
        report.with(SeedOutcome.Status.REJECTED).forEach(s -> rejected.addObject().put("source", s.source()).put("reason", s.detail()));
        ArrayNode skipped = r.putArray("skipped");
        report.with(SeedOutcome.Status.SKIPPED).forEach(s -> skipped.addObject().put("source", s.source()).put("reason", s.detail()));
        ArrayNode duplicates = r.putArray("duplicates");
        for (ArchiveIndex.Duplicate d : index.duplicates()) {
            duplicates.addObject().put("source", d.source()).put("duplicateOf", d.duplicateOf()).put("how", d.how());
        }
        r.put("seeds", report.seeds().size());
        ArrayNode files = r.putArray("files");
        for (SeedOutcome s : report.seeds()) {
            ObjectNode f = files.addObject();
            f.put("source", s.source());
            f.put("outcome", s.status().name().toLowerCase(java.util.Locale.ROOT));
            switch (s.status()) {
                case ARTICLE -> f.put("url", s.detail());
                case DUPLICATE -> f.put("duplicateOf", s.detail());
                case REJECTED, SKIPPED -> f.put("reason", s.detail());
            }
            if (s.decoding().isPresent()) f.put("decoding", s.decoding().get()); else f.putNull("decoding");
            ObjectNode removed = f.putObject("removed");
            s.removals().counts().forEach(removed::put);
            ObjectNode detail = f.putObject("removedText");
            s.removals().byKind().forEach((k, v) -> {
                ArrayNode list = detail.putArray(k);
                v.forEach(list::add);
            });
        }
        ArrayNode problems = r.putArray("problems");
        report.problems().forEach(p -> problems.addObject().put("source", p.source()).put("stage", p.stage().name().toLowerCase(java.util.Locale.ROOT)).put("reason", p.reason()));
        return r;
    }

    /** RFC 4180: quoted when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
    private static String csv(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches(".*[\",\\r\\n].*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}

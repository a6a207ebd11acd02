package org.dossier.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.dossier.index.ArchiveIndex;
import org.dossier.report.BuildReport;
import org.dossier.report.SeedOutcome;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code data/articles.json}, {@code data/articles.csv} and {@code data/report.json}, exactly as the contract says,
 * each streamed to its file as it is written: at 100,000 articles their trees would take hundreds of megabytes.
 */
public final class DataFiles {
    private static final JsonFactory JSON = new JsonFactory();

    private DataFiles() {}

    public static void write(ArchiveIndex index, BuildReport report, Path site) throws IOException {
        Path data = site.resolve("data");
        Files.createDirectories(data);
        try (JsonGenerator json = generator(data.resolve("articles.json"));
             Writer csv = Files.newBufferedWriter(data.resolve("articles.csv"), StandardCharsets.UTF_8)) {
            csv.write("id,title,date,dateSource,people,source,url,sha256\r\n");
            json.writeStartArray();
            for (ArchiveIndex.Entry e : index.timeline()) {
                var a = e.article();
                json.writeStartObject();
                json.writeStringField("id", e.id());
                json.writeStringField("title", a.title());
                nullable(json, "date", a.date().map(Object::toString));
                nullable(json, "dateSource", a.dateSource());
                json.writeArrayFieldStart("people");
                for (String p : a.people()) json.writeString(p);
                json.writeEndArray();
                json.writeStringField("source", a.source());
                json.writeStringField("url", e.url());
                json.writeStringField("sha256", a.sha256());
                json.writeStringField("titleSource", a.titleSource());
                if (a.capture().isPresent()) {
                    json.writeStringField("originalUrl", a.capture().get().url());
                    json.writeStringField("captured", a.capture().get().captured());
                }
                json.writeEndObject();
                csv.write(String.join(",", List.of(csv(e.id()), csv(a.title()), csv(a.date().map(Object::toString).orElse("")),
                        csv(a.dateSource().orElse("")), csv(String.join("; ", a.people())), csv(a.source()), csv(e.url()),
                        csv(a.sha256()))));
                csv.write("\r\n");
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
        try (JsonGenerator json = generator(data.resolve("report.json"))) {
            reportJson(index, report, json);
            json.writeRaw('\n');
        }
    }

    /** Indented as Jackson indents, with a line break at the end. */
    private static JsonGenerator generator(Path file) throws IOException {
        return JSON.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8).setPrettyPrinter(new DefaultPrettyPrinter());
    }

    private static void nullable(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) json.writeStringField(field, value.get()); else json.writeNullField(field);
    }

    /** A list of the seeds (or captures) that became no article, each with why. */
    private static void withReasons(JsonGenerator r, String field, List<SeedOutcome> seeds) throws IOException {
        r.writeArrayFieldStart(field);
        for (SeedOutcome s : seeds) {
            r.writeStartObject();
            r.writeStringField("source", s.source());
            r.writeStringField("reason", s.detail());
            r.writeEndObject();
        }
        r.writeEndArray();
    }

    private static void reportJson(ArchiveIndex index, BuildReport report, JsonGenerator r) throws IOException {
        r.writeStartObject();
        r.writeNumberField("articles", index.timeline().size());
        withReasons(r, "rejected", report.with(SeedOutcome.Status.REJECTED));
        withReasons(r, "skipped", report.with(SeedOutcome.Status.SKIPPED));
        r.writeArrayFieldStart("duplicates");
        for (ArchiveIndex.Duplicate d : index.duplicates()) {
            r.writeStartObject();
            r.writeStringField("source", d.source());
            r.writeStringField("duplicateOf", d.duplicateOf());
            r.writeStringField("how", d.how());
            r.writeEndObject();
        }
        r.writeEndArray();
        r.writeNumberField("seeds", report.seeds().size());
        r.writeArrayFieldStart("files");
        for (SeedOutcome s : report.seeds()) {
            r.writeStartObject();
            r.writeStringField("source", s.source());
            r.writeStringField("outcome", s.status().name().toLowerCase(java.util.Locale.ROOT));
            r.writeStringField(switch (s.status()) {
                case ARTICLE -> "url";
                case DUPLICATE -> "duplicateOf";
                case REJECTED, SKIPPED -> "reason";
            }, s.detail());
            nullable(r, "decoding", s.decoding());
            r.writeObjectFieldStart("removed");
            for (var x : s.removals().counts().entrySet()) r.writeNumberField(x.getKey(), x.getValue());
            r.writeEndObject();
            r.writeObjectFieldStart("removedText");
            for (var x : s.removals().byKind().entrySet()) {
                r.writeArrayFieldStart(x.getKey());
                for (String t : x.getValue()) r.writeString(t);
                r.writeEndArray();
            }
            r.writeEndObject();
            r.writeEndObject();
        }
        r.writeEndArray();
        r.writeArrayFieldStart("problems");
        for (var p : report.problems()) {
            r.writeStartObject();
            r.writeStringField("source", p.source());
            r.writeStringField("stage", p.stage().name().toLowerCase(java.util.Locale.ROOT));
            r.writeStringField("reason", p.reason());
            r.writeEndObject();
        }
        r.writeEndArray();
        r.writeEndObject();
    }

    /** RFC 4180: quoted when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
    private static String csv(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches(".*[\",\\r\\n].*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

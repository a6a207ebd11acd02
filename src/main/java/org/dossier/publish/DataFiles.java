package org.dossier.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dossier.index.ArchiveIndex;
import org.dossier.index.Dependencies;
import org.dossier.report.BuildReport;
import org.dossier.report.SeedOutcome;
import org.dossier.write.SiteFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code data/articles.json}, {@code data/articles.csv} and {@code data/report.json}, exactly as the contract says.
 * The two article files are each a head, a row per article and a tail, streamed to its file as it is written (at
 * 100,000 articles their trees would take hundreds of megabytes). A row is serialised only when the live file holds
 * none with the same contents: the others are copied from the live file by the offsets {@link DataRows} kept, so a
 * change costs its own rows and a copy of the bytes, and the file comes out as a clean build writes it. A file whose
 * rows, head and tail are all unchanged is not written at all.
 *
 * <p>The report's row per file of the seeds (its outcome, decoding and removals: a third of the data files' bytes)
 * goes into parts of its own, {@code data/report/files-<digest>.json}, which {@code report.json} lists under
 * {@code fileParts} in order: each part is a JSON array of some 256 rows, cut where a row's source says so, so a
 * row that comes or goes moves no other part's bounds, and a change makes the part of its rows again and keeps the
 * others as they are (at 100,000 articles report.json was 51 MB, copied and digested on every change).
 */
public final class DataFiles {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String ARTICLES = "data/articles.json", CSV = "data/articles.csv", REPORT = "data/report.json";
    private static final String REPORT_PART = "data/report/files-";
    /**
     * A part of the report's files ends before a row whose source's digest has these bits clear: 1 in 256, so a part
     * is some 100 kB (made again whole, it cost a change 30 ms of CPU at 1,024 rows).
     */
    private static final long PART_CUT = -1L << 56;
    private static final byte[] NONE = new byte[0];

    private DataFiles() {}

    /** Makes one row's bytes. */
    @FunctionalInterface
    private interface RowBytes {
        byte[] make(int row) throws IOException;
    }

    /**
     * @param work the work folder, where each file's rows are kept for the next build
     * @return how many rows were made rather than copied, over the two article files, and parts of the report's
     *         files made: a part is made whole
     */
    public static int write(ArchiveIndex index, BuildReport report, Dependencies dependencies, SiteFiles files, Path work) throws Exception {
        List<ArchiveIndex.Entry> timeline = index.timeline();
        long[] articles = new long[timeline.size()];
        for (int i = 0; i < articles.length; i++) articles[i] = version(timeline.get(i), dependencies);
        List<SeedOutcome> seeds = report.seeds();
        long[] outcomes = dependencies.rows(report);
        AtomicInteger made = new AtomicInteger();
        Parallel.all(
                () -> spliced(files, work, made, ARTICLES, "[".getBytes(StandardCharsets.UTF_8), articles, " ", ", ",
                        i -> articleJson(timeline.get(i)), " ]\n".getBytes(StandardCharsets.UTF_8)),
                () -> spliced(files, work, made, CSV, "id,title,date,dateSource,people,source,url,sha256\r\n".getBytes(StandardCharsets.UTF_8),
                        articles, "", "", i -> articleCsv(timeline.get(i)), NONE),
                () -> files.putContent(REPORT, reportJson(index, report, reportParts(files, seeds, outcomes, made))));
        return made.get();
    }

    /**
     * Writes the parts of the report's files, each keyed by its rows' versions, so an unchanged one stays in the live
     * site unread.
     *
     * @return the parts' paths in the site, in order
     */
    private static List<String> reportParts(SiteFiles files, List<SeedOutcome> seeds, long[] versions, AtomicInteger made) throws Exception {
        List<Part> parts = parts(seeds.stream().map(SeedOutcome::source).toList());
        Parallel.forEach(parts, p -> {
            Dependencies.Digest key = new Dependencies.Digest().add(p.to() - p.from());
            for (int i = p.from(); i < p.to(); i++) key.add(versions[i]);
            files.put(p.path(), "rows:" + Long.toHexString(key.value()), () -> {
                made.incrementAndGet();
                ByteArrayOutputStream part = new ByteArrayOutputStream(1024 * (p.to() - p.from()));
                part.write('[');
                for (int i = p.from(); i < p.to(); i++) {
                    part.write((i == p.from() ? " " : ", ").getBytes(StandardCharsets.UTF_8));
                    part.write(fileJson(seeds.get(i)));
                }
                part.write(" ]\n".getBytes(StandardCharsets.UTF_8));
                return part.toByteArray();
            });
        });
        return parts.stream().map(Part::path).toList();
    }

    /** A part of the report's files: rows {@code from} to {@code to} (exclusive), at {@code path} in the site. */
    record Part(String path, int from, int to) {}

    /**
     * The parts of the report's files of these sources, in order. A part starts at the first row and at each row
     * whose source's digest has the {@link #PART_CUT} bits clear, and is named by that source's digest (twice the
     * same name, which no two sources should give, is numbered on): so a source that comes or goes changes the part
     * that holds it and, when it starts one, the part before.
     */
    static List<Part> parts(List<String> sources) {
        List<Part> parts = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            long digest = new Dependencies.Digest().add(sources.get(i)).value();
            if (i > 0 && (digest & PART_CUT) != 0) continue;
            String name = REPORT_PART + String.format(Locale.ROOT, "%016x", digest);
            String path = name + ".json";
            for (int n = 2; !named.add(path); n++) path = name + "-" + n + ".json";
            if (!parts.isEmpty()) parts.set(parts.size() - 1, new Part(parts.get(parts.size() - 1).path(), parts.get(parts.size() - 1).from(), i));
            parts.add(new Part(path, i, sources.size()));
        }
        return parts;
    }

    /**
     * Writes a data file through {@code files}, keyed by its head, tail and rows: each row is copied from the live file
     * when it holds one of the same version, else made; the rows' places are kept in the work folder.
     *
     * @param versions each row's version, a digest of everything the row holds
     * @param first    what comes before the first row; {@code between} what comes between two rows
     */
    private static void spliced(SiteFiles files, Path work, AtomicInteger made, String path, byte[] head, long[] versions, String first, String between,
                                RowBytes make, byte[] tail) throws Exception {
        Dependencies.Digest key = new Dependencies.Digest().add(new String(head, StandardCharsets.UTF_8)).add(versions.length);
        for (long v : versions) key.add(v);
        key.add(new String(tail, StandardCharsets.UTF_8));
        Path kept = work.resolve("data-rows").resolve(path.substring(path.indexOf('/') + 1));
        DataRows.Builder rows = new DataRows.Builder();
        boolean[] written = {false};
        files.stream(path, "rows:" + Long.toHexString(key.value()), out -> {
            DataRows old = DataRows.load(kept);
            Optional<Path> live = files.live(path, old.sha256());
            DataRows previous = live.isPresent() ? old : DataRows.none();
            try (FileChannel from = live.isPresent() ? FileChannel.open(live.get()) : null) {
                Splice splice = new Splice(out, from);
                splice.write(head);
                for (int i = 0; i < versions.length; i++) {
                    splice.separator(i == 0 ? first : between);
                    long at = splice.position();
                    int r = previous.find(versions[i]);
                    if (r >= 0) splice.copy(previous.offset(r), previous.length(r));
                    else {
                        splice.write(make.make(i));
                        made.incrementAndGet();
                    }
                    rows.add(versions[i], at, splice.position() - at);
                }
                splice.write(tail);
                splice.flush();
            }
            written[0] = true;
        });
        if (written[0]) rows.save(kept, files.digest(path));
    }

    /**
     * Writes bytes, made or copied from the live file; copies of rows that lie one after the other there (with the
     * separator between them) are made in one go.
     */
    private static final class Splice {
        private final OutputStream out;
        private final FileChannel from;
        private long position, copyFrom, copyLength;
        private byte[] separator = NONE;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        Splice(OutputStream out, FileChannel from) {
            this.out = out;
            this.from = from;
        }

        long position() {
            return position + separator.length;
        }

        /** The separator before the next row: written with it, or copied with it when it follows the last row copied. */
        void separator(String s) {
            separator = s.getBytes(StandardCharsets.UTF_8);
        }

        void copy(long offset, long length) throws IOException {
            if (copyLength > 0 && offset == copyFrom + copyLength + separator.length) {
                copyLength += separator.length + length;
            } else {
                flush();
                copyFrom = offset;
                copyLength = length;
            }
            position += separator.length + length;
            separator = NONE;
        }

        void write(byte[] bytes) throws IOException {
            flush();
            out.write(bytes);
            position += separator.length + bytes.length;
            separator = NONE;
        }

        /** Writes the pending copy and separator. */
        void flush() throws IOException {
            for (long at = copyFrom, end = copyFrom + copyLength; at < end; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
                int n = from.read(buffer, at);
                if (n < 0) throw new IOException("the live data file is shorter than its rows say");
                out.write(buffer.array(), 0, n);
                at += n;
            }
            copyLength = 0;
            out.write(separator);
        }
    }

    /**
     * What an article's rows hold, in articles.json and articles.csv alike: what a link to it shows (its id, page and
     * content key, which stands for all the article was extracted as), its people as the archive spells them, and
     * where and when it was captured.
     */
    private static long version(ArchiveIndex.Entry e, Dependencies dependencies) {
        Dependencies.Digest d = new Dependencies.Digest().add(dependencies.linkVersion(e)).add(e.article().people().size());
        e.article().people().forEach(d::add);
        e.article().capture().ifPresentOrElse(c -> d.add(c.url()).add(c.captured()), () -> d.add(0));
        return d.value();
    }

    private static byte[] articleJson(ArchiveIndex.Entry e) throws IOException {
        var a = e.article();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = generator(bytes)) {
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
        }
        return bytes.toByteArray();
    }

    private static byte[] articleCsv(ArchiveIndex.Entry e) {
        var a = e.article();
        return (String.join(",", List.of(csv(e.id()), csv(a.title()), csv(a.date().map(Object::toString).orElse("")),
                csv(a.dateSource().orElse("")), csv(String.join("; ", a.people())), csv(a.source()), csv(e.url()),
                csv(a.sha256()))) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Indented as Jackson indents. A row of an array is indented as if at the top of its file, since arrays do not
     * indent what they hold: so a row made alone is the bytes it has in the array.
     */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        return JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
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

    /** report.json, which lists the parts of its files' rows ({@link #reportParts}) where it once held the rows. */
    private static byte[] reportJson(ArchiveIndex index, BuildReport report, List<String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator r = generator(bytes)) {
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
            r.writeArrayFieldStart("fileParts");
            for (String part : parts) r.writeString(part);
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
            r.writeRaw('\n');
        }
        return bytes.toByteArray();
    }

    private static byte[] fileJson(SeedOutcome s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator r = generator(bytes)) {
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
        return bytes.toByteArray();
    }

    /**
     * RFC 4180: quoted when it holds a quote, comma, CR or LF; a leading =, +, - or @ is prefixed with ' so spreadsheets
     * never run it as a formula. A loop over the characters, not a regular expression: {@code .} stops at any line
     * separator (CR, U+2028, U+2029, U+0085), so a title with two lone CRs, or with U+2028 before a comma, went unquoted.
     */
    private static String csv(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == ',' || c == '\r' || c == '\n') return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}

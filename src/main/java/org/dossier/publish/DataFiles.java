package org.dossier.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code data/articles.json}, {@code data/articles.csv} and {@code data/report.json}, exactly as the contract says.
 * Each is a head, a row per article (or per file of the seeds) and a tail, streamed to its file as it is written (at
 * 100,000 articles their trees would take hundreds of megabytes). A row is serialised only when the live file holds
 * none with the same contents: the others are copied from the live file by the offsets {@link DataRows} kept, so a
 * change costs its own rows and a copy of the bytes, and the file comes out as a clean build writes it. A file whose
 * rows, head and tail are all unchanged is not written at all.
 */
public final class DataFiles {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String ARTICLES = "data/articles.json", CSV = "data/articles.csv", REPORT = "data/report.json";
    private static final byte[] NONE = new byte[0];

    private DataFiles() {}

    /** Makes one row's bytes. */
    @FunctionalInterface
    private interface RowBytes {
        byte[] make(int row) throws IOException;
    }

    /**
     * @param work the work folder, where each file's rows are kept for the next build
     * @return how many rows were made rather than copied, over the three files
     */
    public static int write(ArchiveIndex index, BuildReport report, Dependencies dependencies, SiteFiles files, Path work) throws Exception {
        List<ArchiveIndex.Entry> timeline = index.timeline();
        long[] articles = new long[timeline.size()];
        for (int i = 0; i < articles.length; i++) articles[i] = version(timeline.get(i), dependencies);
        List<SeedOutcome> seeds = report.seeds();
        long[] outcomes = dependencies.rows(report);
        byte[][] reportEnds = reportEnds(index, report);
        AtomicInteger made = new AtomicInteger();
        Parallel.all(
                () -> spliced(files, work, made, ARTICLES, "[".getBytes(StandardCharsets.UTF_8), articles, " ", ", ",
                        i -> articleJson(timeline.get(i)), " ]\n".getBytes(StandardCharsets.UTF_8)),
                () -> spliced(files, work, made, CSV, "id,title,date,dateSource,people,source,url,sha256\r\n".getBytes(StandardCharsets.UTF_8),
                        articles, "", "", i -> articleCsv(timeline.get(i)), NONE),
                () -> spliced(files, work, made, REPORT, reportEnds[0], outcomes, " ", ", ",
                        i -> fileJson(seeds.get(i)), reportEnds[1]));
        return made.get();
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
        try (JsonGenerator json = generator(bytes, 0)) {
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
     * Indented as Jackson indents, with {@code levels} more for a row inside an object (report.json's files). A row at
     * the top of a file is indented as if at the top, since arrays do not indent what they hold.
     */
    private static JsonGenerator generator(OutputStream out, int levels) throws IOException {
        DefaultPrettyPrinter.Indenter lines = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;
        return JSON.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultPrettyPrinter.Indenter() {
                    @Override
                    public void writeIndentation(JsonGenerator g, int level) throws IOException {
                        lines.writeIndentation(g, level + levels);
                    }

                    @Override
                    public boolean isInline() {
                        return false;
                    }
                }));
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

    /** report.json before its files' rows and after them. */
    private static byte[][] reportEnds(ArchiveIndex index, BuildReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] head;
        try (JsonGenerator r = generator(bytes, 0)) {
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
            r.flush();
            head = bytes.toByteArray();
            bytes.reset();
            // The rows go between, written apart: the array closes as it closes after rows.
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
        return new byte[][] {head, bytes.toByteArray()};
    }

    private static byte[] fileJson(SeedOutcome s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator r = generator(bytes, 1)) {
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

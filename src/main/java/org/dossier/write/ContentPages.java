package org.dossier.write;

import org.dossier.clean.Block;
import org.dossier.extract.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The write stage's entry: each article becomes a JBake content page, {@code articles/<id>.html} in the work folder
 * (metadata header, then the safe HTML body), plus its plain text in {@code text/<id>.json} for the search index,
 * already written as the JSON string the search index ships, so publishing it is a concatenation of bytes.
 * A file whose bytes would not change is not rewritten; {@link #prune} deletes those of articles no longer there.
 *
 * <pre>{@code Article written = new ContentPages(workDir).write(article, cleaned.blocks());}</pre>
 */
public final class ContentPages {
    public static final String SEPARATOR = "~~~~~~";
    private final Path pages;
    private final Path texts;
    /**
     * The ids whose files were there before this build: any other is new, and is written without first asking the
     * file system.
     */
    private final Set<String> existing;
    /** Whether {@link #existing} is what the last build left, as its build state says, rather than a listing. */
    private final boolean fromState;
    /**
     * There while a build writes pages it has not yet recorded in the build state: a build killed meanwhile leaves it,
     * and the next one cannot take the state's word for the pages.
     */
    private final Path writing;
    private volatile boolean marked;
    /**
     * The ids written by this build, which {@link #prune} also looks at when it does not list the folder, each with the
     * source whose page it holds.
     */
    private final ConcurrentHashMap<String, String> written = new ConcurrentHashMap<>();

    /** For a work folder whose files are not known: they are listed. */
    public ContentPages(Path work) {
        this(work, Optional.empty());
    }

    /**
     * @param left the ids whose pages and texts the last build left, as its build state says: then the work folder is
     *             not listed (200,000 files at 100,000 articles), and {@link #prune} deletes only theirs. Empty when
     *             not known: the folder is listed, and files of no article, however they came there, are deleted.
     */
    public ContentPages(Path work, Optional<Set<String>> left) {
        this.pages = work.resolve("articles");
        this.texts = work.resolve("text");
        this.writing = work.resolve("articles.writing");
        try {
            Files.createDirectories(pages);
            Files.createDirectories(texts);
            fromState = left.isPresent() && !Files.exists(writing);
            if (fromState) {
                existing = left.get();
            } else {
                existing = new HashSet<>();
                for (Path dir : List.of(pages, texts)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.forEach(f -> existing.add(id(f)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the pages of the ids the build state names are those the last build wrote and recorded there, so a page
     * need not be looked at to be trusted: no build was killed since while writing pages.
     */
    public boolean asRecorded() {
        return fromState;
    }

    /** Marks the pages written so far as recorded in the build state, once it is saved. */
    public void recorded() throws IOException {
        Files.deleteIfExists(writing);
        marked = false;
    }

    public Path pages() {
        return pages;
    }

    public Path page(String id) {
        return pages.resolve(id + ".html");
    }

    /** The article's plain text as a JSON string, safe inside a script element ({@code "</"} cannot close it). */
    public Path text(String id) {
        return texts.resolve(id + ".json");
    }

    /**
     * Writes the article's page and text. Seeds with the same bytes are one article with one page, which names one
     * source: the first in name order of those this build writes, whatever order the threads come in. Two threads
     * writing one file at once left the longer page's tail after the shorter one's bytes (a stray {@code .</p>} in a
     * published article); the map's lock on the id lets one write at a time, for the few microseconds a page takes.
     */
    public void write(Article a, List<Block> blocks) {
        mark();
        boolean had = existing.contains(a.id());
        written.compute(a.id(), (id, before) -> {
            if (before != null && before.compareTo(a.source()) <= 0) return before;
            writeIfChanged(page(id), page(a, blocks), had || before != null);
            writeIfChanged(text(id), scriptString(blocks.stream().map(Block::text).toList()), had || before != null);
            return a.source();
        });
    }

    private void mark() {
        if (marked) return;
        synchronized (this) {
            if (marked) return;
            try {
                Files.write(writing, new byte[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            marked = true;
        }
    }

    /** The texts joined by line breaks, as a JSON string, with {@code "</"} written {@code "<\/"}. */
    static String scriptString(List<String> texts) {
        String joined = String.join("\n", texts);
        return jsonString(new StringBuilder(joined.length() + 16), joined).toString().replace("</", "<\\/");
    }

    /**
     * Appends the text as a JSON string, escaped as Jackson's writer escapes it ({@code ScriptStringTest} holds it to
     * that): the quote, the backslash and control characters, with the short escapes where JSON has them and
     * upper-case hex otherwise; nothing else. An object mapper run for each page's two strings took a hundredth of a
     * build, and Jackson's string encoder, which reads and appends a character at a time, more under C1 (see
     * BoundedHeap): here the text is read as an array and copied in runs.
     */
    private static StringBuilder jsonString(StringBuilder sb, String text) {
        char[] in = text.toCharArray();
        sb.append('"');
        int from = 0;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c >= ' ' && c != '"' && c != '\\') continue;
            sb.append(in, from, i - from);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        return sb.append(in, from, in.length - from).append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Deletes the pages and texts of articles that are no longer in the archive: of those the build state names, or,
     * when the folder was listed, of any file of no article, such as one an older version left.
     */
    public int prune(Set<String> ids) throws IOException {
        int deleted = 0;
        if (fromState) {
            for (Set<String> had : List.of(existing, written.keySet())) {
                for (String id : had) {
                    if (ids.contains(id)) continue;
                    if (Files.deleteIfExists(page(id))) deleted++;
                    if (Files.deleteIfExists(text(id))) deleted++;
                }
            }
            return deleted;
        }
        for (Path dir : List.of(pages, texts)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String id = id(p);
                    if (!ids.contains(id) || !p.equals(dir == pages ? page(id) : text(id))) {
                        Files.delete(p);
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, Math.max(0, name.lastIndexOf('.')));
    }

    /**
     * The body of a content page this class wrote, exactly as JBake's parser reads it (the lines after the separator,
     * each ended by a line break), without its cost: JBake splits the whole page into lines and looks the separator up
     * in its configuration for each, which at 10,000 articles is 0.6 s of CPU for a substring.
     */
    public static String body(Path page) throws IOException {
        byte[] b = Files.readAllBytes(page);
        int start = bodyStart(b);
        if (start < 0) throw new IOException("no " + SEPARATOR + " line after the header of " + page.getFileName());
        String body = new String(b, start, b.length - start, StandardCharsets.UTF_8);
        if (body.indexOf('\r') >= 0) body = body.replace("\r\n", "\n").replace('\r', '\n');
        return body.isEmpty() || body.endsWith("\n") ? body : body + "\n";
    }

    private static final byte[] SEPARATOR_LINE = ("\n" + SEPARATOR + "\n").getBytes(StandardCharsets.UTF_8);

    private static int bodyStart(byte[] b) {
        byte[] line = SEPARATOR_LINE;
        outer:
        for (int i = 0; i + line.length <= b.length; i++) {
            for (int k = 0; k < line.length; k++) {
                if (b[i + k] != line[k]) continue outer;
            }
            return i + line.length;
        }
        return -1;
    }

    /** The page's text: JBake's header ({@code key=value} lines, then {@value #SEPARATOR}) and the safe HTML body. */
    static String page(Article a, List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        header(sb, "title", a.title());
        a.date().filter(d -> d.day() != 0).ifPresent(d -> header(sb, "date", d.toString()));
        header(sb, "type", "article");
        header(sb, "status", "published");
        header(sb, "id", a.id());
        header(sb, "archiveDate", a.date().map(Object::toString).orElse(""));
        header(sb, "dateSource", a.dateSource().orElse(""));
        header(sb, "titleSource", a.titleSource());
        header(sb, "people", peopleJson(a.people()));
        header(sb, "source", a.source());
        header(sb, "sha256", a.sha256());
        header(sb, "decoding", a.decoding());
        sb.append(SEPARATOR).append('\n');
        sb.append(BodyHtml.of(blocks));
        return sb.toString();
    }

    private static void header(StringBuilder sb, String key, String value) {
        // Header values are single lines; the separator must never appear as one.
        sb.append(key).append('=');
        boolean lineBreak = false;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                lineBreak = true;
                continue;
            }
            if (lineBreak) sb.append(' ');
            lineBreak = false;
            sb.append(c);
        }
        if (lineBreak) sb.append(' ');
        sb.append('\n');
    }

    /** JBake reads a header value as JSON when it is an object: {"names":[...]}. */
    static String peopleJson(List<String> people) {
        StringBuilder sb = new StringBuilder("{\"names\":[");
        for (int i = 0; i < people.size(); i++) jsonString(i == 0 ? sb : sb.append(','), people.get(i));
        return sb.append("]}").toString();
    }

    /**
     * Writes only when the bytes differ, so unchanged files keep their timestamps and cost no write. Not atomic: a
     * page cut short by a killed build has another size than the cache recorded, so the next build writes it again.
     */
    private void writeIfChanged(Path file, String text, boolean had) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (had && Files.exists(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) return;
            SiteFiles.write(file, bytes);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

package org.dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.extract.Article;
import org.dossier.index.ArchiveIndex;
import org.dossier.ingest.Sha256;
import org.dossier.write.SiteFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The full-text search index, split so that a query loads only what it needs, as scripts (they load from file://,
 * where fetch() cannot). Every article has a doc number, its slot in an open-addressed table keyed by its SHA-256 (see
 * {@link Layout}), so numbers depend only on the set of articles and an insertion moves few of them.
 * <ul>
 * <li>{@code search/meta.js}: the totals BM25 needs (articles, summed length) and the sizes below; loaded by every
 *     search page.</li>
 * <li>{@code search/t/P.js}: the postings of the terms that hash to piece P: per article, its doc-number gap, its term
 *     count in the text and whether the term is in the title or the people (one character), and its quantised length
 *     (one character).</li>
 * <li>{@code search/p/P.js}: the positions of the same postings, loaded only for a phrase in quotes.</li>
 * <li>{@code search/w/W.js}: the terms by their first three characters, loaded only to complete a last query word
 *     that is not a term itself.</li>
 * <li>{@code search/r/C.js}: title, date, link and people of the articles whose doc numbers fall in chunk C.</li>
 * <li>{@code search/x/ID.js}: an article's text, for the snippet of a shown result.</li>
 * <li>{@code search/dates.js}: every article's date, loaded only to order results by date.</li>
 * </ul>
 * A full build writes them with {@link #write}; {@link #update} rewrites only those a change touches, reading the old
 * pieces from the previous site, and gives the same bytes.
 *
 * <pre>{@code SearchIndex.write(index, siteFiles, a -> pages.text(a.id()), codeKey);}</pre>
 */
public final class SearchIndex {
    /** Doc numbers per record chunk: some 16 articles, as a quarter of the slots are taken. */
    static final int CHUNK = 64;
    /** How many articles the suggestions under the search box name. */
    private static final int SUGGESTED = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] TEXT_TAIL = ");\n".getBytes(StandardCharsets.UTF_8);

    private SearchIndex() {}

    /** Receives what {@link #update} writes and deletes, site-relative paths. */
    public interface Output {
        void put(String path, byte[] bytes) throws Exception;

        void delete(String path) throws Exception;
    }

    /**
     * Writes the whole index. Each file goes through {@link SiteFiles#put} keyed by its content, so a file the
     * previous build made the same is left as it is.
     *
     * @param textOf where an article's text is, as a script-safe JSON string
     */
    public static void write(ArchiveIndex index, SiteFiles files, Function<Article, Path> textOf, String codeKey) throws Exception {
        List<Article> articles = index.timeline().stream().map(ArchiveIndex.Entry::article).toList();
        Layout layout = Layout.of(articles);
        Map<String, String> urls = urls(index);
        Map<String, Postings> terms = new HashMap<>(1 << 16);
        long length = 0;
        // In doc-number order, so that every posting list grows at its end; the texts are read and taken apart on
        // all cores, a batch at a time, to hold few of them at once.
        int[] order = IntStream.range(0, layout.size()).toArray();
        for (int from = 0; from < order.length; from += 1024) {
            int[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + 1024));
            SearchText.Doc[] docs = new SearchText.Doc[batch.length];
            Parallel.forEach(IntStream.range(0, batch.length).boxed().toList(), i -> {
                Article a = layout.article(batch[i]);
                byte[] text = Files.readAllBytes(textOf.apply(a));
                files.put(textPath(a.id()), Sha256.hex((codeKey + "\n" + a.contentKey()).getBytes(StandardCharsets.UTF_8)),
                        () -> textFile(a.id(), text));
                docs[i] = analyse(a, text);
            });
            for (int i = 0; i < batch.length; i++) {
                int slot = layout.slot(batch[i]);
                length += docs[i].length();
                char lengthDigit = lengthDigit(docs[i].length());
                docs[i].terms().forEach((term, t) -> terms.computeIfAbsent(term, k -> new Postings()).add(slot, t, lengthDigit));
            }
        }
        List<List<String>> byPiece = new ArrayList<>();
        for (int p = 0; p < layout.pieces(); p++) byPiece.add(new ArrayList<>());
        terms.keySet().forEach(term -> byPiece.get(piece(term, layout.pieces())).add(term));
        Parallel.forEach(IntStream.range(0, layout.pieces()).boxed().toList(), p -> {
            List<String> names = byPiece.get(p);
            if (names.isEmpty()) return;
            names.sort(null);
            Map<String, Postings> piece = new TreeMap<>();
            names.forEach(n -> piece.put(n, terms.get(n)));
            putPiece(p, piece, (path, bytes) -> files.put(path, Sha256.hex(bytes), () -> bytes));
        });
        Map<Integer, Set<String>> byStart = new TreeMap<>();
        terms.keySet().forEach(term -> byStart.computeIfAbsent(wordPiece(term, layout), k -> new TreeSet<>()).add(term));
        Parallel.forEach(byStart.entrySet(), w -> putWords(w.getKey(), w.getValue(), (path, bytes) -> files.put(path, Sha256.hex(bytes), () -> bytes)));
        Set<Integer> chunks = new TreeSet<>();
        for (int i = 0; i < layout.size(); i++) chunks.add(layout.slot(i) / CHUNK);
        Parallel.forEach(chunks, c -> putChunk(c, layout, urls, (path, bytes) -> files.put(path, Sha256.hex(bytes), () -> bytes)));
        byte[] dates = dates(layout), meta = meta(index, layout, length);
        files.put("search/dates.js", Sha256.hex(dates), () -> dates);
        files.put("search/meta.js", Sha256.hex(meta), () -> meta);
    }

    /**
     * Makes the index of the archive as it is now from the previous site's, rewriting only the files the changed
     * articles touch: their term pieces (old terms and new), record chunks and texts, plus meta.js and dates.js. An
     * article's old terms are read from its old text in the previous site. The files given to {@code out} are
     * byte for byte those {@link #write} gives, and every other file of the previous index stays as it is. When the
     * number of articles crossed a power of two the doc numbers all change: then nothing is written, and it returns
     * false (run {@link #write}).
     *
     * @param before   the edited and deleted articles as the previous site has them
     * @param changed  the ids of the added, edited and deleted articles
     * @param previous the previous site, whose search files are read
     */
    public static boolean update(ArchiveIndex index, List<Article> before, Set<String> changed, Path previous,
                                 Function<Article, Path> textOf, Output output) throws Exception {
        List<Article> now = index.timeline().stream().map(ArchiveIndex.Entry::article).toList();
        List<Article> then = new ArrayList<>(before);
        now.stream().filter(a -> !changed.contains(a.id())).forEach(then::add);
        Output out = unlessSame(previous, output);
        Layout layout = Layout.of(now), old = Layout.of(then);
        JsonNode oldMeta = readPiece(previous.resolve("search/meta.js"), '{', '}');
        if (layout.bits() != old.bits() || oldMeta == null) return false;

        // The articles whose postings go (changed, or moved by an insertion in their cluster) and come back.
        Map<Integer, SearchText.Doc> gone = new TreeMap<>(), come = new TreeMap<>();
        Map<String, Integer> oldSlots = old.slotsById(), newSlots = layout.slotsById();
        Map<String, Article> beforeById = new HashMap<>();
        before.forEach(a -> beforeById.put(a.id(), a));
        long length = oldMeta.get("length").asLong();
        for (int i = 0; i < old.size(); i++) {
            Article a = old.article(i);
            boolean edited = changed.contains(a.id());
            if (!edited && newSlots.get(a.id()) == old.slot(i)) continue;
            SearchText.Doc d = edited ? analyse(a, textFromSite(previous, a.id())) : analyse(a, Files.readAllBytes(textOf.apply(a)));
            gone.put(old.slot(i), d);
            length -= d.length();
        }
        Set<String> chunkPaths = new TreeSet<>();
        gone.keySet().forEach(s -> chunkPaths.add(chunkPath(s / CHUNK)));
        for (int i = 0; i < layout.size(); i++) {
            Article a = layout.article(i);
            boolean edited = changed.contains(a.id());
            if (!edited && oldSlots.get(a.id()) == layout.slot(i)) continue;
            byte[] text = Files.readAllBytes(textOf.apply(a));
            if (edited) out.put(textPath(a.id()), textFile(a.id(), text));
            SearchText.Doc d = analyse(a, text);
            come.put(layout.slot(i), d);
            length += d.length();
            chunkPaths.add(chunkPath(layout.slot(i) / CHUNK));
        }
        for (String id : changed) if (!newSlots.containsKey(id)) out.delete(textPath(id));

        Set<Integer> pieces = new TreeSet<>();
        for (var docs : List.of(gone, come)) docs.values().forEach(d -> d.terms().keySet().forEach(t -> pieces.add(piece(t, layout.pieces()))));
        Map<Integer, Set<String>> wordsIn = new TreeMap<>(), wordsOut = new TreeMap<>();
        for (int p : pieces) {
            Map<String, List<Posting>> piece = readPostings(previous, p);
            Set<String> had = new TreeSet<>(piece.keySet());
            piece.values().forEach(list -> list.removeIf(posting -> gone.containsKey(posting.slot())));
            come.forEach((slot, d) -> {
                char lengthDigit = lengthDigit(d.length());
                d.terms().forEach((term, t) -> {
                    if (piece(term, layout.pieces()) != p) return;
                    Postings one = new Postings();
                    one.add(slot, t, lengthDigit);
                    piece.computeIfAbsent(term, k -> new ArrayList<>()).add(Posting.first(one));
                });
            });
            Map<String, Postings> encoded = new TreeMap<>();
            piece.forEach((term, list) -> {
                if (list.isEmpty()) return;
                list.sort(Comparator.comparingInt(Posting::slot));
                Postings all = new Postings();
                list.forEach(posting -> posting.appendTo(all));
                encoded.put(term, all);
            });
            for (String term : encoded.keySet()) if (!had.contains(term)) wordsIn.computeIfAbsent(wordPiece(term, layout), k -> new TreeSet<>()).add(term);
            for (String term : had) if (!encoded.containsKey(term)) wordsOut.computeIfAbsent(wordPiece(term, layout), k -> new TreeSet<>()).add(term);
            if (encoded.isEmpty()) {
                out.delete(piecePath("t", p));
                out.delete(piecePath("p", p));
            } else {
                putPiece(p, encoded, out::put);
            }
        }
        Set<Integer> wordPieces = new TreeSet<>(wordsIn.keySet());
        wordPieces.addAll(wordsOut.keySet());
        for (int w : wordPieces) {
            JsonNode listed = readPiece(previous.resolve(piecePath("w", w)), '[', ']');
            Set<String> words = new TreeSet<>();
            if (listed != null) listed.forEach(n -> words.add(n.asText()));
            words.removeAll(wordsOut.getOrDefault(w, Set.of()));
            words.addAll(wordsIn.getOrDefault(w, Set.of()));
            if (words.isEmpty()) out.delete(piecePath("w", w));
            else putWords(w, words, out::put);
        }
        Map<String, String> urls = urls(index);
        for (String path : chunkPaths) {
            int c = Integer.parseInt(path.substring("search/r/".length(), path.length() - ".js".length()));
            if (!putChunk(c, layout, urls, out::put)) out.delete(path);
        }
        out.put("search/dates.js", dates(layout));
        out.put("search/meta.js", meta(index, layout, length));
        return true;
    }

    /** Passes on only the files that differ from the previous site's, and deletions of files it has. */
    private static Output unlessSame(Path previous, Output out) {
        return new Output() {
            @Override
            public void put(String path, byte[] bytes) throws Exception {
                Path old = previous.resolve(path);
                if (!Files.isRegularFile(old) || !Arrays.equals(Files.readAllBytes(old), bytes)) out.put(path, bytes);
            }

            @Override
            public void delete(String path) throws Exception {
                if (Files.exists(previous.resolve(path))) out.delete(path);
            }
        };
    }

    /**
     * The doc numbers: an open-addressed table of 2^bits slots, bits the least with 2^bits at least four times the
     * number of articles, keyed by the first bits of each article's SHA-256; the articles take their slots in SHA
     * order, each the first free one from its own (past the end if need be). An insertion moves only the articles
     * after it in its cluster, a handful at a quarter full; the table grows only when the archive doubles.
     */
    record Layout(int bits, Article[] articles, int[] slots) {
        static Layout of(List<Article> list) {
            Article[] sorted = list.toArray(new Article[0]);
            Arrays.sort(sorted, Comparator.comparing(Article::sha256).thenComparing(Article::id));
            int bits = 2;
            while ((1L << bits) < 4L * sorted.length) bits++;
            int[] slots = new int[sorted.length];
            int next = 0;
            for (int i = 0; i < sorted.length; i++) {
                int home = (int) (Long.parseLong(sorted[i].sha256().substring(0, 8), 16) >>> (32 - bits));
                slots[i] = Math.max(home, next);
                next = slots[i] + 1;
            }
            return new Layout(bits, sorted, slots);
        }

        int size() {
            return articles.length;
        }

        Article article(int i) {
            return articles[i];
        }

        int slot(int i) {
            return slots[i];
        }

        /** Term pieces: a power of two that grows with the table, for pieces of some 10 to 50 kB. */
        int pieces() {
            return 1 << Math.max(0, bits - 7);
        }

        Map<String, Integer> slotsById() {
            Map<String, Integer> m = new HashMap<>(2 * articles.length);
            for (int i = 0; i < articles.length; i++) m.put(articles[i].id(), slots[i]);
            return m;
        }
    }

    /** The piece a term is in: FNV-1a of its UTF-16 code units, as search.js computes it. */
    static int piece(String term, int pieces) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return h & (pieces - 1);
    }

    /** A term's postings as they are written: doc-number gaps with weight and length, and positions apart. */
    static final class Postings {
        final StringBuilder docs = new StringBuilder(8);
        final StringBuilder positions = new StringBuilder(8);
        private int last = -1;

        void add(int slot, SearchText.Term t, char lengthDigit) {
            SearchCodec.number(docs, slot - last);
            last = slot;
            docs.append(SearchCodec.digit((t.fields << 4) | Math.min(t.bodyCount, 15))).append(lengthDigit);
            SearchCodec.number(positions, t.size);
            for (int j = 0, prev = 0; j < t.size; prev = t.positions[j++]) SearchCodec.number(positions, t.positions[j] - prev);
        }
    }

    /** One posting read back from a piece: its doc number, its two digits and its positions as written. */
    private record Posting(int slot, char weight, char length, String positions) {
        static Posting first(Postings p) {
            SearchCodec.Reader docs = new SearchCodec.Reader(p.docs.toString());
            return new Posting(docs.number() - 1, docs.digit(), docs.digit(), p.positions.toString());
        }

        void appendTo(Postings p) {
            SearchCodec.number(p.docs, slot - p.last);
            p.last = slot;
            p.docs.append(weight).append(length);
            p.positions.append(positions);
        }
    }

    /** Length in terms, as one digit: 5 steps per doubling, which BM25's length norm hardly tells apart. */
    static char lengthDigit(int length) {
        return SearchCodec.digit((int) Math.min(63, Math.round(5 * StrictMath.log(1 + length) / StrictMath.log(2))));
    }

    private static SearchText.Doc analyse(Article a, byte[] text) throws IOException {
        return SearchText.of(a.title(), a.people(), JSON.readValue(text, String.class));
    }

    private static Map<String, String> urls(ArchiveIndex index) {
        Map<String, String> urls = new HashMap<>(2 * index.timeline().size());
        index.timeline().forEach(e -> urls.put(e.id(), e.url()));
        return urls;
    }

    private interface Sink {
        void put(String path, byte[] bytes) throws Exception;
    }

    private static void putPiece(int p, Map<String, Postings> terms, Sink sink) throws Exception {
        StringBuilder t = new StringBuilder(1 << 12).append("DOSSIER_SEARCH_PIECE(\"t\",").append(p).append(",[");
        StringBuilder pos = new StringBuilder(1 << 12).append("DOSSIER_SEARCH_PIECE(\"p\",").append(p).append(",[");
        boolean first = true;
        // Terms are letters and digits only: nothing in them needs escaping in a JSON string or a script.
        for (var e : terms.entrySet()) {
            String sep = first ? "\"" : ",\"";
            t.append(sep).append(e.getKey()).append("\",\"").append(e.getValue().docs).append('"');
            pos.append(sep).append(e.getKey()).append("\",\"").append(e.getValue().positions).append('"');
            first = false;
        }
        sink.put(piecePath("t", p), t.append("]);\n").toString().getBytes(StandardCharsets.UTF_8));
        sink.put(piecePath("p", p), pos.append("]);\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The word list a term is in, for completing the last word of a query: one per 8 term pieces, by the term's first
     * three characters, so a word list changes only when a term comes into the archive or leaves it.
     */
    static int wordPiece(String term, Layout layout) {
        return piece(term.substring(0, Math.min(3, term.length())), Math.max(1, layout.pieces() >> 3));
    }

    private static void putWords(int w, Set<String> words, Sink sink) throws Exception {
        StringBuilder sb = new StringBuilder(1 << 10).append("DOSSIER_SEARCH_PIECE(\"w\",").append(w).append(",[");
        boolean first = true;
        for (String word : words) {
            sb.append(first ? "\"" : ",\"").append(word).append('"');
            first = false;
        }
        sink.put(piecePath("w", w), sb.append("]);\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the records of chunk c; false when no article is in it. */
    private static boolean putChunk(int c, Layout layout, Map<String, String> urls, Sink sink) throws Exception {
        ArrayNode records = JSON.createArrayNode();
        int from = firstAtOrAfter(layout.slots(), c * CHUNK);
        for (int i = from; i < layout.size() && layout.slot(i) < (c + 1) * CHUNK; i++) {
            Article a = layout.article(i);
            records.addArray().add(layout.slot(i)).add(a.title()).add(a.date().map(Object::toString).orElse(""))
                    .add(urls.get(a.id())).add(String.join(", ", a.people())).add(a.id());
        }
        if (records.isEmpty()) return false;
        sink.put(chunkPath(c), ("DOSSIER_SEARCH_PIECE(\"r\"," + c + "," + json(records) + ");\n").getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static int firstAtOrAfter(int[] slots, int slot) {
        int i = Arrays.binarySearch(slots, slot);
        return i >= 0 ? i : -i - 1;
    }

    /** Each article's date as a number that sorts as the dates do (0: undated), after its doc-number gap. */
    private static byte[] dates(Layout layout) {
        StringBuilder sb = new StringBuilder(6 * layout.size() + 64).append("DOSSIER_SEARCH_PIECE(\"d\",0,\"");
        for (int i = 0, last = -1; i < layout.size(); last = layout.slot(i++)) {
            SearchCodec.number(sb, layout.slot(i) - last);
            SearchCodec.number(sb, layout.article(i).date().map(d -> (d.year() - 999) * 13 * 32 + d.month() * 32 + d.day()).orElse(0));
        }
        return sb.append("\");\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] meta(ArchiveIndex index, Layout layout, long length) throws Exception {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("articles", layout.size()).put("length", length).put("pieces", layout.pieces()).put("chunk", CHUNK);
        // The most mentioned people, as queries to start from.
        ArrayNode people = meta.putArray("people");
        index.people().stream().sorted(Comparator.comparingInt((ArchiveIndex.Person p) -> -p.entries().size())
                .thenComparing(ArchiveIndex.Person::name)).limit(SUGGESTED).forEach(p -> people.add(p.name()));
        return ("window.DOSSIER_SEARCH_META=" + json(meta) + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The postings of piece p in the previous site, term by term, or none when it has no such piece. */
    private static Map<String, List<Posting>> readPostings(Path site, int p) throws IOException {
        Map<String, List<Posting>> terms = new TreeMap<>();
        JsonNode docs = readPiece(site.resolve(piecePath("t", p)), '[', ']');
        JsonNode positions = readPiece(site.resolve(piecePath("p", p)), '[', ']');
        if (docs == null || positions == null) return terms;
        for (int i = 0; i + 1 < docs.size(); i += 2) {
            List<Posting> list = new ArrayList<>();
            SearchCodec.Reader d = new SearchCodec.Reader(docs.get(i + 1).asText());
            SearchCodec.Reader pos = new SearchCodec.Reader(positions.get(i + 1).asText());
            for (int slot = -1; d.more(); ) {
                slot += d.number();
                char weight = d.digit(), length = d.digit();
                int from = pos.at;
                pos.skip(pos.number());
                list.add(new Posting(slot, weight, length, pos.since(from)));
            }
            terms.put(docs.get(i).asText(), list);
        }
        return terms;
    }

    /** The JSON between the first {@code open} and the last {@code close} of a search file, or null without the file. */
    private static JsonNode readPiece(Path file, char open, char close) throws IOException {
        if (!Files.isRegularFile(file)) return null;
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return JSON.readTree(s.substring(s.indexOf(open), s.lastIndexOf(close) + 1));
    }

    /** The text as {@link #textFile} wrapped it. */
    private static byte[] textFromSite(Path site, String id) throws Exception {
        byte[] file = Files.readAllBytes(site.resolve(textPath(id)));
        return Arrays.copyOfRange(file, textHead(id).length, file.length - TEXT_TAIL.length);
    }

    private static byte[] textHead(String id) throws Exception {
        return ("DOSSIER_SEARCH_PIECE(\"x\"," + json(id) + ",").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] textFile(String id, byte[] text) throws Exception {
        byte[] head = textHead(id);
        byte[] all = Arrays.copyOf(head, head.length + text.length + TEXT_TAIL.length);
        System.arraycopy(text, 0, all, head.length, text.length);
        System.arraycopy(TEXT_TAIL, 0, all, head.length + text.length, TEXT_TAIL.length);
        return all;
    }

    static String piecePath(String kind, int p) {
        return "search/" + kind + "/" + p + ".js";
    }

    private static String chunkPath(int c) {
        return "search/r/" + c + ".js";
    }

    private static String textPath(String id) {
        return "search/x/" + id + ".js";
    }

    private static String json(Object n) throws Exception {
        return JSON.writeValueAsString(n).replace("</", "<\\/");
    }
}

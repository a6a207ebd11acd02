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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
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
 *     (one character). A common term's entry is a mark and how many articles hold it: its postings are cut into
 *     {@code search/t/P-J.js}, one per block J of doc numbers ({@link Layout#blocks}), so that a change rewrites one
 *     block of them, not all.</li>
 * <li>{@code search/p/P.js}, {@code search/p/P-J.js}: the positions of the same postings, loaded only for a phrase in
 *     quotes.</li>
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
    /**
     * Groups of term pieces whose postings {@link #write} gathers side by side: two a core, to even out the groups that
     * hold common terms. Each group walks every article of a batch, so more groups cost more: 64 took two and a half
     * times the CPU of one map on one thread.
     */
    private static final int GROUPS = Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * What a common term's entry in its piece starts with (then how many articles hold it), and all its entry in the
     * positions piece: its postings are in the blocks. Not a digit of {@link SearchCodec}.
     */
    private static final byte COMMON = '*';
    private static final Bytes COMMON_POSITIONS = new Bytes(1).add(COMMON);
    private static final byte[] TEXT_TAIL = ");\n".getBytes(StandardCharsets.UTF_8), PIECE_TAIL = "]);\n".getBytes(StandardCharsets.UTF_8);

    private SearchIndex() {}

    /** Receives what {@link #update} writes and deletes, site-relative paths. */
    public interface Output {
        /** @param key what the file is made from, as {@link #write} keys it for {@link SiteFiles#put} */
        void put(String path, String key, byte[] bytes) throws Exception;

        /** A file keyed by what it holds, as {@link SiteFiles#putContent}: its SHA-256. */
        default void putContent(String path, byte[] bytes) throws Exception {
            put(path, Sha256.hex(bytes), bytes);
        }

        void delete(String path) throws Exception;
    }

    /** The previous site's files, as {@link #update} reads them. */
    public interface Previous {
        /** The file's bytes, or empty when the previous site has no such file. */
        Optional<byte[]> read(String path) throws IOException;
    }

    /**
     * Writes the whole index. Each file goes through {@link SiteFiles#putContent} (a text through {@link SiteFiles#put},
     * keyed by its article's content key), so a file the previous build made the same is left as it is.
     *
     * @param textOf where an article's text is, as a script-safe JSON string
     */
    public static void write(ArchiveIndex index, SiteFiles files, Function<Article, Path> textOf, String codeKey) throws Exception {
        List<Article> articles = index.timeline().stream().map(ArchiveIndex.Entry::article).toList();
        Layout layout = Layout.of(articles);
        Map<String, String> urls = urls(index);
        // Each group of pieces gathers its own terms' postings, on its own thread: merged on one thread into one map,
        // they took a fifth of the index's CPU and most of its time.
        int groups = Math.min(GROUPS, layout.pieces());
        List<Map<String, Postings>> terms = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) terms.add(new HashMap<>(1 << 10));
        List<Integer> groupNumbers = IntStream.range(0, groups).boxed().toList();
        long length = 0;
        // In doc-number order, so that every posting list grows at its end; the texts are read and taken apart on
        // all cores, a batch at a time, to hold few of them at once.
        for (int from = 0; from < layout.size(); from += 1024) {
            int first = from, size = Math.min(layout.size() - from, 1024);
            Grouped[] docs = new Grouped[size];
            Parallel.forEach(IntStream.range(0, size).boxed().toList(), i -> {
                Article a = layout.article(first + i);
                byte[] text = Files.readAllBytes(textOf.apply(a));
                files.put(textPath(a.id()), textKey(codeKey, a), () -> textFile(a.id(), text));
                docs[i] = Grouped.of(analyse(a, text), layout.pieces(), groups);
            });
            Parallel.forEach(groupNumbers, g -> {
                Map<String, Postings> mine = terms.get(g);
                for (int i = 0; i < size; i++) docs[i].addTo(mine, g, layout.slot(first + i), layout);
            });
            for (Grouped d : docs) length += d.doc.length();
        }
        Parallel.forEach(groupNumbers, g -> {
            Map<String, Postings> mine = terms.get(g);
            Map<Integer, List<String>> byPiece = new HashMap<>();
            mine.keySet().forEach(term -> byPiece.computeIfAbsent(piece(term, layout.pieces()), k -> new ArrayList<>()).add(term));
            for (Map.Entry<Integer, List<String>> piece : byPiece.entrySet()) {
                piece.getValue().sort(null);
                putPiece(piece.getKey(), piece.getValue(), mine, layout, files::putContent);
            }
        });
        Map<Integer, Set<String>> byStart = new TreeMap<>();
        for (Map<String, Postings> group : terms) group.keySet().forEach(term -> byStart.computeIfAbsent(wordPiece(term, layout), k -> new TreeSet<>()).add(term));
        Parallel.forEach(byStart.entrySet(), w -> putWords(w.getKey(), w.getValue(), files::putContent));
        Set<Integer> chunks = new TreeSet<>();
        for (int i = 0; i < layout.size(); i++) chunks.add(layout.slot(i) / CHUNK);
        Parallel.forEach(chunks, c -> putChunk(c, layout, urls::get, files::putContent));
        byte[] dates = dates(layout), meta = meta(index, layout, length);
        files.putContent("search/dates.js", dates);
        files.putContent("search/meta.js", meta);
    }

    /**
     * Makes the index of the archive as it is now from the previous site's, rewriting only the files the changed
     * articles touch: their term pieces (old terms and new), word lists of terms that came or went, record chunks and
     * texts, plus meta.js and dates.js. The work is that of the changed articles (and of the few an insertion moves
     * in its cluster), whatever the archive's size, besides a pass over the doc numbers. An article's old terms are
     * read from the previous site: its text from its old {@code x/<id>.js}, its title and people from its old record.
     * The files given to {@code out} are byte for byte those {@link #write} gives, with the same keys, and every other
     * file of the previous index stays as it is (pieces read and found unchanged are not given). When the number of
     * articles crossed a power of two the doc numbers all change: then nothing is written, and it returns false (run
     * {@link #write}); likewise when the previous index is not that of the archive before the change.
     *
     * @param before   the edited and deleted articles as the previous build had them (only their SHA-256 and id are
     *                 read: the rest comes from the previous site)
     * @param changed  the ids of the added, edited and deleted articles: every article whose text, title, date, people
     *                 or page changed
     * @param previous the previous site's files
     */
    public static boolean update(ArchiveIndex index, List<Article> before, Set<String> changed, Previous previous,
                                 Function<Article, Path> textOf, String codeKey, Output out) throws Exception {
        Layout layout = Layout.of(index.timeline().stream().map(ArchiveIndex.Entry::article).toList());
        // The previous archive in doc order: this one's, already sorted, without the changed articles and with their
        // old selves, so sorting it again only merges them in.
        List<Article> then = new ArrayList<>(layout.size() + before.size());
        for (Article a : layout.articles()) if (!changed.contains(a.id())) then.add(a);
        then.addAll(before);
        Layout old = Layout.of(then);
        Optional<byte[]> metaFile = previous.read("search/meta.js");
        if (layout.bits() != old.bits() || metaFile.isEmpty()) return false;
        JsonNode oldMeta = payload(metaFile.get(), '{', '}');
        if (oldMeta.get("articles").asInt() != old.size()) return false;

        // The articles whose postings go (changed, or moved by an insertion in their cluster) and come back, by doc
        // number: both lists are in the same order, so one walk pairs them.
        Map<Integer, SearchText.Doc> gone = new TreeMap<>(), come = new TreeMap<>();
        Map<Integer, JsonNode> oldRecords = new HashMap<>();
        long length = oldMeta.get("length").asLong();
        for (int i = 0, j = 0; i < old.size() || j < layout.size(); ) {
            int c = i == old.size() ? 1 : j == layout.size() ? -1
                    : old.article(i) == layout.article(j) ? 0 : Layout.ORDER.compare(old.article(i), layout.article(j));
            Article a = c > 0 ? layout.article(j) : old.article(i);
            boolean edited = changed.contains(a.id());
            if (c == 0 && !edited) {
                if (old.slot(i) != layout.slot(j)) {
                    SearchText.Doc d = analyse(a, Files.readAllBytes(textOf.apply(a)));
                    gone.put(old.slot(i), d);
                    come.put(layout.slot(j), d);
                }
            } else {
                if (c <= 0) {
                    Optional<SearchText.Doc> d = oldDoc(a.id(), old.slot(i), previous, oldRecords);
                    if (d.isEmpty()) return false;
                    gone.put(old.slot(i), d.get());
                    length -= d.get().length();
                }
                if (c >= 0) {
                    Article now = layout.article(j);
                    byte[] text = Files.readAllBytes(textOf.apply(now));
                    out.put(textPath(now.id()), textKey(codeKey, now), textFile(now.id(), text));
                    SearchText.Doc d = analyse(now, text);
                    come.put(layout.slot(j), d);
                    length += d.length();
                }
            }
            if (c <= 0) i++;
            if (c >= 0) j++;
        }
        Set<String> ids = new HashSet<>();
        for (Article a : layout.articles()) if (changed.contains(a.id())) ids.add(a.id());
        for (String id : changed) if (!ids.contains(id)) out.delete(textPath(id));

        // Per piece, what changes in each of its terms.
        Map<Integer, Map<String, TermChange>> pieces = new TreeMap<>();
        gone.forEach((slot, d) -> d.forEach((term, t) -> change(pieces, term, layout).gone.add(slot)));
        come.forEach((slot, d) -> {
            byte lengthDigit = lengthDigit(d.length());
            d.forEach((term, t) -> change(pieces, term, layout).come.add(Posting.of(slot, t, lengthDigit)));
        });
        Map<Integer, Set<String>> wordsIn = new TreeMap<>(), wordsOut = new TreeMap<>();
        Parallel.forEach(pieces.entrySet(), e -> {
            Map<String, Boolean> words = updatePiece(e.getKey(), e.getValue(), layout, previous, out);
            synchronized (wordsIn) {
                words.forEach((term, came) -> (came ? wordsIn : wordsOut).computeIfAbsent(wordPiece(term, layout), k -> new TreeSet<>()).add(term));
            }
        });
        Set<Integer> wordPieces = new TreeSet<>(wordsIn.keySet());
        wordPieces.addAll(wordsOut.keySet());
        for (int w : wordPieces) {
            Set<String> words = new TreeSet<>();
            Optional<byte[]> listed = previous.read(piecePath("w", w));
            if (listed.isPresent()) payload(listed.get(), '[', ']').forEach(n -> words.add(n.asText()));
            words.removeAll(wordsOut.getOrDefault(w, Set.of()));
            words.addAll(wordsIn.getOrDefault(w, Set.of()));
            if (words.isEmpty()) out.delete(piecePath("w", w));
            else putWords(w, words, out::putContent);
        }

        Set<Integer> chunks = new TreeSet<>();
        gone.keySet().forEach(s -> chunks.add(s / CHUNK));
        come.keySet().forEach(s -> chunks.add(s / CHUNK));
        Map<String, String> urls = urls(index, chunks, layout);
        for (int c : chunks) {
            if (!putChunk(c, layout, urls::get, out::putContent)) out.delete(chunkPath(c));
        }
        byte[] dates = dates(layout), meta = meta(index, layout, length);
        out.putContent("search/dates.js", dates);
        out.putContent("search/meta.js", meta);
        return true;
    }

    /** What a change does to one term: the doc numbers whose postings go, and the postings that come. */
    private static final class TermChange {
        final Set<Integer> gone = new HashSet<>();
        final List<Posting> come = new ArrayList<>();

        /** The part of the change in block j. */
        TermChange in(int j, Layout layout) {
            TermChange part = new TermChange();
            for (int slot : gone) if (layout.block(slot) == j) part.gone.add(slot);
            for (Posting posting : come) if (layout.block(posting.slot()) == j) part.come.add(posting);
            return part;
        }
    }

    private static TermChange change(Map<Integer, Map<String, TermChange>> pieces, String term, Layout layout) {
        return pieces.computeIfAbsent(piece(term, layout.pieces()), k -> new HashMap<>()).computeIfAbsent(term, k -> new TermChange());
    }

    /**
     * A changed term of a piece: where its entry was, how many articles held it and hold it now, and so whether its
     * postings are in the piece or in the piece's blocks, before and after.
     */
    private static final class TermPlan {
        final String name;
        final byte[] term;
        /** Its entry in the previous piece, -1 for none. */
        final int entry;
        final TermChange change;
        final boolean wasCommon, common;
        final int before, after;
        /** Its postings now, whole: made from its old entry when it was not common, else gathered from its blocks. */
        Postings whole;

        TermPlan(String name, int entry, TermChange change, PieceBytes docs, PieceBytes positions, Layout layout) {
            this.name = name;
            this.term = name.getBytes(StandardCharsets.UTF_8);
            this.entry = entry;
            this.change = change;
            wasCommon = entry >= 0 && docs.bytes[docs.stringFrom(entry)] == COMMON;
            before = entry < 0 ? 0 : wasCommon
                    ? new SearchCodec.Reader(docs.bytes, docs.stringFrom(entry) + 1, docs.stringTo(entry)).number()
                    : count(docs, entry);
            after = before - change.gone.size() + change.come.size();
            common = after >= layout.common();
            whole = wasCommon ? new Postings(0) : splice(docs, positions, entry, change, 0);
        }

        boolean inBlocks() {
            return wasCommon || common;
        }
    }

    /** How many postings entry i of a term piece holds. */
    private static int count(PieceBytes docs, int i) {
        SearchCodec.Reader r = new SearchCodec.Reader(docs.bytes, docs.stringFrom(i), docs.stringTo(i));
        int n = 0;
        for (; r.more(); n++) {
            r.number();
            r.at += 2;
        }
        return n;
    }

    /**
     * Rewrites piece p with the changes of its terms, and the blocks of it that they touch. The entries of the other
     * terms are copied from the previous piece as bytes, a run of them at a time, without being decoded; a changed
     * term's postings are read only up to the last doc number its change touches, and a common term's only in the
     * blocks its change touches.
     *
     * @return each term that came into the archive (true) or left it (false)
     */
    private static Map<String, Boolean> updatePiece(int p, Map<String, TermChange> changes, Layout layout, Previous previous, Output out) throws Exception {
        Optional<byte[]> oldDocs = previous.read(piecePath("t", p)), oldPositions = previous.read(piecePath("p", p));
        // The same terms in the same order in both: a build writes them together.
        PieceBytes docs = oldDocs.map(PieceBytes::of).orElse(PieceBytes.NONE), positions = oldPositions.map(PieceBytes::of).orElse(PieceBytes.NONE);
        Map<String, Boolean> words = new HashMap<>();
        List<TermPlan> plans = new ArrayList<>(changes.size());
        int i = 0;
        for (Map.Entry<String, TermChange> change : new TreeMap<>(changes).entrySet()) {
            byte[] term = change.getKey().getBytes(StandardCharsets.UTF_8);
            int at = docs.seek(term, i);
            boolean had = docs.holds(at, term);
            TermPlan plan = new TermPlan(change.getKey(), had ? at : -1, change.getValue(), docs, positions, layout);
            if (plan.before == 0 && plan.after > 0) words.put(plan.name, true);
            if (plan.before > 0 && plan.after == 0) words.put(plan.name, false);
            plans.add(plan);
            i = had ? at + 1 : at;
        }
        updateBlocks(p, plans, layout, previous, out);

        Bytes t = pieceHead("t", p, docs.bytes.length + (1 << 10)), pos = pieceHead("p", p, positions.bytes.length + (1 << 10));
        i = 0;
        boolean first = true;
        for (TermPlan plan : plans) {
            int at = plan.entry >= 0 ? plan.entry : docs.seek(plan.term, i);
            if (at > i) {
                copy(docs, i, at, t, first);
                copy(positions, i, at, pos, first);
                first = false;
            }
            if (plan.after > 0) {
                if (plan.common) entry(t, pos, plan.term, marker(plan.after), COMMON_POSITIONS, first);
                else entry(t, pos, plan.term, plan.whole.docs, plan.whole.positions, first);
                first = false;
            }
            i = plan.entry >= 0 ? at + 1 : at;
        }
        if (i < docs.size()) {
            copy(docs, i, docs.size(), t, first);
            copy(positions, i, docs.size(), pos, first);
            first = false;
        }
        if (first) {
            out.delete(piecePath("t", p));
            out.delete(piecePath("p", p));
            return words;
        }
        put(piecePath("t", p), oldDocs, t, out);
        put(piecePath("p", p), oldPositions, pos, out);
        return words;
    }

    /** Gives a rewritten piece to {@code out} unless it is what the previous site holds. */
    private static void put(String path, Optional<byte[]> old, Bytes piece, Output out) throws Exception {
        byte[] bytes = piece.add(PIECE_TAIL).toArray();
        if (old.isEmpty() || !Arrays.equals(old.get(), bytes)) out.putContent(path, bytes);
    }

    /**
     * Rewrites the blocks of piece p that its common terms' changes touch: only the blocks of the changed doc numbers,
     * unless a term becomes common (its postings cut into every block) or stops being so (gathered from every block
     * into {@link TermPlan#whole}). Every block of a piece lists all its common terms, in order, even with no posting
     * there, so that a query loads them all without asking which exist.
     */
    private static void updateBlocks(int p, List<TermPlan> plans, Layout layout, Previous previous, Output out) throws Exception {
        List<TermPlan> common = plans.stream().filter(TermPlan::inBlocks).toList();
        if (common.isEmpty()) return;
        Set<Integer> blocks = new TreeSet<>();
        Map<TermPlan, Postings[]> cut = new HashMap<>();
        for (TermPlan plan : common) {
            if (plan.wasCommon != plan.common) {
                for (int j = 0; j < layout.blocks(); j++) blocks.add(j);
            }
            plan.change.gone.forEach(slot -> blocks.add(layout.block(slot)));
            plan.change.come.forEach(posting -> blocks.add(layout.block(posting.slot())));
            if (!plan.wasCommon) {
                Postings[] parts = new Postings[layout.blocks()];
                for (int j = 0; j < parts.length; j++) parts[j] = new Postings(layout.blockStart(j));
                move(plan.whole, 0, slot -> parts[layout.block(slot)]);
                cut.put(plan, parts);
            }
        }
        for (int j : blocks) {
            Optional<byte[]> oldDocs = previous.read(blockPath("t", p, j)), oldPositions = previous.read(blockPath("p", p, j));
            PieceBytes docs = oldDocs.map(PieceBytes::of).orElse(PieceBytes.NONE), positions = oldPositions.map(PieceBytes::of).orElse(PieceBytes.NONE);
            Bytes t = pieceHead("t", blockId(p, j), docs.bytes.length + (1 << 10)), pos = pieceHead("p", blockId(p, j), positions.bytes.length + (1 << 10));
            int i = 0;
            boolean first = true;
            for (TermPlan plan : common) {
                int at = docs.seek(plan.term, i);
                if (at > i) {
                    copy(docs, i, at, t, first);
                    copy(positions, i, at, pos, first);
                    first = false;
                }
                boolean had = docs.holds(at, plan.term);
                Postings now = plan.wasCommon ? splice(docs, positions, had ? at : -1, plan.change.in(j, layout), layout.blockStart(j)) : cut.get(plan)[j];
                if (plan.common) {
                    entry(t, pos, plan.term, now.docs, now.positions, first);
                    first = false;
                } else {
                    move(now, layout.blockStart(j), slot -> plan.whole);
                }
                i = had ? at + 1 : at;
            }
            if (i < docs.size()) {
                copy(docs, i, docs.size(), t, first);
                copy(positions, i, docs.size(), pos, first);
                first = false;
            }
            if (first) {
                out.delete(blockPath("t", p, j));
                out.delete(blockPath("p", p, j));
            } else {
                put(blockPath("t", p, j), oldDocs, t, out);
                put(blockPath("p", p, j), oldPositions, pos, out);
            }
        }
    }

    /** Appends each posting of {@code from} (its first gap from {@code start}) to the postings {@code to} gives for its doc number. */
    private static void move(Postings from, int start, IntFunction<Postings> to) {
        SearchCodec.Reader d = new SearchCodec.Reader(from.docs.array(), 0, from.docs.size());
        SearchCodec.Reader pos = new SearchCodec.Reader(from.positions.array(), 0, from.positions.size());
        for (int slot = start - 1; d.more(); ) {
            slot += d.number();
            byte weight = d.digit(), length = d.digit();
            int at = pos.at;
            pos.skip(pos.number());
            to.apply(slot).append(slot, weight, length, from.positions.array(), at, pos.at);
        }
    }

    /** Copies entries from to to (exclusive) of a piece, with the commas between them, after a comma unless they come first. */
    private static void copy(PieceBytes piece, int from, int to, Bytes out, boolean first) {
        if (!first) out.add(',');
        out.add(piece.bytes, piece.start(from), piece.end(to - 1));
    }

    /**
     * A term's postings with the change made, from its entry in the previous piece or block ({@code entry} -1 for
     * none), its first gap from {@code start}: read in order up to the last doc number the change touches, the rest
     * copied as written, but for its first gap.
     */
    private static Postings splice(PieceBytes docs, PieceBytes positions, int entry, TermChange change, int start) {
        change.come.sort(Comparator.comparingInt(Posting::slot));
        int last = change.come.isEmpty() ? -1 : change.come.get(change.come.size() - 1).slot();
        // In order, as the postings are read: asked about every posting, a set of boxed numbers cost a tenth of the walk.
        int[] gone = change.gone.stream().mapToInt(Integer::intValue).sorted().toArray();
        if (gone.length > 0) last = Math.max(last, gone[gone.length - 1]);
        int g = 0;
        Postings out = new Postings(start);
        int docsEnd = entry < 0 ? 0 : docs.stringTo(entry), positionsEnd = entry < 0 ? 0 : positions.stringTo(entry);
        SearchCodec.Reader d = new SearchCodec.Reader(docs.bytes, entry < 0 ? 0 : docs.stringFrom(entry), docsEnd);
        SearchCodec.Reader pos = new SearchCodec.Reader(positions.bytes, entry < 0 ? 0 : positions.stringFrom(entry), positionsEnd);
        int k = 0;
        // Postings kept one after another since the last one written go out as the bytes they are, in one copy: a
        // term in most articles has as many postings as the archive has articles, and appending each one again made
        // an update's cost grow with the archive.
        Run run = new Run();
        for (int slot = start - 1; d.more(); ) {
            int docAt = d.at, positionAt = pos.at, before = slot;
            slot += d.number();
            if (slot > last) {
                run.flush(out, docs, positions);
                while (k < change.come.size()) change.come.get(k++).appendTo(out);
                SearchCodec.number(out.docs, slot - out.last);
                out.docs.add(docs.bytes, d.at, docsEnd);
                out.positions.add(positions.bytes, pos.at, positionsEnd);
                return out;
            }
            byte weight = d.digit(), length = d.digit();
            int from = pos.at;
            pos.skip(pos.number());
            if (k < change.come.size() && change.come.get(k).slot() < slot) {
                run.flush(out, docs, positions);
                while (k < change.come.size() && change.come.get(k).slot() < slot) change.come.get(k++).appendTo(out);
            }
            while (g < gone.length && gone[g] < slot) g++;
            if (g < gone.length && gone[g] == slot) run.flush(out, docs, positions);
            // Its gap is from the posting before it, so it is copied as it is only after that one.
            else if (run.open() || before == out.last) run.extend(docAt, positionAt, slot, d.at, pos.at);
            else out.append(slot, weight, length, positions.bytes, from, pos.at);
        }
        run.flush(out, docs, positions);
        while (k < change.come.size()) change.come.get(k++).appendTo(out);
        return out;
    }

    /** Postings of a piece that go out unchanged, one after another: where they lie in the piece's two strings. */
    private static final class Run {
        private int docsFrom = -1, docsTo, positionsFrom, positionsTo, last;

        boolean open() {
            return docsFrom >= 0;
        }

        void extend(int docAt, int positionAt, int slot, int docEnd, int positionEnd) {
            if (!open()) {
                docsFrom = docAt;
                positionsFrom = positionAt;
            }
            docsTo = docEnd;
            positionsTo = positionEnd;
            last = slot;
        }

        void flush(Postings out, PieceBytes docs, PieceBytes positions) {
            if (!open()) return;
            out.docs.add(docs.bytes, docsFrom, docsTo);
            out.positions.add(positions.bytes, positionsFrom, positionsTo);
            out.last = last;
            docsFrom = -1;
        }
    }

    /**
     * An article as the previous index holds it, at doc number {@code slot}: its old text and its old record's title
     * and people (joined, as the record keeps them: the same terms, and the same length). Positions are not needed, as
     * its postings are only taken out. Empty when the previous site lacks either.
     */
    private static Optional<SearchText.Doc> oldDoc(String id, int slot, Previous previous, Map<Integer, JsonNode> records) throws Exception {
        Optional<byte[]> file = previous.read(textPath(id));
        if (file.isEmpty()) return Optional.empty();
        int c = slot / CHUNK;
        if (!records.containsKey(c)) {
            Optional<byte[]> chunk = previous.read(chunkPath(c));
            records.put(c, chunk.isEmpty() ? JSON.createArrayNode() : payload(chunk.get(), '[', ']'));
        }
        for (JsonNode r : records.get(c)) {
            if (r.get(0).asInt() == slot && r.get(5).asText().equals(id)) {
                byte[] text = Arrays.copyOfRange(file.get(), textHead(id).length, file.get().length - TEXT_TAIL.length);
                return Optional.of(SearchText.of(r.get(1).asText(), List.of(r.get(4).asText()), JSON.readValue(text, String.class)));
            }
        }
        return Optional.empty();
    }

    /**
     * The doc numbers: an open-addressed table of 2^bits slots, bits the least with 2^bits at least four times the
     * number of articles, keyed by the first bits of each article's SHA-256; the articles take their slots in SHA
     * order, each the first free one from its own (past the end if need be). An insertion moves only the articles
     * after it in its cluster, a handful at a quarter full; the table grows only when the archive doubles.
     */
    record Layout(int bits, Article[] articles, int[] slots) {
        static final Comparator<Article> ORDER = Comparator.comparing(Article::sha256).thenComparing(Article::id);

        static Layout of(List<Article> list) {
            Article[] sorted = list.toArray(new Article[0]);
            sort(sorted);
            int bits = 2;
            while ((1L << bits) < 4L * sorted.length) bits++;
            int[] slots = new int[sorted.length];
            int next = 0;
            for (int i = 0; i < sorted.length; i++) {
                int home = (int) (hex(sorted[i].sha256(), 8) >>> (32 - bits));
                slots[i] = Math.max(home, next);
                next = slots[i] + 1;
            }
            return new Layout(bits, sorted, slots);
        }

        /**
         * Sorts in {@link #ORDER}: as numbers, each the first 43 bits of the SHA-256 over the article's position (20
         * bits), none negative, then any run of equal bits in full; a sort of 100,000 articles by their strings took
         * a quarter of a second of a change's cost.
         */
        private static void sort(Article[] articles) {
            if (articles.length > 1 << 20) {
                Arrays.sort(articles, ORDER);
                return;
            }
            long[] keys = new long[articles.length];
            for (int i = 0; i < keys.length; i++) keys[i] = hex(articles[i].sha256(), 11) >>> 1 << 20 | i;
            Arrays.sort(keys);
            Article[] was = articles.clone();
            for (int i = 0; i < keys.length; i++) articles[i] = was[(int) (keys[i] & 0xfffff)];
            for (int i = 0, j; i < keys.length; i = j) {
                for (j = i + 1; j < keys.length && keys[j] >>> 20 == keys[i] >>> 20; ) j++;
                if (j - i > 1) Arrays.sort(articles, i, j, ORDER);
            }
        }

        /** The number the first {@code digits} hex digits of a SHA-256 spell. */
        private static long hex(String sha256, int digits) {
            long n = 0;
            for (int i = 0; i < digits; i++) n = n << 4 | Character.digit(sha256.charAt(i), 16);
            return n;
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

        /**
         * Blocks of doc numbers that a common term's postings are cut into, one file each, so that a change rewrites
         * the block its article is in: as many as the square root of the slots over 512 (32 at 100,000 articles), as
         * each common term's piece has a file per block and a query for it loads them all.
         */
        int blocks() {
            return 1 << Math.max(0, (bits - 9) / 2);
        }

        /** The block of a doc number: its first {@code bits - log2(blocks)} bits are its place in the block. */
        int block(int slot) {
            return slot >> (bits - Integer.numberOfTrailingZeros(blocks()));
        }

        /** The first doc number of block j. */
        int blockStart(int j) {
            return j << (bits - Integer.numberOfTrailingZeros(blocks()));
        }

        /**
         * How many articles make a term common, its postings cut into blocks: some 1 in 16 to 1 in 32 (8,192 at
         * 100,000 articles), when there is more than one block. Fewer, and the blocks' files would grow with the
         * vocabulary; more, and the postings of a term in a few thousand articles would go whole into every change.
         */
        int common() {
            return blocks() > 1 ? 1 << (bits - 6) : Integer.MAX_VALUE;
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

    /**
     * An article's terms, ordered by the group of pieces each is in ({@link #write} gathers each group's postings on
     * a thread of its own): the terms of group g are those at {@code order[starts[g]]} to {@code order[starts[g + 1] - 1]}.
     */
    private record Grouped(SearchText.Doc doc, byte lengthDigit, int[] order, int[] starts) {
        static Grouped of(SearchText.Doc doc, int pieces, int groups) {
            int[] group = new int[doc.size()], starts = new int[groups + 1], order = new int[doc.size()];
            for (int i = 0; i < group.length; i++) starts[(group[i] = piece(doc.name(i), pieces) & (groups - 1)) + 1]++;
            for (int g = 0; g < groups; g++) starts[g + 1] += starts[g];
            int[] next = Arrays.copyOf(starts, groups);
            for (int i = 0; i < group.length; i++) order[next[group[i]]++] = i;
            return new Grouped(doc, SearchIndex.lengthDigit(doc.length()), order, starts);
        }

        void addTo(Map<String, Postings> terms, int g, int slot, Layout layout) {
            for (int k = starts[g]; k < starts[g + 1]; k++) {
                int i = order[k];
                terms.computeIfAbsent(doc.name(i), n -> new Postings(0)).add(slot, doc.term(i), lengthDigit, layout);
            }
        }
    }

    /**
     * A term's postings as they are written: doc-number gaps with weight and length, and positions apart. Those a full
     * build makes in doc order ({@link #add}) mark where each block of doc numbers starts, to be cut into blocks if
     * the term is common; those an update splices start from the first doc number of their block.
     */
    static final class Postings {
        final Bytes docs = new Bytes(8);
        final Bytes positions = new Bytes(8);
        private int last;
        /** How many postings {@link #add} and {@link #append} made (a run an update copies is not counted). */
        int count;
        /** Per block the postings have, in order: the block, its first doc number, and where its first posting starts. */
        private int[] marks = new int[0];
        private int blocks;

        Postings(int start) {
            last = start - 1;
        }

        /** Appends a posting as read from a piece: its digits, and its positions, bytes from to to of {@code positions}. */
        void append(int slot, byte weight, byte length, byte[] positions, int from, int to) {
            SearchCodec.number(docs, slot - last);
            last = slot;
            count++;
            docs.add(weight).add(length);
            this.positions.add(positions, from, to);
        }

        void add(int slot, SearchText.Term t, byte lengthDigit, Layout layout) {
            int block = layout.block(slot);
            if (blocks == 0 || marks[4 * (blocks - 1)] != block) {
                if (4 * blocks == marks.length) marks = Arrays.copyOf(marks, Math.max(8, 2 * marks.length));
                marks[4 * blocks] = block;
                marks[4 * blocks + 1] = slot;
                marks[4 * blocks + 2] = docs.size();
                marks[4 * blocks + 3] = positions.size();
                blocks++;
            }
            SearchCodec.number(docs, slot - last);
            last = slot;
            count++;
            docs.add(weightDigit(t)).add(lengthDigit);
            encodePositions(positions, t);
        }

        /** The postings of block j as a block file holds them (its first gap from the block's start), into two pieces. */
        void block(int j, Layout layout, Bytes t, Bytes pos) {
            int m = 0;
            while (m < blocks && marks[4 * m] < j) m++;
            if (m == blocks || marks[4 * m] != j) return;
            int docsEnd = m + 1 < blocks ? marks[4 * m + 6] : docs.size(), positionsEnd = m + 1 < blocks ? marks[4 * m + 7] : positions.size();
            SearchCodec.number(t, marks[4 * m + 1] - layout.blockStart(j) + 1);
            SearchCodec.Reader first = new SearchCodec.Reader(docs.array(), marks[4 * m + 2], docsEnd);
            first.number();
            t.add(docs.array(), first.at, docsEnd);
            pos.add(positions.array(), marks[4 * m + 3], positionsEnd);
        }
    }

    /** Whether a term is in the title or the people, and how often it is in the text (up to 15), as one digit. */
    private static byte weightDigit(SearchText.Term t) {
        return SearchCodec.digit((t.fields << 4) | Math.min(t.bodyCount, 15));
    }

    /** A posting's positions: how many, then the gaps between them. */
    private static void encodePositions(Bytes out, SearchText.Term t) {
        SearchCodec.number(out, t.size);
        for (int j = 0, prev = 0; j < t.size; prev = t.positions[j++]) SearchCodec.number(out, t.positions[j] - prev);
    }

    /** One posting that comes into a piece: its doc number, its two digits and its positions as written. */
    private record Posting(int slot, byte weight, byte length, byte[] positions) {
        static Posting of(int slot, SearchText.Term t, byte lengthDigit) {
            Bytes p = new Bytes(2 + t.size);
            encodePositions(p, t);
            return new Posting(slot, weightDigit(t), lengthDigit, p.toArray());
        }

        void appendTo(Postings p) {
            p.append(slot, weight, length, positions, 0, positions.length);
        }
    }

    /** Length in terms, as one digit: 5 steps per doubling, which BM25's length norm hardly tells apart. */
    static byte lengthDigit(int length) {
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

    /** The pages of the articles in the given chunks. */
    private static Map<String, String> urls(ArchiveIndex index, Set<Integer> chunks, Layout layout) {
        Set<String> ids = new HashSet<>();
        for (int c : chunks) {
            for (int i = firstAtOrAfter(layout.slots(), c * CHUNK); i < layout.size() && layout.slot(i) < (c + 1) * CHUNK; i++) ids.add(layout.article(i).id());
        }
        Map<String, String> urls = new HashMap<>();
        index.timeline().forEach(e -> {
            if (ids.contains(e.id())) urls.put(e.id(), e.url());
        });
        return urls;
    }

    private interface Sink {
        void put(String path, byte[] bytes) throws Exception;
    }

    /**
     * Writes piece p: the given terms, in order, with their postings; a common term's are cut into the piece's blocks,
     * and the piece holds in their place a mark and how many articles hold it.
     */
    private static void putPiece(int p, List<String> names, Map<String, Postings> terms, Layout layout, Sink sink) throws Exception {
        int docs = 0, positions = 0;
        List<String> common = new ArrayList<>();
        for (String name : names) {
            Postings postings = terms.get(name);
            if (postings.count >= layout.common()) common.add(name);
            else {
                docs += postings.docs.size();
                positions += postings.positions.size();
            }
            docs += 2 * name.length() + 12;
            positions += 2 * name.length() + 6;
        }
        Bytes t = pieceHead("t", p, docs), pos = pieceHead("p", p, positions);
        boolean first = true;
        for (String name : names) {
            Postings postings = terms.get(name);
            byte[] term = name.getBytes(StandardCharsets.UTF_8);
            if (postings.count >= layout.common()) entry(t, pos, term, marker(postings.count), COMMON_POSITIONS, first);
            else entry(t, pos, term, postings.docs, postings.positions, first);
            first = false;
        }
        sink.put(piecePath("t", p), t.add(PIECE_TAIL).toArray());
        sink.put(piecePath("p", p), pos.add(PIECE_TAIL).toArray());
        if (common.isEmpty()) return;
        for (int j = 0; j < layout.blocks(); j++) {
            Bytes bt = pieceHead("t", blockId(p, j), 1 << 10), bp = pieceHead("p", blockId(p, j), 1 << 10);
            Bytes postingsT = new Bytes(1 << 10), postingsP = new Bytes(1 << 10);
            first = true;
            for (String name : common) {
                terms.get(name).block(j, layout, postingsT, postingsP);
                entry(bt, bp, name.getBytes(StandardCharsets.UTF_8), postingsT, postingsP, first);
                postingsT.clear();
                postingsP.clear();
                first = false;
            }
            sink.put(blockPath("t", p, j), bt.add(PIECE_TAIL).toArray());
            sink.put(blockPath("p", p, j), bp.add(PIECE_TAIL).toArray());
        }
    }

    /** @param size about how many bytes the piece will hold, so that it is not grown again and again */
    private static Bytes pieceHead(String kind, Object id, int size) {
        return new Bytes(size + 64).ascii("DOSSIER_SEARCH_PIECE(\"" + kind + "\"," + id + ",[");
    }

    /**
     * A term's entry in a term piece and in its positions piece, after a comma unless it comes first. Terms are letters
     * and digits only: nothing in them needs escaping in a JSON string or a script.
     */
    private static void entry(Bytes t, Bytes pos, byte[] term, Bytes docs, Bytes positions, boolean first) {
        for (Bytes piece : List.of(t, pos)) {
            if (!first) piece.add(',');
            piece.add('"').add(term).ascii("\",\"");
        }
        t.add(docs).add('"');
        pos.add(positions).add('"');
    }

    /** A common term's entry in its piece: the mark, and how many articles hold it. */
    private static Bytes marker(int articles) {
        Bytes b = new Bytes(8).add(COMMON);
        SearchCodec.number(b, articles);
        return b;
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
    private static boolean putChunk(int c, Layout layout, Function<String, String> urls, Sink sink) throws Exception {
        ArrayNode records = JSON.createArrayNode();
        int from = firstAtOrAfter(layout.slots(), c * CHUNK);
        for (int i = from; i < layout.size() && layout.slot(i) < (c + 1) * CHUNK; i++) {
            Article a = layout.article(i);
            records.addArray().add(layout.slot(i)).add(a.title()).add(a.date().map(Object::toString).orElse(""))
                    .add(urls.apply(a.id())).add(String.join(", ", a.people())).add(a.id());
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
        Bytes b = new Bytes(6 * layout.size() + 64).ascii("DOSSIER_SEARCH_PIECE(\"d\",0,\"");
        for (int i = 0, last = -1; i < layout.size(); last = layout.slot(i++)) {
            SearchCodec.number(b, layout.slot(i) - last);
            SearchCodec.number(b, layout.article(i).date().map(d -> (d.year() - 999) * 13 * 32 + d.month() * 32 + d.day()).orElse(0));
        }
        return b.ascii("\");\n").toArray();
    }

    private static byte[] meta(ArchiveIndex index, Layout layout, long length) throws Exception {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("articles", layout.size()).put("length", length).put("pieces", layout.pieces()).put("chunk", CHUNK)
                .put("blocks", layout.blocks()).put("block", layout.blockStart(1));
        // The most mentioned people, as queries to start from.
        ArrayNode people = meta.putArray("people");
        index.people().stream().sorted(Comparator.comparingInt((ArchiveIndex.Person p) -> -p.entries().size())
                .thenComparing(ArchiveIndex.Person::name)).limit(SUGGESTED).forEach(p -> people.add(p.name()));
        return ("window.DOSSIER_SEARCH_META=" + json(meta) + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON between the first {@code open} and the last {@code close} of a search file. */
    private static JsonNode payload(byte[] file, char open, char close) throws IOException {
        String s = new String(file, StandardCharsets.UTF_8);
        return JSON.readTree(s.substring(s.indexOf(open), s.lastIndexOf(close) + 1));
    }

    private static String textKey(String codeKey, Article a) {
        return Sha256.hex((codeKey + "\n" + a.contentKey()).getBytes(StandardCharsets.UTF_8));
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

    /** A block's id, as its file is named and its script names it (a JSON string). */
    private static String blockId(int p, int j) {
        return "\"" + p + "-" + j + "\"";
    }

    static String blockPath(String kind, int p, int j) {
        return "search/" + kind + "/" + p + "-" + j + ".js";
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

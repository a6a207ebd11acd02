package org.dossier.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.extract.Article;
import org.dossier.index.ArchiveIndex;
import org.dossier.ingest.Sha256;
import org.dossier.write.SiteFiles;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The full-text search index, shipped as JavaScript so it loads from file:// (no fetch of local files):
 * {@code search/index.js} holds the article list and an inverted index (term to delta-encoded base-36 article
 * numbers); {@code search/text-NN.js} hold the article texts for snippets, {@value #SHARDS} shards by the first byte
 * of each seed's SHA-256, loaded only when a result needs one. Adding an article rewrites index.js and one shard.
 * Each text comes as the write stage wrote it, a script-safe JSON string.
 */
public final class SearchIndex {
    static final int SHARDS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {}

    /**
     * Returns the bytes of index.js, the part every search loads, for the benchmark's index-size figure.
     *
     * @param textOf where an article's text is, as a script-safe JSON string
     */
    public static long write(ArchiveIndex index, SiteFiles files, Function<Article, Path> textOf, String codeKey) throws Exception {
        List<ArchiveIndex.Entry> docs = new ArrayList<>(index.timeline());
        docs.sort(Comparator.comparing((ArchiveIndex.Entry e) -> shard(e.article())).thenComparing(e -> e.article().sha256()));
        Map<String, Docs> postings = new HashMap<>(1 << 16);
        ArrayNode list = JSON.createArrayNode();
        Map<Integer, List<ArchiveIndex.Entry>> byShard = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            var e = docs.get(i);
            var a = e.article();
            List<ArchiveIndex.Entry> shard = byShard.computeIfAbsent(shard(a), k -> new ArrayList<>());
            list.addArray().add(a.title()).add(a.date().map(Object::toString).orElse("")).add(e.url())
                    .add(String.join(", ", a.people())).add(shard(a)).add(shard.size());
            shard.add(e);
            String t = a.terms();
            for (int start = 0, end; start < t.length(); start = end + 1) {
                end = t.indexOf(' ', start);
                if (end < 0) end = t.length();
                postings.computeIfAbsent(t.substring(start, end), k -> new Docs()).add(i);
            }
        }
        ObjectNode terms = JSON.createObjectNode();
        String[] sorted = postings.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder();
        for (String term : sorted) {
            Docs d = postings.get(term);
            sb.setLength(0);
            for (int k = 0, last = 0; k < d.size; last = d.at[k++]) {
                if (k > 0) sb.append(',');
                base36(sb, d.at[k] - last);
            }
            terms.put(term, sb.toString());
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("docs", list);
        root.set("terms", terms);
        byte[] indexJs = ("window.DOSSIER_INDEX=" + json(root) + ";\n").getBytes(StandardCharsets.UTF_8);
        files.put("search/index.js", Sha256.hex(indexJs), () -> indexJs);

        // The shards are independent files, and a full build writes 80 MB of them: on all cores.
        Parallel.forEach(byShard.entrySet(), s -> putShard(s.getKey(), s.getValue(), files, textOf, codeKey));
        return indexJs.length;
    }

    private static void putShard(int shard, List<ArchiveIndex.Entry> docs, SiteFiles files, Function<Article, Path> textOf,
                                 String codeKey) throws Exception {
        StringBuilder key = new StringBuilder(codeKey);
        docs.forEach(e -> key.append('\n').append(e.article().contentKey()));
        files.put(String.format("search/text-%02x.js", shard), Sha256.hex(key.toString().getBytes(StandardCharsets.UTF_8)), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            out.writeBytes(("window.DOSSIER_TEXT&&window.DOSSIER_TEXT(" + shard + ",[").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < docs.size(); i++) {
                if (i > 0) out.write(',');
                out.writeBytes(Files.readAllBytes(textOf.apply(docs.get(i).article())));
            }
            out.writeBytes("]);\n".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
    }

    /** The numbers of the articles a term is in, in increasing order. */
    private static final class Docs {
        int[] at = new int[2];
        int size;

        void add(int doc) {
            if (size == at.length) at = Arrays.copyOf(at, 2 * size);
            at[size++] = doc;
        }
    }

    /** As {@code Integer.toString(n, 36)} for n >= 0, without a string per number: there are millions. */
    private static void base36(StringBuilder sb, int n) {
        if (n >= 36) base36(sb, n / 36);
        sb.append(Character.forDigit(n % 36, 36));
    }

    private static int shard(Article a) {
        return Integer.parseInt(a.sha256().substring(0, 2), 16) % SHARDS;
    }

    private static String json(Object n) throws Exception {
        return JSON.writeValueAsString(n).replace("</", "<\\/");
    }
}

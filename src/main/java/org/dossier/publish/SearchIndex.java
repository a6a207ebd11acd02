package org.dossier.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.clean.Block;
import org.dossier.index.ArchiveIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The full-text search index, shipped as JavaScript so it loads from file:// (no fetch of local files):
 * {@code search/index.js} holds the article list and an inverted index (term to delta-encoded base-36 article
 * numbers); {@code search/text-N.js} hold the article texts in shards of {@value #SHARD}, loaded only when a result
 * needs a snippet.
 */
public final class SearchIndex {
    static final int SHARD = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had",
            "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");

    private SearchIndex() {}

    /** Returns the bytes written, for the benchmark's index-size figure. */
    public static long write(ArchiveIndex index, Path site) throws IOException {
        Path dir = site.resolve("search");
        Files.createDirectories(dir);
        List<ArchiveIndex.Entry> docs = index.timeline();
        Map<String, BitSet> postings = new TreeMap<>();
        ArrayNode list = JSON.createArrayNode();
        List<String> texts = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            var e = docs.get(i);
            var a = e.article();
            StringBuilder text = new StringBuilder();
            for (Block b : a.blocks()) text.append(b.text()).append('\n');
            texts.add(text.toString().strip());
            list.addArray().add(a.title()).add(a.date().map(Object::toString).orElse("")).add(e.url()).add(String.join(", ", a.people()));
            for (String t : tokens(a.title() + " " + String.join(" ", a.people()) + " " + text)) {
                postings.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        ObjectNode terms = JSON.createObjectNode();
        postings.forEach((term, bits) -> {
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int d = bits.nextSetBit(0); d >= 0; d = bits.nextSetBit(d + 1)) {
                if (sb.length() > 0) sb.append(',');
                sb.append(Integer.toString(d - last, 36));
                last = d;
            }
            terms.put(term, sb.toString());
        });
        ObjectNode root = JSON.createObjectNode();
        root.put("shard", SHARD);
        root.set("docs", list);
        root.set("terms", terms);
        long bytes = write(dir.resolve("index.js"), "window.DOSSIER_INDEX=" + json(root) + ";\n");
        for (int s = 0; s * SHARD < texts.size(); s++) {
            ArrayNode shard = JSON.createArrayNode();
            texts.subList(s * SHARD, Math.min(texts.size(), (s + 1) * SHARD)).forEach(shard::add);
            bytes += write(dir.resolve("text-" + s + ".js"), "window.DOSSIER_TEXT&&window.DOSSIER_TEXT(" + s + "," + json(shard) + ");\n");
        }
        return bytes;
    }

    /** The same folding the browser applies to queries (assets/js/search.js): lower case, no accents, letters and digits. */
    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^\\p{L}\\p{N}]+")) {
            if (t.length() >= 2 && !STOP.contains(t) && t.length() <= 40) out.add(t);
        }
        return out;
    }

    private static String json(Object n) throws IOException {
        return JSON.writeValueAsString(n).replace("</", "<\\/");
    }

    private static long write(Path f, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Files.write(f, b);
        return b.length;
    }
}

package org.dossier.index;

import org.dossier.extract.Article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds articles already in the archive under another file: the same text once normalised (whitespace, case,
 * punctuation, link query strings), or nearly the same (MinHash estimate of word 5-shingle Jaccard similarity
 * at least {@value #NEAR}, candidates found by banding so the cost stays linear).
 */
final class Duplicates {
    static final double NEAR = 0.8;
    private static final int HASHES = 96, BANDS = 24, ROWS = HASHES / BANDS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            SEEDS[i] = z ^ (z >>> 31);
        }
    }

    record Found(Article duplicate, Article original, String how) {}

    /** @param articles in source order: the first of each group is the one published */
    static List<Found> find(List<Article> articles) {
        List<Found> found = new ArrayList<>();
        Map<String, Article> exact = new HashMap<>();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        List<long[]> signatures = new ArrayList<>();
        List<Article> kept = new ArrayList<>();
        for (Article a : articles) {
            String norm = normalise(a);
            Article same = exact.putIfAbsent(norm, a);
            if (same != null) {
                found.add(new Found(a, same, "same text"));
                continue;
            }
            long[] sig = signature(norm);
            Optional<Article> near = nearest(sig, buckets, signatures, kept);
            if (near.isPresent()) {
                found.add(new Found(a, near.get(), "nearly the same text"));
                continue;
            }
            int idx = kept.size();
            kept.add(a);
            signatures.add(sig);
            for (int b = 0; b < BANDS; b++) buckets.computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>()).add(idx);
        }
        return found;
    }

    private static Optional<Article> nearest(long[] sig, Map<Long, List<Integer>> buckets, List<long[]> signatures, List<Article> kept) {
        Set<Integer> seen = new HashSet<>();
        int best = -1;
        double bestSim = NEAR;
        for (int b = 0; b < BANDS; b++) {
            for (int idx : buckets.getOrDefault(bandKey(sig, b), List.of())) {
                if (!seen.add(idx)) continue;
                double sim = similarity(sig, signatures.get(idx));
                if (sim > bestSim || (sim == bestSim && (best < 0 || idx < best))) {
                    best = idx;
                    bestSim = sim;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(kept.get(best));
    }

    static String normalise(Article a) {
        StringBuilder sb = new StringBuilder();
        a.blocks().forEach(b -> sb.append(b.text()).append(' '));
        return sb.toString().toLowerCase(Locale.ROOT)
                .replaceAll("(https?://[^\\s?#]+)[?#]\\S*", "$1")
                .replaceAll("[^\\p{L}\\p{N}:/.]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static long[] signature(String norm) {
        String[] words = norm.split(" ");
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int n = Math.max(1, words.length - 4);
        for (int i = 0; i < n; i++) {
            StringBuilder sh = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 5); j++) sh.append(words[j]).append(' ');
            long h = fnv(sh.toString());
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sig[k]) sig[k] = v;
            }
        }
        return sig;
    }

    private static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    private static long bandKey(long[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) h = mix(h * 31 + sig[band * ROWS + r]);
        return h;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}

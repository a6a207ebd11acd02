package org.dossier.index;

import org.dossier.extract.Article;
import org.dossier.extract.TextFingerprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds articles already in the archive under another file: the same normalised text, or nearly the same (MinHash
 * estimate of shingle Jaccard similarity at least {@value #NEAR}). Candidates come from banding the signatures, so
 * the cost stays linear in the number of articles.
 */
final class Duplicates {
    static final double NEAR = 0.8;
    private static final int BANDS = 8, ROWS = TextFingerprint.HASHES / BANDS;

    record Found(Article duplicate, Article original, String how) {}

    private record Exact(long hi, long lo) {}

    /** @param articles in source order: the first of each group is the one published */
    static List<Found> find(List<Article> articles) {
        List<Found> found = new ArrayList<>();
        Map<Exact, Article> exact = new HashMap<>();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        List<Article> kept = new ArrayList<>();
        for (Article a : articles) {
            TextFingerprint f = a.fingerprint();
            Article same = exact.putIfAbsent(new Exact(f.exactHi(), f.exactLo()), a);
            if (same != null) {
                found.add(new Found(a, same, "same text"));
                continue;
            }
            long[] bands = new long[BANDS];
            for (int b = 0; b < BANDS; b++) bands[b] = bandKey(f, b);
            Optional<Article> near = nearest(f, bands, buckets, kept);
            if (near.isPresent()) {
                found.add(new Found(a, near.get(), "nearly the same text"));
                continue;
            }
            int idx = kept.size();
            kept.add(a);
            for (long band : bands) buckets.computeIfAbsent(band, k -> new ArrayList<>(1)).add(idx);
        }
        return found;
    }

    /** The most similar earlier article at or above the threshold; the earliest one on a tie. */
    private static Optional<Article> nearest(TextFingerprint f, long[] bands, Map<Long, List<Integer>> buckets, List<Article> kept) {
        // Most articles share no band with any other: no set is made for them.
        Set<Integer> seen = null;
        int best = -1;
        double bestSim = 0;
        for (long band : bands) {
            List<Integer> bucket = buckets.get(band);
            if (bucket == null) continue;
            if (seen == null) seen = new HashSet<>();
            for (int idx : bucket) {
                if (!seen.add(idx)) continue;
                double sim = f.similarity(kept.get(idx).fingerprint());
                if (sim >= NEAR && (sim > bestSim || (sim == bestSim && idx < best))) {
                    best = idx;
                    bestSim = sim;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(kept.get(best));
    }

    private static long bandKey(TextFingerprint f, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) h = (h ^ f.minhash()[band * ROWS + r]) * 0x100000001B3L;
        return h;
    }
}

package org.dossier.index;

import org.dossier.extract.Article;
import org.dossier.extract.TextFingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds articles already in the archive under another file: the same normalised text, or nearly the same (MinHash
 * estimate of shingle Jaccard similarity at least {@value #NEAR}). Candidates come from banding the signatures, so
 * the cost stays linear in the number of articles.
 */
final class Duplicates {
    static final double NEAR = 0.8;
    private static final int BANDS = 8, ROWS = TextFingerprint.HASHES / BANDS;

    record Found(Article duplicate, Article original, String how) {}

    /** @param articles in source order: the first of each group is the one published */
    static List<Found> find(List<Article> articles) {
        List<Found> found = new ArrayList<>();
        Texts exact = new Texts(articles.size());
        Bands buckets = new Bands(articles.size() * BANDS);
        List<Article> kept = new ArrayList<>();
        long[] bands = new long[BANDS];
        for (int n = 0; n < articles.size(); n++) {
            Article a = articles.get(n);
            TextFingerprint f = a.fingerprint();
            int same = exact.putIfAbsent(f.exactHi(), f.exactLo(), n);
            if (same >= 0) {
                found.add(new Found(a, articles.get(same), "same text"));
                continue;
            }
            for (int b = 0; b < BANDS; b++) bands[b] = bandKey(f, b);
            Optional<Article> near = nearest(f, buckets.candidates(bands), kept);
            if (near.isPresent()) {
                found.add(new Found(a, near.get(), "nearly the same text"));
                continue;
            }
            buckets.add(bands, kept.size());
            kept.add(a);
        }
        return found;
    }

    /** The most similar earlier article at or above the threshold; the earliest one on a tie. */
    private static Optional<Article> nearest(TextFingerprint f, int[] candidates, List<Article> kept) {
        int best = -1;
        double bestSim = 0;
        for (int idx : candidates) {
            double sim = f.similarity(kept.get(idx).fingerprint());
            if (sim >= NEAR && sim > bestSim) {
                best = idx;
                bestSim = sim;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(kept.get(best));
    }

    /**
     * The first article of each exact text, by the two halves of its digest: an open-addressed table in arrays, where a
     * map of boxed pairs made a record and a node per article on every build.
     */
    private static final class Texts {
        private final long[] his, los;
        /** Per slot, the article's number plus one (0: the slot is free). */
        private final int[] first;

        Texts(int most) {
            int slots = Integer.highestOneBit(Math.max(2, 2 * most) - 1) << 1;
            his = new long[slots];
            los = new long[slots];
            first = new int[slots];
        }

        /** The number of the first article with this text; -1 when it is the first, then noted as {@code article}. */
        int putIfAbsent(long hi, long lo, int article) {
            int mask = first.length - 1;
            int i = (int) ((hi ^ lo) * 0x9E3779B97F4A7C15L >>> 32) & mask;
            for (; first[i] != 0; i = (i + 1) & mask) {
                if (his[i] == hi && los[i] == lo) return first[i] - 1;
            }
            his[i] = hi;
            los[i] = lo;
            first[i] = article + 1;
            return -1;
        }
    }

    /**
     * The kept articles under each band key: an open-addressed table of keys, each heading a chain of its articles, in
     * arrays. A map of boxed keys to lists made four objects per band of every article (800,000 at 100,000 articles)
     * on every build.
     */
    private static final class Bands {
        private final long[] keys;
        /** Per slot, its chain's first link plus one (0: the slot is free). */
        private final int[] heads;
        /** Per link, the kept article's number, and the next link of its chain plus one (0: the last). */
        private final int[] article, next;
        private int links;

        Bands(int most) {
            int slots = Integer.highestOneBit(Math.max(2, 2 * most) - 1) << 1;
            keys = new long[slots];
            heads = new int[slots];
            article = new int[most];
            next = new int[most];
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
            while (heads[i] != 0 && keys[i] != key) i = (i + 1) & mask;
            return i;
        }

        void add(long[] bands, int kept) {
            for (long band : bands) {
                int i = slot(band);
                keys[i] = band;
                article[links] = kept;
                next[links] = heads[i];
                heads[i] = ++links;
            }
        }

        /** The kept articles that share a band with these, each once, in the order they were kept. */
        int[] candidates(long[] bands) {
            int[] found = null;
            int n = 0;
            for (long band : bands) {
                for (int l = heads[slot(band)]; l != 0; l = next[l - 1]) {
                    if (found == null) found = new int[8];
                    else if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                    found[n++] = article[l - 1];
                }
            }
            if (found == null) return NONE;
            int[] sorted = Arrays.copyOf(found, n);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < n; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[unique++] = sorted[i];
            return Arrays.copyOf(sorted, unique);
        }

        private static final int[] NONE = new int[0];
    }

    private static long bandKey(TextFingerprint f, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) h = (h ^ f.minhash()[band * ROWS + r]) * 0x100000001B3L;
        return h;
    }
}

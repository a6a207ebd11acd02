package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.util.Arrays;
import java.util.List;

/**
 * What duplicate detection compares, computed once per article while its text is at hand: a 128-bit hash of the
 * normalised text (exact duplicates: same words, whatever the whitespace, case, punctuation or link query strings)
 * and a MinHash signature of its word 5-shingles (near duplicates).
 */
public record TextFingerprint(long exactHi, long exactLo, long[] minhash) {
    public static final int HASHES = 32;
    private static final int BIN_BITS = 5;
    /** Values of bins filled from a neighbour lie above every hash, which keeps {@code 64 - BIN_BITS} bits. */
    private static final long EMPTY = 1L << (64 - BIN_BITS);

    /** The fingerprint of an article's blocks. */
    static TextFingerprint of(List<String> blocks) {
        return of(Words.of(blocks));
    }

    /** The fingerprint of the words read from an article's blocks (see {@link Words}). */
    static TextFingerprint of(Words words) {
        long hi = 0x84222325CBF29CE4L, lo = 0xCBF29CE484222325L;
        for (int i = 0; i < words.size; i++) {
            long w = words.at[i];
            hi = mix(hi ^ w);
            lo = (lo ^ w) * 0x100000001B3L;
        }
        // One-permutation MinHash: each shingle's one hash goes to one of the 32 bins by its top bits, and a bin keeps its
        // least; a bin no shingle fell into takes the next filled bin's value, so short texts still compare fairly.
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        int n = Math.max(1, words.size - 4);
        for (int i = 0; i < n; i++) {
            long sh = 0;
            for (int j = i; j < Math.min(words.size, i + 5); j++) sh = sh * 0x9E3779B97F4A7C15L + words.at[j];
            long v = mix(sh);
            int bin = (int) (v >>> (64 - BIN_BITS));
            long rest = v & (Long.MAX_VALUE >>> (BIN_BITS - 1));
            if (rest < sig[bin]) sig[bin] = rest;
        }
        for (int k = 0; k < HASHES; k++) {
            for (int d = 1; sig[k] == Long.MAX_VALUE && d < HASHES; d++) {
                long borrowed = sig[(k + d) % HASHES];
                if (borrowed < EMPTY) sig[k] = EMPTY + (mix(borrowed ^ d) >>> BIN_BITS);
            }
        }
        return new TextFingerprint(hi, lo, sig);
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double similarity(TextFingerprint o) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (minhash[i] == o.minhash[i]) same++;
        return same / (double) HASHES;
    }

    /**
     * The hashes of a text's words, in order, unboxed. A word is letters and digits only, lower-cased; a link counts
     * whole, without its query string or fragment, so a re-scrape with tracking parameters still matches.
     */
    static final class Words {
        long[] at = new long[512];
        int size;

        /** The words of the texts, in order (no word runs from one text into the next). */
        static Words of(List<String> texts) {
            // Under C1 (see BoundedHeap) charAt is a call: arrays it is.
            Words out = new Words();
            char[] chars = new char[256];
            for (String text : texts) {
                int n = text.length();
                if (n > chars.length) chars = new char[Math.max(n, 2 * chars.length)];
                text.getChars(0, n, chars, 0);
                long hash = 0;
                boolean open = false;
                for (int i = 0; i <= n; i++) {
                    char c = i < n ? chars[i] : ' ';
                    if (Chars.isLetterOrDigit(c)) {
                        if (open) {
                            hash = fold(hash, c);
                        } else if (c == 'h' && isLink(text, i)) {
                            // the link is taken whole, up to the white space after it, which ends no word
                            i = link(text, chars, i, n, out) - 1;
                        } else {
                            hash = fold(WORD_START, c);
                            open = true;
                        }
                    } else if (open) {
                        out.add(mix(hash));
                        open = false;
                    }
                }
            }
            return out;
        }

        void add(long h) {
            if (size == at.length) at = Arrays.copyOf(at, size * 2);
            at[size++] = h;
        }
    }

    /** A word's hash before its first character. */
    static final long WORD_START = 0xCBF29CE484222325L;

    /** The word's hash with one more character. */
    private static long fold(long hash, char c) {
        return (hash ^ Chars.toLowerCase(c)) * 0x100000001B3L;
    }

    /** Whether an http or https link starts at {@code i}. */
    private static boolean isLink(String text, int i) {
        return text.startsWith("http", i) && (text.startsWith("://", i + 4) || text.startsWith("s://", i + 4));
    }

    /** Adds the hash of the link at {@code i} (up to the next white space) and returns where it ends. */
    private static int link(String text, char[] chars, int i, int length, Words out) {
        int end = i;
        while (end < length && !Chars.isWhitespace(chars[end])) end++;
        String url = text.substring(i, end);
        int cut = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop);
            if (at >= 0 && at < cut) cut = at;
        }
        out.add(hash(url.substring(0, cut).toLowerCase(java.util.Locale.ROOT)));
        return end;
    }

    private static long hash(String s) {
        long h = WORD_START;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L;
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}

package org.dossier.publish;

import java.util.Arrays;

/**
 * A term piece ({@code search/t/P.js}) or its positions ({@code search/p/P.js}) as the previous build wrote it: a
 * head, the entries {@code "term","string"} joined by commas, in the order of the terms, and a tail. Only where each
 * entry lies is found, so that an update copies the entries of the terms it leaves alone as bytes, undecoded, and
 * reads only the strings of the terms it changes. No string of a piece holds a quote or an escape (terms are letters
 * and digits, postings {@link SearchCodec} digits), so every quote after the opening bracket bounds one.
 *
 * <pre>{@code PieceBytes old = PieceBytes.of(Files.readAllBytes(piece)); int i = old.find(term, 0);}</pre>
 */
final class PieceBytes {
    static final PieceBytes NONE = new PieceBytes(new byte[0], new int[0]);

    final byte[] bytes;
    /** Per entry, the places of its four quotes: term opens, term closes, string opens, string closes. */
    private final int[] quotes;

    private PieceBytes(byte[] bytes, int[] quotes) {
        this.bytes = bytes;
        this.quotes = quotes;
    }

    static PieceBytes of(byte[] file) {
        int open = 0;
        while (open < file.length && file[open] != '[') open++;
        // One pass: a piece of the commonest terms is half a megabyte, read on every change.
        int[] quotes = new int[256];
        int n = 0;
        for (int i = open; i < file.length; i++) {
            if (file[i] != '"') continue;
            if (n == quotes.length) quotes = Arrays.copyOf(quotes, 2 * n);
            quotes[n++] = i;
        }
        return new PieceBytes(file, Arrays.copyOf(quotes, n - n % 4));
    }

    int size() {
        return quotes.length / 4;
    }

    /** Where entry i starts (its first quote) and ends (after its last): entries i to j lie between start(i) and end(j). */
    int start(int i) {
        return quotes[4 * i];
    }

    int end(int i) {
        return quotes[4 * i + 3] + 1;
    }

    int stringFrom(int i) {
        return quotes[4 * i + 2] + 1;
    }

    int stringTo(int i) {
        return quotes[4 * i + 3];
    }

    /**
     * The first entry from {@code from} on whose term is not before {@code term} (UTF-8) in the order of Java's
     * strings; {@link #size} when there is none.
     */
    int seek(byte[] term, int from) {
        int i = from;
        while (i < size() && compare(i, term) < 0) i++;
        return i;
    }

    /** Whether entry i holds {@code term}. */
    boolean holds(int i, byte[] term) {
        return i < size() && compare(i, term) == 0;
    }

    /**
     * Entry i's term against {@code term}, both UTF-8, in the order of Java's strings (UTF-16 code units). That is the
     * bytes' order but where a character from U+E000 to U+FFFF (lead byte EE or EF) meets one beyond U+FFFF (F0 to
     * F4): its surrogates, D800 to DFFF, come first in UTF-16. Elsewhere the first differing bytes are both lead bytes
     * of the same length or both continuation bytes of characters with the same lead, and agree with UTF-16.
     */
    private int compare(int i, byte[] term) {
        int from = quotes[4 * i] + 1, length = quotes[4 * i + 1] - from;
        for (int k = 0, n = Math.min(length, term.length); k < n; k++) {
            int a = bytes[from + k] & 0xFF, b = term[k] & 0xFF;
            if (a == b) continue;
            boolean aHigh = a >= 0xEE && a <= 0xEF, bHigh = b >= 0xEE && b <= 0xEF;
            if (aHigh && b >= 0xF0 || bHigh && a >= 0xF0) return b - a;
            return a - b;
        }
        return length - term.length;
    }
}

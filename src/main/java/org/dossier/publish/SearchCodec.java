package org.dossier.publish;

/**
 * The number code of the search pieces: a number as little-endian groups of 5 bits, each a character of the URL-safe
 * base-64 alphabet, the last group below 32 and every other one from 32 up; a small number (a gap between
 * neighbouring doc numbers, a position gap) is one character and needs no separator. Fixed-size fields of 6 bits are
 * one character too. Every character is safe in a JSON string and a script. assets/js/search.js reads the same code.
 */
final class SearchCodec {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int[] VALUE = new int[128];

    static {
        for (int i = 0; i < DIGITS.length(); i++) VALUE[DIGITS.charAt(i)] = i;
    }

    private SearchCodec() {}

    static void number(Bytes out, int n) {
        while (n >= 32) {
            out.add(DIGITS.charAt(32 + (n & 31)));
            n >>>= 5;
        }
        out.add(DIGITS.charAt(n));
    }

    static byte digit(int sixBits) {
        return (byte) DIGITS.charAt(sixBits);
    }

    /** Reads numbers and digits from bytes {@code at} to {@code end} of an array (a string of a search file), in order. */
    static final class Reader {
        private final byte[] b;
        private final int end;
        int at;

        Reader(byte[] b, int from, int to) {
            this.b = b;
            this.at = from;
            this.end = to;
        }

        boolean more() {
            return at < end;
        }

        int number() {
            int n = 0;
            for (int shift = 0; ; shift += 5) {
                int v = VALUE[b[at++]];
                if (v < 32) return n | (v << shift);
                n |= (v - 32) << shift;
            }
        }

        byte digit() {
            return b[at++];
        }

        /** Skips n numbers: a number ends with its first digit below 32. */
        void skip(int n) {
            while (n > 0) if (VALUE[b[at++]] < 32) n--;
        }
    }
}

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

    static void number(StringBuilder sb, int n) {
        while (n >= 32) {
            sb.append(DIGITS.charAt(32 + (n & 31)));
            n >>>= 5;
        }
        sb.append(DIGITS.charAt(n));
    }

    static char digit(int sixBits) {
        return DIGITS.charAt(sixBits);
    }

    /** Reads numbers and digits from a string, in order. */
    static final class Reader {
        private final String s;
        int at;

        Reader(String s) {
            this.s = s;
        }

        boolean more() {
            return at < s.length();
        }

        int number() {
            int n = 0;
            for (int shift = 0; ; shift += 5) {
                int v = VALUE[s.charAt(at++)];
                if (v < 32) return n | (v << shift);
                n |= (v - 32) << shift;
            }
        }

        char digit() {
            return s.charAt(at++);
        }

        /** Skips n numbers. */
        void skip(int n) {
            for (int i = 0; i < n; i++) number();
        }

        String since(int from) {
            return s.substring(from, at);
        }
    }
}

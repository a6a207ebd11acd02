package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.util.Map;

/**
 * Lower-case words with a value, looked up by a slice of a text's characters in any case, without the two strings
 * (the word, then its lower case) a {@code HashMap} look-up needs: the people finder asks about millions of words a
 * build. Only ASCII slices: their lower case is that of each character, which is not so in every script. Immutable.
 */
final class WordTable {
    private final String[] keys;
    private final int[] values;
    private final int mask;

    /** @param words words in lower case, each with a value other than 0 */
    WordTable(Map<String, Integer> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new String[size];
        values = new int[size];
        mask = size - 1;
        words.forEach((word, value) -> {
            int slot = word.hashCode() & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = word;
            values[slot] = value;
        });
    }

    /** Whether the characters from start to end are all ASCII, as {@link #get} needs. */
    static boolean ascii(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) if (chars[i] >= 128) return false;
        return true;
    }

    /** The value of the ASCII word from start to end, in lower case; 0 if the table does not hold it. */
    int get(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + Chars.toLowerCase(chars[i]);
        for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].hashCode() == h && same(keys[slot], chars, start, end)) return values[slot];
        }
        return 0;
    }

    private static boolean same(String key, char[] chars, int start, int end) {
        if (key.length() != end - start) return false;
        for (int i = start; i < end; i++) if (key.charAt(i - start) != Chars.toLowerCase(chars[i])) return false;
        return true;
    }
}

package org.dossier.publish;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * An article as search reads it: its words folded exactly as assets/js/search.js folds a query (NFKD, marks removed,
 * lower case, split at anything that is not a letter or a number), numbered by position over title, people and text,
 * with a gap between fields and between names so that no phrase runs from one into the next. Every word takes a
 * position, stop words and one-letter words too, so a phrase with them in it still knows how far apart its terms are;
 * only words of 2 to 40 characters that are not stop words are terms.
 */
final class SearchText {
    /** Positions left empty between fields and names: more than a phrase's span, so none crosses them. */
    static final int GAP = 64;
    static final int IN_TITLE = 1;
    static final int IN_PEOPLE = 2;
    private static final int LONGEST = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int STOP_LONGEST = 5;
    private static final int STOP_SLOTS = 128;
    /**
     * Common English function words, as folded: never terms. The browser leaves out the same (assets/js/search.js).
     * Each is packed into a number (see {@link #packed}) in a small open-addressed table, so that a word is looked up
     * without being made a string.
     */
    private static final long[] STOP = stops("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");
    private static final byte[] LOWER = lower();

    private SearchText() {}

    /** What one article gives each of its terms. */
    static final class Term {
        int fields;
        int bodyCount;
        int[] positions = new int[4];
        int size;

        private void at(int position) {
            if (size == positions.length) positions = Arrays.copyOf(positions, 2 * size);
            positions[size++] = position;
        }
    }

    /** The terms of one article, in first-seen order, and its length: how many terms it has in all. */
    static final class Doc {
        private final String[] names;
        private final Term[] terms;
        private final int length;

        private Doc(String[] names, Term[] terms, int length) {
            this.names = names;
            this.terms = terms;
            this.length = length;
        }

        int length() {
            return length;
        }

        int size() {
            return names.length;
        }

        String name(int i) {
            return names[i];
        }

        Term term(int i) {
            return terms[i];
        }

        void forEach(BiConsumer<String, Term> action) {
            for (int i = 0; i < names.length; i++) action.accept(names[i], terms[i]);
        }
    }

    static Doc of(String title, List<String> people, String body) {
        Builder b = new Builder();
        int next = b.words(title, 0, IN_TITLE) + GAP;
        for (String name : people) next = b.words(name, next, IN_PEOPLE) + GAP;
        b.words(body, next, 0);
        return b.doc();
    }

    /**
     * Takes an article's words apart as chars, not code points, while they are ASCII (most words of most articles),
     * lower-casing into one buffer and finding the term there, so a word makes a string only the first time it is
     * seen; a word with anything else in it is folded as a string.
     */
    private static final class Builder {
        private final char[] word = new char[LONGEST];
        /** Open addressing over the first-seen lists: index + 1, 0 when free. */
        private int[] table = new int[1 << 9];
        private String[] names = new String[1 << 8];
        private int[] hashes = new int[1 << 8];
        private Term[] terms = new Term[1 << 8];
        private int count;
        private int length;
        /** The position the next word takes. */
        private int at;

        /** Adds the words of text from position {@code from} on; returns the position after the last. */
        int words(String string, int from, int field) {
            at = from;
            // An array, as the JIT compiler that small builds keep (C1) leaves String.charAt a call.
            char[] text = string.toCharArray();
            int n = text.length;
            int i = 0;
            while (i < n) {
                char c = text[i];
                if (c < 128) {
                    if (LOWER[c] == 0) {
                        i++;
                        continue;
                    }
                    int start = i;
                    while (++i < n && (c = text[i]) < 128 && LOWER[c] != 0) {}
                    // A word that goes on past ASCII (a letter with a mark, say) is read again as code points.
                    if (i == n || c < 128) ascii(text, start, i, field);
                    else i = word(text, start, field);
                } else {
                    int cp = Character.codePointAt(text, i);
                    if (isWordChar(cp)) i = word(text, i, field);
                    else i += Character.charCount(cp);
                }
            }
            return at;
        }

        /** Adds the word at {@code start}, up to the first code point that is neither a letter, a number nor a mark; returns its end. */
        private int word(char[] text, int start, int field) {
            int n = text.length;
            int i = start;
            boolean ascii = true;
            while (i < n) {
                int c = Character.codePointAt(text, i);
                if (!isWordChar(c) && !isMark(c)) break;
                if (c >= 128) ascii = false;
                i += Character.charCount(c);
            }
            if (ascii) {
                ascii(text, start, i, field);
                return i;
            }
            // Folding may take a word apart ("½" is "1⁄2"): split again, as the browser splits the folded query.
            String folded = MARKS.matcher(Normalizer.normalize(new String(text, start, i - start), Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
            int from = -1;
            for (int k = 0; k <= folded.length(); ) {
                int f = k < folded.length() ? folded.codePointAt(k) : ' ';
                if (isWordChar(f)) {
                    if (from < 0) from = k;
                } else if (from >= 0) {
                    if (k - from <= LONGEST) folded.getChars(from, k, word, 0);
                    add(k - from, field);
                    from = -1;
                }
                k += k < folded.length() ? Character.charCount(f) : 1;
            }
            return i;
        }

        /** Adds the ASCII letters and digits text holds from start to end, lower-cased. */
        private void ascii(char[] text, int start, int end, int field) {
            int len = end - start;
            if (len > LONGEST) {
                at++;
                return;
            }
            for (int k = 0; k < len; k++) word[k] = (char) LOWER[text[start + k]];
            add(len, field);
        }

        /** Adds the word in the buffer's first {@code len} chars (all of it, when it is longer than a term). */
        private void add(int len, int field) {
            if (len >= 2 && len <= LONGEST && (len > STOP_LONGEST || !isStop(packed(word, len)))) {
                Term t = term(len);
                t.fields |= field;
                if (field == 0) t.bodyCount++;
                t.at(at);
                length++;
            }
            at++;
        }

        private Term term(int len) {
            int h = 0;
            for (int k = 0; k < len; k++) h = 31 * h + word[k];
            int mask = table.length - 1;
            for (int s = (h ^ h >>> 16) & mask; ; s = (s + 1) & mask) {
                int e = table[s] - 1;
                if (e < 0) {
                    if (count == names.length) {
                        names = Arrays.copyOf(names, 2 * count);
                        hashes = Arrays.copyOf(hashes, 2 * count);
                        terms = Arrays.copyOf(terms, 2 * count);
                    }
                    names[count] = new String(word, 0, len);
                    hashes[count] = h;
                    terms[count] = new Term();
                    table[s] = ++count;
                    if (2 * count > table.length) grow();
                    return terms[count - 1];
                }
                if (hashes[e] == h && same(names[e], len)) return terms[e];
            }
        }

        private boolean same(String name, int len) {
            if (name.length() != len) return false;
            for (int k = 0; k < len; k++) if (name.charAt(k) != word[k]) return false;
            return true;
        }

        private void grow() {
            table = new int[2 * table.length];
            int mask = table.length - 1;
            for (int e = 0; e < count; e++) {
                int s = (hashes[e] ^ hashes[e] >>> 16) & mask;
                while (table[s] != 0) s = (s + 1) & mask;
                table[s] = e + 1;
            }
        }

        Doc doc() {
            return new Doc(Arrays.copyOf(names, count), Arrays.copyOf(terms, count), length);
        }
    }

    /** A word of at most {@link #STOP_LONGEST} ASCII chars as one number, 7 bits a char; -1 for any other word. */
    private static long packed(char[] word, int len) {
        long n = 0;
        for (int k = 0; k < len; k++) {
            if (word[k] >= 128) return -1;
            n = n << 7 | word[k];
        }
        return n;
    }

    /** A stop word's number in its slot of {@link #STOP}, the first free one from its hash. */
    private static long[] stops(String... words) {
        long[] table = new long[STOP_SLOTS];
        for (String w : words) {
            long n = packed(w.toCharArray(), w.length());
            int s = stopSlot(n);
            while (table[s] != 0) s = (s + 1) & (STOP_SLOTS - 1);
            table[s] = n;
        }
        return table;
    }

    private static int stopSlot(long packed) {
        return (int) (packed * 0x9E3779B97F4A7C15L >>> 56) & (STOP_SLOTS - 1);
    }

    private static boolean isStop(long packed) {
        for (int s = stopSlot(packed); STOP[s] != 0; s = (s + 1) & (STOP_SLOTS - 1)) if (STOP[s] == packed) return true;
        return false;
    }

    /** ASCII letters and digits, lower-cased; 0 for every other ASCII char. */
    private static byte[] lower() {
        byte[] lower = new byte[128];
        for (char c = '0'; c <= '9'; c++) lower[c] = (byte) c;
        for (char c = 'a'; c <= 'z'; c++) lower[c] = lower[c - 'a' + 'A'] = (byte) c;
        return lower;
    }

    /** JavaScript's {@code [\p{L}\p{N}]}. */
    private static boolean isWordChar(int c) {
        if (c < 128) return LOWER[c] != 0;
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A mark inside a word folds away and keeps the word whole, as folding the whole query first does. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}

package org.dossier.publish;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Common English function words, as folded: never terms. The browser leaves out the same (assets/js/search.js). */
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");

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

    /**
     * The terms of one article, in first-seen order, and its length: how many terms it has in all.
     */
    record Doc(Map<String, Term> terms, int length) {}

    static Doc of(String title, List<String> people, String body) {
        Map<String, Term> terms = new LinkedHashMap<>();
        int[] length = {0};
        int next = words(title, 0, IN_TITLE, terms, length) + GAP;
        for (String name : people) next = words(name, next, IN_PEOPLE, terms, length) + GAP;
        words(body, next, 0, terms, length);
        return new Doc(terms, length[0]);
    }

    /** Adds the words of text from position {@code at} on; returns the position after the last. */
    private static int words(String text, int at, int field, Map<String, Term> terms, int[] length) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                c = text.codePointAt(i);
                if (!isWordChar(c) && !isMark(c)) break;
                if (c >= 128) ascii = false;
                i += Character.charCount(c);
            }
            String word = text.substring(start, i);
            if (ascii) {
                at = add(word.toLowerCase(Locale.ROOT), at, field, terms, length);
                continue;
            }
            // Folding may take a word apart ("½" is "1⁄2"): split again, as the browser splits the folded query.
            String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
            int from = -1;
            for (int k = 0; k <= folded.length(); ) {
                int f = k < folded.length() ? folded.codePointAt(k) : ' ';
                if (isWordChar(f)) {
                    if (from < 0) from = k;
                } else if (from >= 0) {
                    at = add(folded.substring(from, k), at, field, terms, length);
                    from = -1;
                }
                k += k < folded.length() ? Character.charCount(f) : 1;
            }
        }
        return at;
    }

    private static int add(String word, int at, int field, Map<String, Term> terms, int[] length) {
        if (word.length() >= 2 && word.length() <= 40 && !STOP.contains(word)) {
            Term t = terms.computeIfAbsent(word, w -> new Term());
            t.fields |= field;
            if (field == 0) t.bodyCount++;
            t.at(at);
            length[0]++;
        }
        return at + 1;
    }

    /** JavaScript's {@code [\p{L}\p{N}]}. */
    private static boolean isWordChar(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

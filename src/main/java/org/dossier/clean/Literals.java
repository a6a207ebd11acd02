package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;

import org.dossier.ingest.Chars;

/**
 * Plain words sought anywhere in a line, ignoring case as a {@link java.util.regex.Pattern} with
 * {@code CASE_INSENSITIVE | UNICODE_CASE} ignores it in an alternation of them ("newsletter|inbox|e-mail"): the same
 * answer for every line, for a look per character at only the words that start with its folded form. The pattern tries
 * each of its words at each character, and a cue asked of every line the cleaning reads cost more than the checks it
 * spares.
 *
 * <pre>{@code
 * Literals channel = Literals.of("newsletter", "whatsapp");
 * channel.in("Join our WhatsApp channel");  // true
 * }</pre>
 */
final class Literals {
    /** The words by the folded form of their first character when it is ASCII; the others together. */
    private final int[][][] byAscii = new int[128][][];
    private final int[][] others;

    private Literals(List<String> words) {
        List<List<int[]>> ascii = new ArrayList<>();
        for (int c = 0; c < 128; c++) ascii.add(new ArrayList<>());
        List<int[]> rest = new ArrayList<>();
        for (String w : words) {
            int[] folded = w.chars().map(Literals::fold).toArray();
            (folded[0] < 128 ? ascii.get(folded[0]) : rest).add(folded);
        }
        for (int c = 0; c < 128; c++) if (!ascii.get(c).isEmpty()) byAscii[c] = ascii.get(c).toArray(int[][]::new);
        others = rest.toArray(int[][]::new);
    }

    /** The words, each of characters of the Basic Multilingual Plane, as the pattern would list them. */
    static Literals of(String... words) {
        return new Literals(List.of(words));
    }

    /** Whether one of the words occurs in the line, in any case. */
    boolean in(String line) {
        // a copy to index: under C1 (see BoundedHeap) charAt costs more per character than the copy
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int f = fold(chars[i]);
            int[][] words = f < 128 ? byAscii[f] : others;
            if (words != null && startsOne(chars, i, words)) return true;
        }
        return false;
    }

    private static boolean startsOne(char[] chars, int i, int[][] words) {
        for (int[] w : words) if (startsAt(chars, i, w)) return true;
        return false;
    }

    /** The pattern's own test of a character against a word's (already folded): equal as it is, or once folded. */
    private static boolean startsAt(char[] chars, int i, int[] word) {
        if (i + word.length > chars.length) return false;
        for (int j = 0; j < word.length; j++) {
            char c = chars[i + j];
            if (c != word[j] && fold(c) != word[j]) return false;
        }
        return true;
    }

    /** Upper case, then lower: the pattern's fold, by which "ſ" and "S" both match "s". */
    private static int fold(int c) {
        return c < 128 ? Chars.toLowerCase((char) c) : Character.toLowerCase(Character.toUpperCase(c));
    }
}

package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words search matches: lower case, accents folded, letters and digits only, at least two characters, common
 * English function words left out. The browser folds queries the same way (assets/js/search.js).
 */
public final class Terms {
    private static final Set<String> STOP = WordSets.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");
    /** Most words are longer than any stop word, and need no look-up. */
    private static final int STOP_LONGEST = STOP.stream().mapToInt(String::length).max().orElse(0);

    private Terms() {}

    /** Distinct terms in first-seen order. */
    public static Set<String> of(CharSequence text) {
        Set<String> out = new LinkedHashSet<>(1024);
        // ASCII is lower-cased as it is read; only a word with other letters goes through Unicode folding.
        StringBuilder word = new StringBuilder(24);
        boolean ascii = true;
        // Read from an array: under C1 (see BoundedHeap) each charAt is a call with its own bounds check.
        char[] chars = text.toString().toCharArray();
        for (int i = 0, len = chars.length; i <= len; i++) {
            char c = i < len ? chars[i] : ' ';
            if (c < 128) {
                if (Chars.isLetterOrDigit(c)) {
                    word.append(Chars.toLowerCase(c));
                    continue;
                }
            } else if (Character.isLetterOrDigit(c) || (Character.getType(c) == Character.NON_SPACING_MARK && word.length() > 0)) {
                word.append(c);
                ascii = false;
                continue;
            }
            if (word.length() > 0) {
                if (ascii) {
                    if (word.length() >= 2 && word.length() <= 40) add(word.toString(), out);
                } else {
                    add(Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT), out);
                }
                word.setLength(0);
                ascii = true;
            }
        }
        return out;
    }

    private static void add(String w, Set<String> out) {
        if (w.length() >= 2 && w.length() <= 40 && (w.length() > STOP_LONGEST || !STOP.contains(w))) out.add(w);
    }
}

package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.text.Normalizer;
import java.util.Arrays;
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
        // ASCII is lower-cased as it is read; only a word with other letters goes through Unicode folding. The text is
        // read from an array and each word gathered in one: under C1 (see BoundedHeap) charAt and append are calls.
        char[] chars = text.toString().toCharArray();
        char[] word = new char[64];
        int length = 0;
        boolean ascii = true;
        for (int i = 0, n = chars.length; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            boolean part;
            if (c < 128) {
                part = Chars.isLetterOrDigit(c);
                if (part) c = Chars.toLowerCase(c);
            } else {
                part = Character.isLetterOrDigit(c) || (Character.getType(c) == Character.NON_SPACING_MARK && length > 0);
                if (part) ascii = false;
            }
            if (part) {
                if (length == word.length) word = Arrays.copyOf(word, 2 * length);
                word[length++] = c;
                continue;
            }
            if (length > 0) {
                if (ascii) {
                    if (length >= 2 && length <= 40) add(new String(word, 0, length), out);
                } else {
                    add(Normalizer.normalize(new String(word, 0, length), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                            .toLowerCase(Locale.ROOT), out);
                }
                length = 0;
                ascii = true;
            }
        }
        return out;
    }

    private static void add(String w, Set<String> out) {
        if (w.length() >= 2 && w.length() <= 40 && (w.length() > STOP_LONGEST || !STOP.contains(w))) out.add(w);
    }
}

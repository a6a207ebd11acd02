package org.dossier.extract;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words search matches: lower case, accents folded, letters and digits only, at least two characters, common
 * English function words left out. The browser folds queries the same way (assets/js/search.js).
 */
public final class Terms {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");

    private Terms() {}

    /** Distinct terms in first-seen order. */
    public static Set<String> of(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder(24);
        boolean ascii = true;
        for (int i = 0, len = text.length(); i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            boolean part = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c) || (Character.getType(c) == Character.NON_SPACING_MARK && word.length() > 0);
            if (part) {
                word.append(c);
                if (c > 127) ascii = false;
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                if (!ascii) w = Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
                w = w.toLowerCase(Locale.ROOT);
                if (w.length() >= 2 && w.length() <= 40 && !STOP.contains(w)) out.add(w);
                word.setLength(0);
                ascii = true;
            }
        }
        return out;
    }
}

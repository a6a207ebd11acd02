package org.dossier.extract;

import java.util.Set;

/**
 * The words search leaves out: common English function words, as folded (lower case, accents folded). The browser
 * leaves out the same (assets/js/search.js).
 */
public final class Terms {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");

    private Terms() {}

    /** Whether search leaves the word out: a common English function word, as folded. */
    public static boolean isStopWord(String word) {
        return STOP.contains(word);
    }
}

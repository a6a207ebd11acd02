package org.dossier.clean;

import java.util.regex.Pattern;

/** Tells a headline from a lede: the header line of a scrape holds either. */
final class Headlines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]['\"’”)]*$");

    private Headlines() {}

    /**
     * A lede is prose: long, or a sentence ending with a full stop, or mostly lower-case words. Headlines are short,
     * rarely end with a full stop (an ellipsis is fine) and are usually in title case.
     */
    static boolean isLede(String text) {
        if (text.isEmpty()) return false;
        String[] words = text.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))).count();
        boolean sentence = SENTENCE_END.matcher(text).find() && !text.endsWith("...");
        return text.length() > 160
                || (sentence && words.length >= 10)
                || (words.length >= 14 && capitalised * 2 < words.length);
    }
}

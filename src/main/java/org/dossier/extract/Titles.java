package org.dossier.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Derives a short title from an article's first sentence when the seed gives no headline. */
final class Titles {
    static final int MAX = 140;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})");
    /** Where a long opening sentence can be cut and still read as a headline. */
    private static final List<String> CLAUSE_BREAKS = List.of(" despite ", ", and ", ", but ", " after ", " — ", " – ",
            "; ", ": ", ", who ", ", which ", " because ", " as ", " while ", ", saying ", ", claiming ", " amid ");

    private Titles() {}

    static String derive(String firstParagraph) {
        String s = SENTENCE_END.split(firstParagraph.strip(), 2)[0];
        s = s.replaceAll("(?<!\\S)#(\\p{L})", "$1")   // "#MeToo activist" reads "MeToo activist" in a title
                .replaceAll("https?://\\S+|pic\\.twitter\\.com/\\S+", "")
                .replaceAll("\\s+", " ").strip();
        if (s.length() > 100) {
            int cut = -1;
            for (String br : CLAUSE_BREAKS) {
                int i = s.indexOf(br, 40);
                if (i > 0 && i <= MAX && (cut < 0 || i < cut)) cut = i;
            }
            if (cut > 0) s = s.substring(0, cut);
        }
        if (s.length() > MAX) {
            int space = s.lastIndexOf(' ', MAX - 1);
            s = s.substring(0, space > 60 ? space : MAX - 1) + "…";
        }
        s = s.replaceAll("[\\s,;:.—–-]+$", "");
        if (!s.isEmpty()) s = s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
        return s;
    }
}

package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.util.List;
import java.util.regex.Pattern;

/** Derives a short title from an article's first sentence when the seed gives no headline. */
final class Titles {
    static final int MAX = 140;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})");
    /** Words that end with a full stop inside a sentence: "Rep. Alexandria Ocasio-Cortez", "J. Smith". */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|\\s)(?:rep|reps|sen|sens|gov|govs|mr|mrs|ms|dr|st|jr|sr|gen|lt|col|sgt|capt|cmdr|adm|prof|rev|hon|pres|"
                    + "u\\.s|u\\.k|u\\.n|no|vs|v|etc|inc|co|corp|ltd|dept|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
                    + "[a-z])\\.$");
    /** Where a long opening sentence can be cut and still read as a headline. */
    private static final List<String> CLAUSE_BREAKS = List.of(" despite ", ", and ", ", but ", " after ", " — ", " – ",
            "; ", ": ", ", who ", ", which ", " because ", " as ", " while ", ", saying ", ", claiming ", " amid ");

    private Titles() {}

    private static String firstSentence(String text) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        java.util.regex.Matcher abbreviation = ABBREVIATION.matcher(text);
        while (m.find()) {
            // Only the word before a break can make it an abbreviation, so only that word is matched, not all the text
            // before it (quadratic on a paragraph of "Mr. A Mr. A ..."). The region starts at the space before the word,
            // which the pattern's \s needs; any other space there fails the match, as it did in the whole text.
            int word = m.start();
            while (word > 0 && !Chars.isWhitespace(text.charAt(word - 1))) word--;
            if (!abbreviation.region(Math.max(0, word - 1), m.start()).find()) return text.substring(0, m.start());
        }
        return text;
    }

    static String derive(String firstParagraph) {
        String s = firstSentence(firstParagraph.strip());
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

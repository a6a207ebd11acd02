package org.dossier.clean;

import org.dossier.ingest.Chars;
import org.dossier.ingest.Seed;
import org.dossier.report.Outcome;
import org.dossier.report.Stage;

/**
 * The clean stage's entry: a decoded seed in, its cleaned blocks out, or a reason it holds no article text.
 * Stateless and thread-safe.
 *
 * <pre>{@code Outcome<CleanedSeed> cleaned = SeedCleaner.clean(seed);}</pre>
 */
public final class SeedCleaner {
    /** Fewer words than this are no article; counting stops once there are as many. */
    private static final int MIN_WORDS = 20;

    private SeedCleaner() {}

    public static Outcome<CleanedSeed> clean(Seed seed) {
        CleanedSeed cleaned = seed.kind() == Seed.Kind.HTML ? HtmlCleaner.clean(seed) : TextCleaner.clean(seed);
        int words = 0;
        for (int i = 0; i < cleaned.blocks().size() && words < MIN_WORDS; i++) words += words(cleaned.blocks().get(i).text());
        if (cleaned.blocks().isEmpty() || words < MIN_WORDS) {
            return Outcome.failed(seed.source(), Stage.CLEAN, "no article text found (" + words + " words left after cleaning"
                    + (cleaned.removals().total() > 0 ? ", " + cleaned.removals().total() + " boilerplate lines removed" : "") + ")");
        }
        return Outcome.ok(cleaned);
    }

    /** Chinese and Japanese text puts no spaces between words: each of its characters counts as one (all lie above U+2E80). */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean space = Chars.isWhitespace(c);
            if (!space && (!inWord || (c >= '\u2e80' && isCjk(c)))) words++;
            inWord = !space;
        }
        return words;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}

package org.dossier.clean;

import org.dossier.ingest.Chars;
import org.dossier.ingest.Seed;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.dossier.report.Stage;

/**
 * The clean stage's entry: a decoded seed in, its cleaned blocks out, or a reason it holds no article text.
 * Stateless and thread-safe.
 *
 * <pre>{@code Outcome<CleanedSeed> cleaned = SeedCleaner.clean(seed, Deadline.after(Config.SEED_BUDGET, seed.source()));}</pre>
 */
public final class SeedCleaner {
    /** Fewer words than this are no article; counting stops once there are as many. */
    private static final int MIN_WORDS = 20;

    private SeedCleaner() {}

    /** @throws Deadline.Exceeded when cleaning outlasts the seed's budget */
    public static Outcome<CleanedSeed> clean(Seed seed, Deadline deadline) {
        CleanedSeed cleaned = seed.kind() == Seed.Kind.HTML ? HtmlCleaner.clean(seed, deadline) : TextCleaner.clean(seed, deadline);
        int words = 0;
        for (int i = 0; i < cleaned.blocks().size() && words < MIN_WORDS; i++) words += words(cleaned.blocks().get(i).text());
        if (cleaned.blocks().isEmpty() || words < MIN_WORDS) {
            return Outcome.failed(seed.source(), Stage.CLEAN, "no article text found (" + words + " words left after cleaning"
                    + (cleaned.removals().total() > 0 ? ", " + cleaned.removals().total() + " boilerplate lines removed" : "") + ")");
        }
        return Outcome.ok(cleaned);
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            boolean space = Chars.isWhitespace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}

package org.dossier.clean;

import org.dossier.ingest.Seed;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.dossier.report.Stage;

import java.util.Optional;

/**
 * The clean stage's entry: a decoded seed in, its cleaned blocks out, or a reason it holds no article text.
 * Stateless and thread-safe.
 *
 * <pre>{@code Outcome<CleanedSeed> cleaned = SeedCleaner.clean(seed, Deadline.after(Config.SEED_BUDGET, seed.source()));}</pre>
 */
public final class SeedCleaner {
    private SeedCleaner() {}

    /** A seed cleaned on its own, as if no other seed shared any of its lines. */
    public static Outcome<CleanedSeed> clean(Seed seed, Deadline deadline) {
        return clean(seed, deadline, new long[0]);
    }

    /**
     * @param recurring those of the seed's lines that recur across the archive ({@link RecurringLines#recurringIn})
     * @throws Deadline.Exceeded when cleaning outlasts the seed's budget
     */
    public static Outcome<CleanedSeed> clean(Seed seed, Deadline deadline, long[] recurring) {
        CleanedSeed cleaned = seed.kind() == Seed.Kind.HTML ? HtmlCleaner.clean(seed, deadline) : TextCleaner.clean(seed, deadline, recurring);
        Optional<String> lacking = Substance.lacking(cleaned);
        return lacking.isPresent() ? Outcome.failed(seed.source(), Stage.CLEAN, lacking.get()) : Outcome.ok(cleaned);
    }
}

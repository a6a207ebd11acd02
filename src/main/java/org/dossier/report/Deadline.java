package org.dossier.report;

import java.time.Duration;
import java.util.Locale;

/**
 * One seed's time budget, checked in the long loops of cleaning and extraction. Java cannot stop a thread safely, so
 * the loops ask: once the budget is spent, {@link #check} throws {@link Exceeded}, which carries the seed's
 * {@link Problem}, and the pipeline rejects that one seed while the rest of the archive builds. A check is one
 * {@code System.nanoTime()} call, cheap enough for a loop over lines or elements.
 *
 * <pre>{@code
 * Deadline deadline = Deadline.after(Config.SEED_BUDGET, seed.source());
 * for (String line : lines) {
 *     deadline.check(Stage.CLEAN);   // "big.txt: took longer than 10 s to clean; split it or report it"
 *     ...
 * }
 * }</pre>
 */
public final class Deadline {
    private final String source;
    private final Duration budget;
    private final long endsAt;

    private Deadline(String source, Duration budget, long endsAt) {
        this.source = source;
        this.budget = budget;
        this.endsAt = endsAt;
    }

    /** A budget that starts now. */
    public static Deadline after(Duration budget, String source) {
        return new Deadline(source, budget, System.nanoTime() + budget.toNanos());
    }

    /** @throws Exceeded once the budget is spent, naming the stage that was at work */
    public void check(Stage stage) {
        // Compared as a difference: nanoTime may be negative and may wrap.
        if (System.nanoTime() - endsAt >= 0) throw new Exceeded(new Problem(source, stage, String.format(Locale.ROOT,
                "took longer than %d s to %s; split it or report it", budget.toSeconds(), stage.name().toLowerCase(Locale.ROOT))));
    }

    /** A seed over its budget: unchecked, so that the loops deep inside a stage need not declare it. */
    public static final class Exceeded extends RuntimeException {
        private final transient Problem problem;

        Exceeded(Problem problem) {
            // No stack trace: the problem says all there is, and the seed is rejected, not debugged.
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}

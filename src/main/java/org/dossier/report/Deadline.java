package org.dossier.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;

/**
 * One seed's time budget, checked in the long loops of cleaning and extraction. Java cannot stop a thread safely, so
 * the loops ask: once the seed has had its budget of processing time, {@link #check} throws {@link Exceeded}, which
 * carries the seed's {@link Problem}, and the pipeline rejects that one seed while the rest of the archive builds.
 *
 * <p>The budget is the processing thread's own CPU time, so that a busy machine, which slows every seed down, does
 * not reject a seed that a quiet one builds. A check reads the clock only ({@code System.nanoTime()}, cheap enough for a
 * loop over lines or elements); the thread's CPU time is read once the budget has passed on the clock, and the next
 * look is put off by what the seed has left. Used by the one thread that processes the seed.
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
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String source;
    private final Duration budget;
    private final long cpuAtStart;
    /** When, on the clock, to look at the thread's CPU time next. */
    private long lookAt;

    private Deadline(String source, Duration budget) {
        this.source = source;
        this.budget = budget;
        this.cpuAtStart = cpuTime();
        this.lookAt = System.nanoTime() + budget.toNanos();
    }

    /** A budget that starts now, on the calling thread. */
    public static Deadline after(Duration budget, String source) {
        return new Deadline(source, budget);
    }

    /** @throws Exceeded once the seed has had its budget, naming the stage that was at work */
    public void check(Stage stage) {
        long now = System.nanoTime();
        // Compared as a difference: nanoTime may be negative and may wrap.
        if (now - lookAt < 0) return;
        long left = budget.toNanos() - (cpuTime() - cpuAtStart);
        if (left <= 0) throw new Exceeded(new Problem(source, stage, String.format(Locale.ROOT,
                "took longer than %d s to %s; split it or report it", budget.toSeconds(), stage.name().toLowerCase(Locale.ROOT))));
        lookAt = now + left;
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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

package org.dossier.fuzz;

import org.dossier.clean.CleanedSeed;
import org.dossier.clean.SeedCleaner;
import org.dossier.extract.Article;
import org.dossier.extract.Curation;
import org.dossier.extract.Extractor;
import org.dossier.index.ArchiveIndex;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.dossier.write.BodyHtml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every per-seed step is linear in the seed: a seed of each {@link Pathological} shape is cleaned, extracted, written
 * as a body and indexed at 1, 2, 4 and 8 times a base size, and 8 times the input must cost well under 64 times the
 * work (what quadratic growth gives). The work is the thread's CPU time, the best of three runs after a warm-up, so
 * that other processes on a busy machine do not count; the base size is doubled until it takes a measurable time.
 * The bound (24) leaves room for the collector and the JIT, and the timeout ends the quadratic cases that once took
 * minutes.
 */
class BoundedWorkTest {
    /** Base repetitions: a seed of 6 to 150 KB. */
    private static final int BASE = 1_000;
    /** Less than this is mostly noise, so a shape's base is grown until its seed takes as long. */
    private static final long MEASURABLE_NANOS = 20_000_000;
    private static final double MAX_GROWTH = 24;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Extractor EXTRACTOR = new Extractor(Curation.empty());

    @ParameterizedTest(name = "{0}")
    @EnumSource(Pathological.class)
    void eightTimesTheSeedCostsAtMostRoughlyEightTimesTheWork(Pathological shape) {
        // On a thread of its own with the default stack, as the pipeline's workers have: deep nesting must not overflow it.
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            int base = BASE;
            while (process(shape, base) < MEASURABLE_NANOS && base < 64 * BASE) base *= 2;
            long[] best = new long[4];
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < best.length; i++) {
                    long t = process(shape, base << i);
                    best[i] = round == 0 ? t : Math.min(best[i], t);
                }
            }
            double growth = (double) best[3] / Math.max(best[0], 1);
            String times = String.format(java.util.Locale.ROOT, "%s: %d, %d, %d, %d ms at 1x, 2x, 4x, 8x (%,d chars at 1x), growth %.1f",
                    shape, best[0] / 1_000_000, best[1] / 1_000_000, best[2] / 1_000_000, best[3] / 1_000_000,
                    shape.seed(base).length(), growth);
            System.out.println("bounded work: " + times);
            assertTrue(growth < MAX_GROWTH, times);
        });
    }

    /** CPU nanoseconds to take one seed through decode, clean, extract, its page body and the index. */
    private static long process(Pathological shape, int n) {
        byte[] bytes = shape.seed(n).getBytes(StandardCharsets.UTF_8);
        long start = THREADS.getCurrentThreadCpuTime();
        Outcome<Seed> seed = SeedReader.decode(shape.file, Path.of(shape.file), bytes);
        Deadline unhurried = Deadline.after(Duration.ofHours(1), shape.file);
        Outcome<CleanedSeed> cleaned = seed.then(s -> SeedCleaner.clean(s, unhurried));
        if (cleaned instanceof Outcome.Ok<CleanedSeed> ok) {
            BodyHtml.of(ok.value().blocks());
            if (EXTRACTOR.extract(ok.value(), unhurried) instanceof Outcome.Ok<Article> article) {
                ArchiveIndex.build(List.of(article.value()), Curation.empty());
            }
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}

package org.dossier.fuzz;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The slowest single input and the largest input of the property now running, for the fuzz summary. */
final class FuzzStats {
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();
    private static final AtomicLong LARGEST = new AtomicLong();

    private FuzzStats() {}

    static void reset() {
        SLOWEST_NANOS.set(0);
        LARGEST.set(0);
    }

    /** Runs one input of {@code size} bytes or characters, timing it. */
    static <T> T timed(long size, Supplier<T> input) {
        LARGEST.accumulateAndGet(size, Math::max);
        long start = System.nanoTime();
        try {
            return input.get();
        } finally {
            SLOWEST_NANOS.accumulateAndGet(System.nanoTime() - start, Math::max);
        }
    }

    static long slowestMs() {
        return SLOWEST_NANOS.get() / 1_000_000;
    }

    static long largestInput() {
        return LARGEST.get();
    }
}

package org.dossier.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Publishing work that writes different files, run on all cores with the calling thread taking part. Every piece runs
 * even when one fails; the first failure is then rethrown, so a build never half-reports.
 */
public final class Parallel {
    private Parallel() {}

    /** One piece of work, for each item. */
    public interface Work<T> {
        void run(T item) throws Exception;
    }

    /** A piece of work of its own. */
    public interface Step {
        void run() throws Exception;
    }

    public static void all(Step... steps) throws Exception {
        forEach(Arrays.asList(steps), Step::run);
    }

    public static <T> void forEach(Collection<T> items, Work<? super T> work) throws Exception {
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        items.parallelStream().forEach(item -> {
            try {
                work.run(item);
            } catch (Exception e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) throw failures.get(0);
    }
}

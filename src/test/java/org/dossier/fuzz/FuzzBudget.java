package org.dossier.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Gives every fuzz property the same budget, {@code -Ddossier.fuzz.tries=N} (2000 when unset; {@code mvn verify}
 * passes the pom's value, {@code bench/fuzz} a larger one), and appends one line per property to
 * {@code target/fuzz-summary.tsv}: property, inputs tried, status, slowest input and the first line of any failure.
 * jqwik's {@code tries} cannot be read from a system property, so it is set here, before the property runs.
 */
public final class FuzzBudget implements AroundPropertyHook {
    static final Path SUMMARY = Path.of("target", "fuzz-summary.tsv");

    static int tries() {
        return Integer.getInteger("dossier.fuzz.tries", 2000);
    }

    /** Added on a test class, it applies to each of its properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
        FuzzStats.reset();
        long start = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        long ms = (System.nanoTime() - start) / 1_000_000;
        String failure = result.throwable().map(t -> String.valueOf(t.getMessage()).lines().findFirst().orElse(""))
                .orElse("").replace('\t', ' ');
        String line = String.format(Locale.ROOT, "%s\t%d\t%s\t%d\t%d\t%d\t%s%n", name, result.countTries(), result.status(),
                ms, FuzzStats.slowestMs(), FuzzStats.largestInput(), failure);
        System.out.print("fuzz: " + line);
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}

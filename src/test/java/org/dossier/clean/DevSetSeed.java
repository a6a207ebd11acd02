package org.dossier.clean;

import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seed of the development set cleaned by the clean stage's entry, as a build cleans it, and what its report says. */
final class DevSetSeed {
    private static final Path SEEDS = Path.of("src/test/resources/devset/seeds");

    private DevSetSeed() {}

    static CleanedSeed clean(String file) {
        try {
            Path path = SEEDS.resolve(file);
            Outcome<Seed> seed = SeedReader.decode(file, path, Files.readAllBytes(path));
            Outcome<CleanedSeed> cleaned = SeedCleaner.clean(((Outcome.Ok<Seed>) seed).value(), Deadline.after(Duration.ofHours(1), file));
            return ((Outcome.Ok<CleanedSeed>) cleaned).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line is gone from the kept text, and the report lists it under {@code kind}. */
    static void assertRemovedAs(String kind, String line, CleanedSeed c) {
        assertTrue(c.removals().byKind().getOrDefault(kind, List.of()).contains(line), "removed as " + kind + ": " + c.removals().byKind());
        assertFalse(kept(c).contains(line), "kept: " + kept(c));
    }

    static void assertKept(String line, CleanedSeed c) {
        assertTrue(kept(c).contains(line), "kept: " + kept(c) + "\nremoved: " + c.removals().byKind());
    }

    static List<String> kept(CleanedSeed c) {
        return c.blocks().stream().map(Block::text).toList();
    }
}

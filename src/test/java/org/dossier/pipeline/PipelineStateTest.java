package org.dossier.pipeline;

import org.dossier.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} keeps the build state in memory between rebuilds: a rebuild does not load it from the disk. */
class PipelineStateTest {
    @TempDir
    Path dir;

    @Test
    void aRebuildStartsFromTheStateTheLastBuildLeftInMemoryNotFromTheDisk() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        Config config = Config.validated(seeds, Path.of("content"), null, null, dir.resolve("site"), false, false, false, null);
        Pipeline.Result first = Pipeline.run(config, (done, total) -> { });
        assertTrue(first.state().isPresent());

        // What is on the disk is unreadable now: only the state in memory can tell the rebuild what is unchanged.
        Files.writeString(config.work().resolve("state.db"), "not a build state");
        Files.writeString(seeds.resolve("600_added.txt"), " date 2020-04-03 Biden Campaign Answers Critics of Milano Remarks\n\n"
                + "Joe Biden's campaign said on Friday that Alyssa Milano spoke for herself, and that the former vice president "
                + "welcomed the support of every voter who wanted to defeat the president in November.\n");
        Pipeline.Result second = Pipeline.run(config, (done, total) -> { }, first.state());
        assertEquals(3, second.seedsReused(), "seeds taken from the state of the last build");
        assertTrue(second.filesReused() > 0, "site files reused");

        Pipeline.Result fromDisk = Pipeline.run(config, (done, total) -> { }, Optional.empty());
        assertEquals(4, fromDisk.seedsReused(), "the rebuild saved its state to the disk too");
    }

    @Test
    void theStateOfAnotherSiteIsNotUsed() throws Exception {
        Config a = Config.validated(Path.of("seeds"), Path.of("content"), null, null, dir.resolve("a"), false, false, false, null);
        Config b = Config.validated(Path.of("seeds"), Path.of("content"), null, null, dir.resolve("b"), false, false, false, null);
        Pipeline.Result first = Pipeline.run(a, (done, total) -> { });
        Pipeline.Result other = Pipeline.run(b, (done, total) -> { }, first.state());
        assertEquals(0, other.seedsReused());
        assertEquals(0, other.filesReused());
    }
}

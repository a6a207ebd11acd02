package org.dossier.fuzz;

import org.dossier.Dossier;
import org.dossier.config.Config;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seed of exactly {@link Config#MAX_SEED_BYTES}, the largest the limit lets in, builds with the real CLI in a JVM
 * whose heap is the one the CLI gives a one-seed build (BoundedHeap: 512 MB), also when it is a single line of
 * hashtags or of links, which cleaning and BodyHtml multiply in memory. bench/fuzz measures time and peak RSS too.
 */
class LargestSeedTest {
    /** The heap BoundedHeap sizes for a build of one seed (its heapMb(1)). */
    static final String ONE_SEED_HEAP = "-Xmx512m";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "one line of \"{0}\"")
    @ValueSource(strings = {"word #tag ", "https://t.co/AbCdEfGhIj"})
    void aSeedAtTheSizeLimitBuildsInTheHeapTheCliGivesIt(String unit) throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Files.write(seeds.resolve("largest.txt"), atTheLimit("date 2020-04-02 One enormous line\n\n", unit));
        Path log = dir.resolve("cli.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), ONE_SEED_HEAP,
                "-cp", System.getProperty("java.class.path"), Dossier.class.getName(),
                "build", "--seeds", seeds.toString(), "--out", dir.resolve("site").toString())
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build ends within two minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> output.length() > 3000 ? output.substring(0, 3000) : output);
        assertTrue(output.contains("1 article"), output);
    }

    /** {@code header} then {@code unit} repeated, exactly {@link Config#MAX_SEED_BYTES} bytes of ASCII. */
    static byte[] atTheLimit(String header, String unit) {
        byte[] b = new byte[(int) Config.MAX_SEED_BYTES];
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] u = unit.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(h, 0, b, 0, h.length);
        for (int i = h.length; i < b.length; i++) b[i] = u[(i - h.length) % u.length];
        return b;
    }
}

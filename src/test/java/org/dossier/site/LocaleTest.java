package org.dossier.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Under no locale at all (cron, systemd, small containers: Java 17 then maps file names as ASCII) a seed named with an
 * accent, or with bytes that are not UTF-8, builds as it does anywhere else: the site is byte for byte the same.
 */
class LocaleTest {
    @TempDir
    static Path dir;
    static Path seeds;
    static String manifest;

    @BeforeAll
    static void buildWithAUtf8Locale() throws IOException, InterruptedException {
        seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Files.writeString(seeds.resolve("café.txt"), SeedTexts.article(1));
        Files.writeString(seeds.resolve("vidé.txt"), "");
        Files.writeString(dir.resolve("latin1.txt"), SeedTexts.article(2));
        Process p = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$(printf 'na\\357ve.txt')\"", dir.resolve("latin1.txt").toString())
                .directory(seeds.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Sites.Run utf8 = Sites.build(seeds, dir.resolve("utf8"));
        assertEquals(0, utf8.exit(), utf8.stderr());
        manifest = Files.readString(dir.resolve("utf8/data/manifest-sha256.txt"));
    }

    /** The launcher gives the JVM it starts a UTF-8 locale, so the names it prints (and any curated file's) read right. */
    @Test
    void buildsTheSameSiteWithNoLocaleThroughTheLauncherAndNamesSeedsInUtf8() throws Exception {
        long memoryMb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
        assumeTrue(memoryMb / 4 > 2 * 600, "on a machine this small the launcher builds in its own JVM");
        Sites.Run run = Jvm.build(List.of(), Optional.of(Map.of("PATH", System.getenv("PATH"))), seeds, dir.resolve("plain"));
        assertSameSite(run);
        assertTrue(run.stderr().contains("vidé.txt (empty file"), run.stderr());
    }

    @Test
    void buildsTheSameSiteWithNoLocaleInTheLaunchersOwnJvm() throws Exception {
        assertSameSite(Jvm.build(List.of(), Optional.of(Map.of("PATH", System.getenv("PATH"), "DOSSIER_NO_FORK", "1")),
                seeds, dir.resolve("in-process")));
    }

    private static void assertSameSite(Sites.Run run) throws IOException {
        assertEquals(0, run.exit(), run.stderr());
        Set<String> sources = new HashSet<>();
        Sites.reportFiles(run.out()).forEach(f -> sources.add(f.get("source").asText()));
        assertTrue(sources.containsAll(Set.of("café.txt", "na%EFve.txt")), sources.toString());
        assertEquals(manifest, Files.readString(run.out().resolve("data/manifest-sha256.txt")));
    }
}

package org.dossier.site;

import org.dossier.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds are reproducible, verifiable, atomic and exclusive. */
class IntegrityTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameInputsIntoDifferentFoldersAreByteIdentical() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS, Sites.BAD);
        assertEquals(0, Sites.build(seeds, dir.resolve("a/site")).exit());
        assertEquals(0, Sites.build(seeds, dir.resolve("b/site")).exit());
        assertSameTree(dir.resolve("a/site"), dir.resolve("b/site"));
    }

    @Test
    void verifyPassesOnABuiltSiteAndNamesEachChangedMissingOrExtraFile() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        assertEquals(0, verify(site).exit);

        Files.writeString(site.resolve("index.html"), "tampered", StandardOpenOption.APPEND);
        Files.delete(site.resolve("people/index.html"));
        Files.writeString(site.resolve("extra.html"), "<p>not ours</p>");
        Result r = verify(site);
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("index.html: changed"), r.err);
        assertTrue(r.err.contains("people/index.html: missing"), r.err);
        assertTrue(r.err.contains("extra.html: extra"), r.err);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteIntact() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        List<String> before = listing(site);
        String home = Files.readString(site.resolve("index.html"));

        Path badTemplates = dir.resolve("templates");
        Files.createDirectories(badTemplates);
        try (Stream<Path> s = Files.list(Path.of("templates"))) {
            for (Path t : s.toList()) Files.copy(t, badTemplates.resolve(t.getFileName()));
        }
        Files.writeString(badTemplates.resolve("person.ftl"), "<#ftl output_format=\"HTML\">${page.noSuchField}");
        Sites.Run failed = Sites.build(Sites.SEEDS, site, "--templates", badTemplates.toString());
        assertEquals(1, failed.exit(), failed.stderr());
        assertTrue(failed.stderr().contains("people/"), failed.stderr());
        assertEquals(before, listing(site));
        assertEquals(home, Files.readString(site.resolve("index.html")));
        assertEquals(0, verify(site).exit);
    }

    @Test
    void aSecondBuildIntoTheSameFolderWhileOneRunsIsRefused() throws IOException {
        Path site = dir.resolve("site");
        Path lockFile = dir.resolve(".dossier/site/build.lock");
        Files.createDirectories(lockFile.getParent());
        // Another process holds the lock: simulated by a separate JVM would be slower; a second channel in this JVM
        // is refused by the same tryLock the build uses.
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            Sites.Run r = Sites.build(Sites.SEEDS, site);
            assertEquals(2, r.exit(), r.stderr());
            assertTrue(r.stderr().contains("another build is writing"), r.stderr());
        }
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        Sites.Run r = Sites.build(dir.resolve("no-such-folder"), dir.resolve("site"));
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("seeds folder not found"), r.stderr());
        assertEquals(2, Dossier.run("build", "--no-such-option"));
    }

    record Result(int exit, String err) {}

    static synchronized Result verify(Path site) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(Dossier.run("verify", site.toString()), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static void assertSameTree(Path a, Path b) throws IOException {
        assertEquals(listing(a), listing(b));
        for (String f : listing(a)) assertEquals(-1L, Files.mismatch(a.resolve(f), b.resolve(f)), f);
    }
}

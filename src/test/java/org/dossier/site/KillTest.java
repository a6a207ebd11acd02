package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Dossier;
import org.dossier.ingest.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills real builds (the CLI in a separate JVM, {@code kill -9}) at moments spread over a whole build, and checks
 * after each kill that the output folder holds the previous site byte for byte, or the complete new site that
 * {@code dossier verify} accepts, or, when the build was moving its changes into the site, one that {@code verify}
 * calls interrupted; then that the next build succeeds and gives exactly what a clean build gives.
 */
class KillTest {
    private static final int ARTICLES = 300;
    private static final long[] FIXED_DELAYS_MS = {50, 200, 500, 1000, 2000};
    /** Kills late in a build, as fractions of a measured build's time: rendering, publishing, the swap. */
    private static final double[] LATE_FRACTIONS = {0.7, 0.9, 0.99};
    /** The archive of the incremental kills: large enough that a build has many files to leave alone, small enough for CI. */
    private static final int INCREMENTAL_ARTICLES = 200;

    @TempDir
    Path dir;

    /** What a kill left behind. */
    enum Outcome { PREVIOUS_SITE_INTACT, NEW_SITE_COMPLETE, PREVIOUS_SITE_SET_ASIDE, INTERRUPTED_AND_SAID_SO }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteOrTheCompleteNewOneAndTheNextBuildSucceeds() throws Exception {
        // Two different archives, so that every build has all its articles to make (none come from the cache).
        Path[] seeds = {generatedSeeds(dir.resolve("a/seeds"), "a", 1, ARTICLES), generatedSeeds(dir.resolve("b/seeds"), "b", 2, ARTICLES)};
        Path out = dir.resolve("site");
        assertEquals(0, Sites.build(seeds[0], out).exit(), "the first build");
        int current = 0;

        // One build of the other archive, not killed: it must succeed, and it times a build for the late kills.
        Map<String, String> before = digests(out);
        long start = System.nanoTime();
        Process full = cli(seeds[1], out);
        assertTrue(full.waitFor(120, TimeUnit.SECONDS), "a build of " + ARTICLES + " articles ends within two minutes");
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, full.exitValue(), "an unkilled build in a separate JVM");
        assertNotEquals(before, digests(out));
        assertCompleteSite(out, "b");
        current = 1;

        List<Kill> kills = new ArrayList<>();
        for (long d : FIXED_DELAYS_MS) kills.add(new Kill(Kill.After.START, d));
        for (double f : LATE_FRACTIONS) kills.add(new Kill(Kill.After.START, f * buildMs));
        // Every article changes, so the journal moves a thousand files: kills after it appears land among the moves.
        for (double d : new double[] {0, 20}) kills.add(new Kill(Kill.After.COMMIT_MARK, d));
        List<String> results = new ArrayList<>();
        int killedMidway = 0;
        for (Kill kill : kills) {
            int next = 1 - current;
            Map<String, String> previous = digests(out);
            Process p = cli(seeds[next], out);
            boolean killed = kill.of(p, journal(out));
            if (killed) killedMidway++;
            Outcome outcome = outcome(out, previous, next == 0 ? "a" : "b");
            if (outcome == Outcome.INTERRUPTED_AND_SAID_SO) {
                // The next build finishes the publish: the new site.
                assertEquals(0, Sites.build(seeds[next], out).exit());
                assertCompleteSite(out, next == 0 ? "a" : "b");
            }
            if (outcome != Outcome.PREVIOUS_SITE_INTACT && outcome != Outcome.PREVIOUS_SITE_SET_ASIDE) current = next;
            results.add(String.format(Locale.ROOT, "%-32s %-9s %s", kill, killed ? "killed" : "finished", outcome));
        }
        System.out.println("kill test (a build takes " + buildMs + " ms):\n  " + String.join("\n  ", results));
        assertTrue(killedMidway >= 3, "at least three builds were killed before they ended: " + results);
        assertTrue(results.stream().anyMatch(r -> r.contains("killed") && r.contains(Outcome.PREVIOUS_SITE_INTACT.name())), results::toString);
        assertTrue(results.stream().anyMatch(r -> r.contains(Outcome.INTERRUPTED_AND_SAID_SO.name())),
                "a kill among a thousand moves leaves a site that verify calls interrupted: " + results);

        // No lock, staging or set-aside folder left by a killed build stops the next one.
        int last = 1 - current;
        Sites.Run after = Sites.build(seeds[last], out);
        assertEquals(0, after.exit(), after.stderr());
        assertCompleteSite(out, last == 0 ? "a" : "b");
        assertFalse(Files.exists(out.resolveSibling(".site.building")), "staging folder removed");
        assertFalse(Files.exists(out.resolveSibling(".site.previous")), "set-aside previous site removed");
    }

    /**
     * Kills the build {@code ms} milliseconds after it starts, after its publish journal appears (while it is
     * written), or after the journal's commit mark (during the moves, and while the set-aside files are deleted).
     */
    private record Kill(After after, double ms) {
        enum After { START, JOURNAL, COMMIT_MARK }

        /** Whether the build was killed before it ended. */
        boolean of(Process p, Path journal) throws InterruptedException {
            if (after == After.START) {
                p.waitFor((long) ms, TimeUnit.MILLISECONDS);
            } else {
                while (p.isAlive() && !(after == After.JOURNAL ? Files.exists(journal) : committed(journal))) LockSupport.parkNanos(50_000);
                long until = System.nanoTime() + (long) (ms * 1_000_000);
                while (p.isAlive() && System.nanoTime() < until) LockSupport.parkNanos(20_000);
            }
            if (!p.isAlive()) return false;
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed JVM exits");
            return true;
        }

        /** Whether the journal's last lines hold its commit mark. */
        private static boolean committed(Path journal) {
            try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ)) {
                ByteBuffer tail = ByteBuffer.allocate((int) Math.min(ch.size(), 64));
                ch.read(tail, ch.size() - tail.capacity());
                return new String(tail.array(), StandardCharsets.UTF_8).contains("\ncommit ");
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms after the %s", ms, after.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    private static Path journal(Path out) {
        return out.resolveSibling(".dossier").resolve(out.getFileName()).resolve("journal");
    }

    /**
     * Adds, edits and deletes an article of a larger archive, one after the other and back again, killing each
     * incremental build at a moment spread over it (by time since it started, or since its publish journal appeared);
     * after each kill the site is the old one, the new one, or one that {@code verify} calls interrupted; and the next
     * build gives exactly what a clean build of the same seeds gives.
     */
    @Test
    void incrementalBuildsKilledAtAnyMomentLeaveTheOldSiteTheNewOneOrOneVerifyCallsInterruptedAndTheNextBuildEqualsACleanOne() throws Exception {
        Path seeds = generatedSeeds(dir.resolve("inc/seeds"), "c", 3, INCREMENTAL_ARTICLES);
        Path added = seeds.resolve("c-added.txt");
        Path edited = seeds.resolve("c-0007.txt");
        Path deleted = seeds.resolve("c-0011.txt");
        String original = Files.readString(edited), gone = Files.readString(deleted);
        String newArticle = Files.readString(generatedSeeds(dir.resolve("extra"), "d", 4, 1).resolve("d-0000.txt"));
        String editedArticle = original.replaceFirst("date 20\\d\\d", "date 2009").replace("the ", "a ");
        // The archive's states in a row, each a step from the one before: add, then edit, then delete.
        List<Runnable> forward = List.of(() -> write(added, newArticle), () -> write(edited, editedArticle), () -> delete(deleted));
        List<Runnable> backward = List.of(() -> delete(added), () -> write(edited, original), () -> write(deleted, gone));
        List<Path> clean = new ArrayList<>();
        for (int state = 0; state <= forward.size(); state++) {
            if (state > 0) forward.get(state - 1).run();
            clean.add(dir.resolve("clean-" + state + "/site"));
            assertEquals(0, Sites.build(seeds, clean.get(state), "--clean").exit());
        }
        for (int state = forward.size(); state > 0; state--) backward.get(state - 1).run();
        Path out = dir.resolve("inc/site");
        assertEquals(0, Sites.build(seeds, out).exit());
        IntegrityTest.assertSameTree(clean.get(0), out);

        long start = System.nanoTime();
        forward.get(0).run();
        Process timed = cli(seeds, out);
        assertTrue(timed.waitFor(120, TimeUnit.SECONDS), "an incremental build ends within two minutes");
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        IntegrityTest.assertSameTree(clean.get(1), out);
        int state = 1;

        List<Kill> kills = new ArrayList<>();
        for (double f : new double[] {0.5, 0.85, 0.95}) kills.add(new Kill(Kill.After.START, f * buildMs));
        kills.add(new Kill(Kill.After.JOURNAL, 0));
        kills.add(new Kill(Kill.After.JOURNAL, 1));
        for (double d : new double[] {0, 0.5, 2}) kills.add(new Kill(Kill.After.COMMIT_MARK, d));
        List<String> results = new ArrayList<>();
        boolean up = true;
        for (int k = 0; k < kills.size(); k++) {
            // Forward to the last state, then back to the first, and so on: add, edit, delete, undelete, unedit, unadd.
            up = state == 0 || up && state < forward.size();
            int next = up ? state + 1 : state - 1;
            if (up) forward.get(state).run();
            else backward.get(state - 1).run();
            Map<String, String> previous = digests(out);
            Process p = cli(seeds, out);
            boolean killed = kills.get(k).of(p, journal(out));
            Sites.Run verify = Sites.verify(out);
            Outcome outcome;
            if (verify.stderr().contains("a build was interrupted")) {
                assertEquals(1, verify.exit(), verify.stderr());
                outcome = Outcome.INTERRUPTED_AND_SAID_SO;
            } else {
                Map<String, String> now = digests(out);
                assertTrue(now.equals(previous) || now.equals(digests(clean.get(next))),
                        kills.get(k) + ": the site is neither the old one nor the new one, and verify says: " + verify.stderr());
                assertEquals(0, verify.exit(), verify.stderr());
                outcome = now.equals(previous) ? Outcome.PREVIOUS_SITE_INTACT : Outcome.NEW_SITE_COMPLETE;
            }
            Sites.Run after = Sites.build(seeds, out);
            assertEquals(0, after.exit(), after.stderr());
            IntegrityTest.assertSameTree(clean.get(next), out);
            assertFalse(Files.exists(journal(out)), "the journal is gone");
            state = next;
            results.add(String.format(Locale.ROOT, "%-8s %-32s %-9s %s", List.of("add", "edit", "delete").get(up ? next - 1 : next) + (up ? "" : " (undo)"),
                    kills.get(k), killed ? "killed" : "finished", outcome));
        }
        System.out.println("incremental kill test (" + INCREMENTAL_ARTICLES + " articles, an add takes " + buildMs + " ms):\n  "
                + String.join("\n  ", results));
        assertTrue(results.stream().filter(r -> r.contains("killed")).count() >= kills.size() / 2, "most builds were killed: " + results);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which of the allowed states the output is in after a kill; fails when it is in none of them. */
    private static Outcome outcome(Path out, Map<String, String> previous, String newPrefix) throws IOException {
        Sites.Run verify = Sites.verify(out);
        if (verify.stderr().contains("a build was interrupted")) {
            assertEquals(1, verify.exit(), verify.stderr());
            return Outcome.INTERRUPTED_AND_SAID_SO;
        }
        if (!Files.exists(out)) {
            // Killed between commit()'s two renames: the last good site waits under the set-aside name for the next build.
            Path setAside = out.resolveSibling(".site.previous");
            assertTrue(Files.isDirectory(setAside), "no site at all after a kill, and none set aside");
            assertEquals(previous, digests(setAside), "the set-aside site is the previous one");
            return Outcome.PREVIOUS_SITE_SET_ASIDE;
        }
        Map<String, String> now = digests(out);
        if (now.equals(previous)) return Outcome.PREVIOUS_SITE_INTACT;
        assertCompleteSite(out, newPrefix);
        return Outcome.NEW_SITE_COMPLETE;
    }

    private static void assertCompleteSite(Path out, String prefix) throws IOException {
        assertEquals(0, Dossier.run("verify", out.toString()), "dossier verify " + out);
        JsonNode articles = new ObjectMapper().readTree(out.resolve("data/articles.json").toFile());
        assertEquals(ARTICLES, articles.size(), "articles in the site");
        for (JsonNode a : articles) {
            assertTrue(a.get("source").asText().startsWith(prefix + "-"), "every article from the same build: " + a.get("source"));
        }
    }

    private static void assertNotEquals(Map<String, String> a, Map<String, String> b) {
        if (a.equals(b)) fail("the site did not change");
    }

    /** The CLI in its own JVM, with a sized heap as a user might give it (so it builds in that JVM, without a child). */
    private Process cli(Path seeds, Path out) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("cli.log");
        return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), Dossier.class.getName(),
                "build", "--seeds", seeds.toString(), "--out", out.toString())
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** SHA-256 of every file below {@code root}, by relative path. */
    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Sha256.hex(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    /**
     * Distinct articles in the seeds' text format, made of the repo's own seeds: each has its own
     * date and title, and paragraphs of sentences drawn from all the seeds, so that none is a near-duplicate of another.
     */
    static Path generatedSeeds(Path folder, String prefix, long seed, int articles) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(Sites.SEEDS)) {
            for (Path f : s.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                String body = text.substring(text.indexOf('\n') + 1);
                for (String sentence : Pattern.compile("(?<=[.!?”])\\s+").split(body)) {
                    if (sentence.strip().split("\\s+").length > 4) sentences.add(sentence.strip());
                }
            }
        }
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < articles; i++) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "date 20%02d-%02d-%02d Harbour story %s%d: the council %s%n%n",
                    10 + random.nextInt(14), 1 + random.nextInt(12), 1 + random.nextInt(28), prefix, i,
                    List.of("votes", "delays", "approves", "rejects").get(random.nextInt(4))));
            for (int para = 0; para < 8; para++) {
                for (int k = 0; k < 3; k++) sb.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                sb.append("\n\n");
            }
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "%s-%04d.txt", prefix, i)), sb.toString(), StandardCharsets.UTF_8);
        }
        return folder;
    }
}

package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Dossier;
import org.dossier.ingest.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills real builds (the CLI in a separate JVM, {@code kill -9}) at moments spread over a whole build, and checks
 * after each kill that the output folder holds the previous site byte for byte, or, when the build got as far as
 * swapping it in, the complete new site that {@code dossier verify} accepts; then that the next build succeeds.
 */
class KillTest {
    private static final int ARTICLES = 300;
    private static final long[] FIXED_DELAYS_MS = {50, 200, 500, 1000, 2000};
    /** Kills late in a build, as fractions of a measured build's time: rendering, publishing, the swap. */
    private static final double[] LATE_FRACTIONS = {0.7, 0.9, 0.99};

    @TempDir
    Path dir;

    /** What a kill left behind. */
    enum Outcome { PREVIOUS_SITE_INTACT, NEW_SITE_COMPLETE, PREVIOUS_SITE_SET_ASIDE }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteOrTheCompleteNewOneAndTheNextBuildSucceeds() throws Exception {
        // Two different archives, so that every build has all its articles to make (none come from the cache).
        Path[] seeds = {generatedSeeds(dir.resolve("a/seeds"), "a", 1), generatedSeeds(dir.resolve("b/seeds"), "b", 2)};
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

        List<Long> delays = new ArrayList<>();
        for (long d : FIXED_DELAYS_MS) delays.add(d);
        for (double f : LATE_FRACTIONS) delays.add((long) (f * buildMs));
        List<String> results = new ArrayList<>();
        int killedMidway = 0;
        for (long delay : delays) {
            int next = 1 - current;
            Map<String, String> previous = digests(out);
            Process p = cli(seeds[next], out);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed JVM exits");
                killedMidway++;
            }
            Outcome outcome = outcome(out, previous, next == 0 ? "a" : "b");
            if (outcome == Outcome.NEW_SITE_COMPLETE) current = next;
            results.add(String.format(Locale.ROOT, "%5d ms  %-9s %s", delay, finished ? "finished" : "killed", outcome));
        }
        System.out.println("kill test (a build takes " + buildMs + " ms):\n  " + String.join("\n  ", results));
        assertTrue(killedMidway >= 3, "at least three builds were killed before they ended: " + results);
        assertTrue(results.stream().anyMatch(r -> r.contains("killed") && r.contains(Outcome.PREVIOUS_SITE_INTACT.name())), results::toString);

        // No lock, staging or set-aside folder left by a killed build stops the next one.
        int last = 1 - current;
        Sites.Run after = Sites.build(seeds[last], out);
        assertEquals(0, after.exit(), after.stderr());
        assertCompleteSite(out, last == 0 ? "a" : "b");
        assertFalse(Files.exists(out.resolveSibling(".site.building")), "staging folder removed");
        assertFalse(Files.exists(out.resolveSibling(".site.previous")), "set-aside previous site removed");
    }

    /** Which of the allowed states the output is in after a kill; fails when it is in none of them. */
    private static Outcome outcome(Path out, Map<String, String> previous, String newPrefix) throws IOException {
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
     * {@value #ARTICLES} distinct articles in the seeds' text format, made of the repo's own seeds: each has its own
     * date and title, and paragraphs of sentences drawn from all the seeds, so that none is a near-duplicate of another.
     */
    static Path generatedSeeds(Path folder, String prefix, long seed) throws IOException {
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
        for (int i = 0; i < ARTICLES; i++) {
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

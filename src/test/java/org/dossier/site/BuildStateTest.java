package org.dossier.site;

import org.dossier.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build state ({@code <work>/state.db}) holds what a build needs of each seed, not its text, and a change commits
 * only the rows it touches; a state that cannot be used is ignored and the build is that of a clean one.
 */
class BuildStateTest {
    private static final String RARE = "Quorvexian";

    @TempDir
    Path dir;

    @Test
    void keepsNoWordOfAnArticlesTextInTheBuildState() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), " date 2021-03-04 Harbour market stays open for the winter\n\n"
                + "The council voted on Tuesday to keep the harbour market open through the winter, and traders said the "
                + "decision would save the " + RARE + " stalls that sell fish to the town's restaurants.\n", StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());

        // The text is in the content pages and the site; the state beside them keeps ids, keys and numbers.
        try (Stream<Path> s = Files.list(Config.work(site))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
                assertFalse(bytes.contains(RARE.toLowerCase(java.util.Locale.ROOT)), f + " holds a word of the article's text");
            }
        }
    }

    @Test
    void anAddWritesOnlyTheSegmentOfTheAddedSeed() throws Exception {
        Path seeds = builtSeeds(40), site = dir.resolve("site");
        Map<String, Integer> all = segments(site, false);

        Files.writeString(seeds.resolve("040.txt"), SeedTexts.article(40));
        settle();
        assertEquals(0, Sites.build(seeds, site).exit());
        Map<String, Integer> written = segments(site, true);
        // Here every segment of files and inputs holds one the add changed: StateSegmentsTest shows them apart.
        assertEquals(1, written.get("seeds"), "the added seed's segment only, with its article and its lines: " + written + " of " + all);

        // Nothing changed: nothing is written but the generation (a build that changed nothing keeps the stamp of the
        // manifest it left in place, so not even the manifest's entry moves).
        assertEquals(0, Sites.build(seeds, site).exit());
        assertEquals(Map.of("seeds", 0, "files", 0, "inputs", 0), segments(site, true));
    }

    @Test
    void aDeleteRewritesOnlyTheSegmentThatHeldTheDeletedSeed() throws Exception {
        Path seeds = builtSeeds(40), site = dir.resolve("site");
        Map<String, Integer> before = segments(site, false);

        Files.delete(seeds.resolve("007.txt"));
        assertEquals(0, Sites.build(seeds, site).exit());
        Map<String, Integer> after = segments(site, false), written = segments(site, true);
        // Rewritten without the seed, or deleted when it held no other.
        assertEquals(1, written.get("seeds") + before.get("seeds") - after.get("seeds"), "segments of seeds rewritten or deleted");
        assertEqualsClean(seeds, site);
    }

    @Test
    void takesTheStatesWordForTheContentPagesUnlessABuildWasKilledWhileWritingThem() throws Exception {
        Path seeds = builtSeeds(12), site = dir.resolve("site");
        Path pages = Config.work(site).resolve("articles");
        Path page;
        try (Stream<Path> s = Files.list(pages)) {
            page = s.sorted().findFirst().orElseThrow();
        }
        byte[] written = Files.readAllBytes(page);

        // A seed whose stamp is unchanged costs one system call: its content page is not looked at.
        Files.writeString(page, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Sites.Run trusted = Sites.build(seeds, site, "--verbose");
        assertTrue(trusted.stderr().contains(" 12 seeds from the cache"), trusted.stderr());

        // A build killed while it wrote pages leaves its mark: the next one checks every page and writes it again.
        Files.writeString(Config.work(site).resolve("articles.writing"), "");
        Sites.Run checked = Sites.build(seeds, site, "--verbose");
        assertTrue(checked.stderr().contains(" 11 seeds from the cache"), checked.stderr());
        assertArrayEquals(written, Files.readAllBytes(page));
        assertFalse(Files.exists(Config.work(site).resolve("articles.writing")), "the mark goes once the state is saved");

        // A deleted seed's page and text go, without the folder being listed.
        Files.delete(seeds.resolve("003.txt"));
        assertEquals(0, Sites.build(seeds, site).exit());
        Path clean = assertEqualsClean(seeds, site);
        for (String folder : new String[] {"articles", "text"}) {
            try (Stream<Path> a = Files.list(Config.work(site).resolve(folder)); Stream<Path> b = Files.list(Config.work(clean).resolve(folder))) {
                assertEquals(b.map(p -> p.getFileName().toString()).sorted().toList(), a.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void aDamagedCountOfTheRecurringLinesIsIgnoredAndCountedAgain() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        String kept = meta(site, "recurring");
        assertTrue(kept.matches("\\d+( -?\\d+)*"), kept);
        sql(site, "UPDATE meta SET value = '3 12x' WHERE name = 'recurring'");
        Files.writeString(seeds.resolve("zz-added.txt"), SeedTexts.article(7));
        Sites.Run run = Sites.build(seeds, site, "--verbose");
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().matches("(?s).*[^0-9][1-9]\\d* seeds from the cache.*"), run.stderr());
        assertEquals(kept.split(" ")[0], meta(site, "recurring").split(" ")[0], "counted and kept again");
        assertEqualsClean(seeds, site);
    }

    @Test
    void aCorrectionAddedLaterRemakesItsSeedThoughNoSeedFileChanged() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        settle();
        Path content = Files.createDirectories(dir.resolve("content/corrections"));
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site, "--content", content.getParent().toString()).exit());

        // Each seed's key is kept while nothing it is made from changed: a new correction changes what one is made from.
        Files.writeString(content.resolve("002_00d09475fcb2e337.txt.properties"), "title=Milano stands by Biden\n");
        Sites.Run run = Sites.build(seeds, site, "--content", content.getParent().toString(), "--verbose");
        assertEquals(0, run.exit(), run.stderr());
        assertEqualsClean(seeds, site, "--content", content.getParent().toString());
        assertTrue(Files.readString(site.resolve("data/articles.json")).contains("Milano stands by Biden"));
    }

    @Test
    void aStateOfAnotherVersionIsIgnoredAndTheBuildEqualsACleanOne() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        sql(site, "UPDATE meta SET value = 'another version' WHERE name = 'code'");
        assertBuildsAsClean(seeds, site, "other-version");
    }

    @Test
    void aDamagedStateIsIgnoredAndMadeAgain() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Path state = Config.work(site).resolve("state.db");
        byte[] bytes = Files.readAllBytes(state);
        for (int i = 100; i < bytes.length; i += 7) bytes[i] ^= 0x5A;
        Files.write(state, bytes);
        assertBuildsAsClean(seeds, site, "damaged");
    }

    @Test
    void aSegmentThatFailsItsCheckHasItsSeedsBuiltAgainAndTheSiteEqualsACleanBuild() throws Exception {
        Path seeds = builtSeeds(40), site = dir.resolve("site");
        // A bit flipped in a segment of each kind: seeds, site files, inputs.
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + Config.work(site).resolve("state.db"));
             Statement s = db.createStatement();
             java.sql.PreparedStatement put = db.prepareStatement("UPDATE segments SET data = ? WHERE id = ?")) {
            for (int kind = 0; kind < 3; kind++) {
                try (ResultSet r = s.executeQuery("SELECT id, data FROM segments WHERE id >> 32 = " + kind + " ORDER BY id LIMIT 1")) {
                    assertTrue(r.next());
                    byte[] row = r.getBytes(2);
                    row[row.length - 1] ^= 0x01;
                    put.setBytes(1, row);
                    put.setLong(2, r.getLong(1));
                }
                assertEquals(1, put.executeUpdate());
            }
        }
        Sites.Run run = Sites.build(seeds, site, "--verbose");
        assertEquals(0, run.exit(), run.stderr());
        java.util.regex.Matcher reused = java.util.regex.Pattern.compile(" (\\d+) seeds from the cache").matcher(run.stderr());
        assertTrue(reused.find(), run.stderr());
        int fromCache = Integer.parseInt(reused.group(1));
        assertTrue(fromCache > 30 && fromCache < 40, "the damaged segment's seeds only are built again: " + run.stderr());
        assertEqualsClean(seeds, site);

        Sites.Run again = Sites.build(seeds, site, "--verbose");
        assertTrue(again.stderr().contains(" 40 seeds from the cache"), "the segment was written again: " + again.stderr());
    }

    @Test
    void theDatabaseDriversLibraryIsUnpackedOnceIntoTheWorkFolderAndNeedsNoTemporaryFolder() throws Exception {
        // A temporary folder that is a file: the driver, left to itself, unpacks its library there on every run.
        Path noTemporaryFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + noTemporaryFolder);
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS), site = dir.resolve("site");
        Sites.Run first = Jvm.build(java.util.List.of(), java.util.Optional.of(env), seeds, site);
        assertEquals(0, first.exit(), first.stderr());
        Path lib;
        try (Stream<Path> s = Files.walk(Config.work(site).resolve("native"))) {
            lib = s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        java.nio.file.attribute.FileTime unpacked = Files.getLastModifiedTime(lib);

        Sites.Run second = Jvm.build(java.util.List.of(), java.util.Optional.of(env), seeds, site);
        assertEquals(0, second.exit(), second.stderr());
        assertEquals(unpacked, Files.getLastModifiedTime(lib), "unpacked once");
        assertEquals("1", meta(site, "generation"), "the state was saved by both builds, and loaded by the second");
    }

    /** Built over a state that cannot be used: the same bytes as a clean build, and the state is whole again after. */
    private void assertBuildsAsClean(Path seeds, Path site, String step) throws Exception {
        Sites.Run run = Sites.build(seeds, site, "--verbose");
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains(" 0 seeds from the cache"), run.stderr());
        Path clean = dir.resolve("clean-" + step + "/site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
        IntegrityTest.assertSameTree(clean, site);

        Sites.Run again = Sites.build(seeds, site, "--verbose");
        assertTrue(again.stderr().matches("(?s).*[^0-9][1-9]\\d* seeds from the cache.*"), again.stderr());
    }

    /** {@code n} seeds, settled and built into {@code dir/site}. */
    private Path builtSeeds(int n) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int k = 0; k < n; k++) Files.writeString(seeds.resolve(String.format("%03d.txt", k)), SeedTexts.article(k));
        settle();
        assertEquals(0, Sites.build(seeds, dir.resolve("site")).exit());
        return seeds;
    }

    /** The site is that of a clean build of the same seeds, which is returned. */
    private Path assertEqualsClean(Path seeds, Path site, String... options) throws IOException {
        Path clean = dir.resolve("clean/site");
        String[] args = Stream.concat(Stream.of("--clean"), Stream.of(options)).toArray(String[]::new);
        assertEquals(0, Sites.build(seeds, clean, args).exit());
        IntegrityTest.assertSameTree(clean, site);
        return clean;
    }

    /** The stamp of a seed written in the last two seconds is not kept ({@code FileStamp}): its row would change later. */
    private static void settle() throws InterruptedException {
        Thread.sleep(2_100);
    }

    /** Segments (rows) per kind of the state: all of them, or those the last save wrote. */
    private static Map<String, Integer> segments(Path site, boolean lastSaveOnly) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + Config.work(site).resolve("state.db"));
             Statement s = db.createStatement()) {
            String[] kinds = {"seeds", "files", "inputs"};
            for (int k = 0; k < kinds.length; k++) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM segments WHERE id >> 32 = " + k + (lastSaveOnly
                        ? " AND gen = (SELECT CAST(value AS INTEGER) FROM meta WHERE name = 'generation')" : ""))) {
                    out.put(kinds[k], r.getInt(1));
                }
            }
        }
        return out;
    }

    private static String meta(Path site, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + Config.work(site).resolve("state.db"));
             Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM meta WHERE name = '" + name + "'")) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static void sql(Path site, String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + Config.work(site).resolve("state.db"));
             Statement s = db.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}

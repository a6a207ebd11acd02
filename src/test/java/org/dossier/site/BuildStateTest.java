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
    void anAddWritesOnlyTheRowsOfTheAddedSeedAndOfTheFilesAndInputsItChanges() throws Exception {
        Path seeds = builtSeeds(40), site = dir.resolve("site");
        Map<String, Integer> all = rows(site, false);

        Files.writeString(seeds.resolve("040.txt"), SeedTexts.article(40));
        settle();
        assertEquals(0, Sites.build(seeds, site).exit());
        Map<String, Integer> written = rows(site, true);
        assertEquals(1, written.get("seeds"), "the added seed's row only");
        assertEquals(1, written.get("lines"), "the added seed's lines only");
        assertTrue(written.get("files") < all.get("files") / 2, "site files rewritten: " + written + " of " + all);
        assertTrue(written.get("inputs") < all.get("inputs") / 2, "inputs rewritten: " + written + " of " + all);

        // Nothing changed: nothing is written but the generation.
        assertEquals(0, Sites.build(seeds, site).exit());
        assertEquals(Map.of("seeds", 0, "lines", 0, "files", 0, "inputs", 0), rows(site, true));
    }

    @Test
    void aDeleteRemovesOnlyTheRowsOfTheDeletedSeedAndWritesNoOtherSeedsRows() throws Exception {
        Path seeds = builtSeeds(40), site = dir.resolve("site");
        Map<String, Integer> before = rows(site, false);

        Files.delete(seeds.resolve("007.txt"));
        assertEquals(0, Sites.build(seeds, site).exit());
        Map<String, Integer> after = rows(site, false), written = rows(site, true);
        assertEquals(before.get("seeds") - 1, after.get("seeds"), "the deleted seed's row is gone");
        assertEquals(before.get("lines") - 1, after.get("lines"), "the deleted seed's lines are gone");
        assertEquals(0, written.get("seeds"), "no other seed's row is written");
        assertEquals(0, written.get("lines"), "no other seed's lines are written");
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

    /** Rows per table of the state: all of them, or those the last save wrote. */
    private static Map<String, Integer> rows(Path site, boolean lastSaveOnly) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + Config.work(site).resolve("state.db"));
             Statement s = db.createStatement()) {
            for (String table : new String[] {"seeds", "lines", "files", "inputs"}) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table + (lastSaveOnly
                        ? " WHERE gen = (SELECT CAST(value AS INTEGER) FROM meta WHERE name = 'generation')" : ""))) {
                    out.put(table, r.getInt(1));
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

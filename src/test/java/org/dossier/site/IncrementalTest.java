package org.dossier.site;

import org.dossier.ingest.Sha256;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regenerating after a change gives exactly the bytes of a clean build of the same seeds. */
class IncrementalTest {
    @TempDir
    Path dir;

    @Test
    void incrementalBuildsEqualCleanBuildsAfterAddEditAndDelete() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS, Sites.BAD);
        Path site = dir.resolve("inc/site");
        assertEquals(0, Sites.build(seeds, site).exit());

        // Add: a new article that mentions people already in the archive.
        Files.writeString(seeds.resolve("600_added.txt"), " date 2020-04-03 Biden Campaign Answers Critics of Milano Remarks\n\n"
                + "Joe Biden's campaign said on Friday that Alyssa Milano spoke for herself, and that the former vice president "
                + "welcomed the support of every voter who wanted to defeat the president in November.\n\n"
                + "Tara Reade did not respond to a request for comment on the campaign's statement.\n", StandardCharsets.UTF_8);
        assertIncrementalEqualsClean(seeds, site, "add");

        // Edit: change an article's date and text, which moves it in time and changes its neighbours.
        Path edited = seeds.resolve("000_edb852ce98d0f322.txt");
        Files.writeString(edited, Files.readString(edited).replace("2020-04-02", "2019-12-30").replace("blue-on-blue", "red-on-blue"));
        assertIncrementalEqualsClean(seeds, site, "edit");

        // Delete: the article, its person links, its original and its search entry all go.
        Files.delete(seeds.resolve("001_9c26234b053ef2da.txt"));
        assertIncrementalEqualsClean(seeds, site, "delete");
        assertFalse(Files.exists(site.resolve("originals/001_9c26234b053ef2da.txt")));

        // Nothing changed: nothing is made again, and the output is the same.
        Sites.Run again = Sites.build(seeds, site, "--verbose");
        assertTrue(again.stderr().matches("(?s).*\\d+ seeds from the cache; \\d+ site files written, [1-9]\\d* reused unchanged.*"), again.stderr());
        assertIncrementalEqualsClean(seeds, site, "unchanged");
    }

    /**
     * A change copies only the originals of its own seeds: the others are kept without being looked at (a system call
     * each, most of a second per change at 100,000 articles), so one changed by hand in the site since stays so until
     * a clean build, and {@code verify} names it.
     */
    @Test
    void aChangeCopiesOnlyItsOwnOriginalsAndLeavesTheOthersUnlookedAt() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path site = dir.resolve("originals/site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Path other = site.resolve("originals/000_edb852ce98d0f322.txt");
        Files.writeString(other, "changed by hand");

        Files.copy(seeds.resolve("001_9c26234b053ef2da.txt"), seeds.resolve("600_added.txt"));
        assertEquals(0, Sites.build(seeds, site).exit());
        assertEquals(Files.readString(seeds.resolve("600_added.txt")), Files.readString(site.resolve("originals/600_added.txt")));
        assertEquals("changed by hand", Files.readString(other));
        Sites.Run verified = Sites.verify(site);
        assertEquals(1, verified.exit(), verified.stderr());
        assertTrue(verified.stderr().contains("originals/000_edb852ce98d0f322.txt"), verified.stderr());

        assertEquals(0, Sites.build(seeds, site, "--clean").exit());
        assertEquals(Files.readString(seeds.resolve("000_edb852ce98d0f322.txt")), Files.readString(other));
    }

    /**
     * Seeds whose size, times and inode are unchanged are not read again, so an edit must show in them even when it
     * keeps the size and puts the modification time back (as some copy tools do): the change time still moves.
     */
    @Test
    void anEditThatKeepsSizeAndModificationTimeIsStillSeen() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Thread.sleep(2100); // a seed's stamp is trusted only once its last write is two seconds old
        Path site = dir.resolve("stamp/site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Sites.Run unchanged = Sites.build(seeds, site, "--verbose");
        assertTrue(unchanged.stderr().contains("3 seeds from the cache"), unchanged.stderr());

        Path edited = seeds.resolve("000_edb852ce98d0f322.txt");
        var modified = Files.getLastModifiedTime(edited);
        String text = Files.readString(edited);
        assertTrue(text.contains("blue-on-blue"));
        Files.writeString(edited, text.replace("blue-on-blue", "BLUE-ON-BLUE"));
        Files.setLastModifiedTime(edited, modified);
        Thread.sleep(2100); // old enough to be trusted, were its stamp equal
        assertIncrementalEqualsClean(seeds, site, "same-size-edit");
        assertTrue(Files.readString(site.resolve("originals/000_edb852ce98d0f322.txt")).contains("BLUE-ON-BLUE"));
    }

    /**
     * A page whose inputs are unchanged is left in the site unlooked at, as search files and originals are: one edited
     * in place, one cut short and one deleted stay so after a change elsewhere, {@code verify} names each, and a
     * {@code --clean} build makes them again. A page only touched verifies.
     */
    @Test
    void aPageDamagedInTheSiteIsNamedByVerifyAndMadeAgainByACleanBuild() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS, Sites.BAD);
        Path site = dir.resolve("damaged/site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Path edited = site.resolve("people/joe-biden.html");
        Files.writeString(edited, Files.readString(edited).replace("Joe Biden", "Joe Bidden"));
        Path truncated = site.resolve("people/alyssa-milano.html");
        try (FileChannel ch = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        String deleted = IntegrityTest.listing(site).stream().filter(f -> f.startsWith("articles/")).findFirst().orElseThrow();
        Files.delete(site.resolve(deleted));
        Path touched = site.resolve("timeline/index.html");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() - 60_000));
        Files.writeString(seeds.resolve("600_added.txt"), " date 2021-05-06 Harbour Board Names a New Chair\n\n"
                + "The harbour board named a new chair on Thursday, after a vote that took less than an hour and that the "
                + "ferry operators had asked it to hold before the summer timetable.\n", StandardCharsets.UTF_8);

        assertEquals(0, Sites.build(seeds, site).exit());
        IntegrityTest.Result verified = IntegrityTest.verify(site);
        assertEquals(1, verified.exit(), verified.err());
        for (String f : List.of("people/joe-biden.html", "people/alyssa-milano.html", deleted)) {
            assertTrue(verified.err().contains(f), f + " named: " + verified.err());
        }
        assertFalse(verified.err().contains("timeline/index.html"), verified.err());

        assertEquals(0, Sites.build(seeds, site, "--clean").exit());
        assertEquals(0, IntegrityTest.verify(site).exit());
        Path clean = dir.resolve("clean-damaged/site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
        IntegrityTest.assertSameTree(clean, site);
    }

    /**
     * A page changed by hand is made again, whatever its stamp, once one of its inputs changes: here a person's page
     * edited keeping its size and modification time ({@code touch -r}), when an article that mentions the person is added.
     */
    @Test
    void aPageEditedInTheSiteIsMadeAgainWhenItsInputsChange() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path site = dir.resolve("touch/site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Path page = site.resolve("people/joe-biden.html");
        FileTime modified = Files.getLastModifiedTime(page);
        long size = Files.size(page);
        Files.writeString(page, Files.readString(page).replace("Joe Biden", "Joe Bidex"));
        Files.setLastModifiedTime(page, modified);
        assertEquals(size, Files.size(page), "the same size");

        Files.writeString(seeds.resolve("600_added.txt"), " date 2020-04-03 Biden Campaign Answers Critics of Milano Remarks\n\n"
                + "Joe Biden's campaign said on Friday that Alyssa Milano spoke for herself, and that the former vice president "
                + "welcomed the support of every voter who wanted to defeat the president in November.\n", StandardCharsets.UTF_8);
        assertIncrementalEqualsClean(seeds, site, "touch");
        assertEquals(0, IntegrityTest.verify(site).exit());
    }

    /**
     * Publishing an incremental build moves in only the files that changed: every other file of the live site keeps
     * its inode and its change time (no link, no copy, no rename), so the cost of a change does not grow with the site.
     */
    @Test
    void anIncrementalBuildLeavesEveryUnchangedFileOfTheLiveSiteUntouched() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS, Sites.BAD);
        Path site = dir.resolve("untouched/site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Map<String, String> before = identities(site);
        Files.writeString(seeds.resolve("600_added.txt"), " date 2020-04-03 Harbour Board Delays the Ferry Vote\n\n"
                + "The harbour board delayed its vote on the new ferry terminal on Friday, saying it needed more time to read "
                + "the engineers' report on the breakwater.\n", StandardCharsets.UTF_8);

        assertIncrementalEqualsClean(seeds, site, "untouched");
        Map<String, String> after = identities(site);
        List<String> unchanged = before.keySet().stream().filter(f -> after.containsKey(f)
                && digest(before.get(f)).equals(digest(after.get(f)))).toList();
        assertTrue(unchanged.size() > before.size() / 2, "most files are unchanged by an add: " + unchanged.size() + " of " + before.size());
        for (String f : unchanged) assertEquals(before.get(f), after.get(f), f + ": unchanged, yet touched (its digest, inode, change time)");
    }

    /**
     * JBake bakes the curated pages and copies the assets only when they, the templates or the site's settings changed
     * since its last bake; otherwise its files stay as the last bake made them. A change to each after incremental
     * builds still shows, byte for byte as in a clean build, and an asset deleted from the site comes back.
     */
    @Test
    void aCuratedPageAnAssetOrATemplateChangedAfterIncrementalBuildsStillShows() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path content = dir.resolve("curated/content");
        Path templates = copy(Path.of("templates"), dir.resolve("curated/templates"));
        Path assets = copy(Path.of("assets"), dir.resolve("curated/assets"));
        Files.createDirectories(content.resolve("pages"));
        Path about = content.resolve("pages/about.html");
        Files.writeString(about, "title=About the harbour archive\ntype=page\nstatus=published\n~~~~~~\n<p>First words.</p>\n");
        String[] options = {"--content", content.toString(), "--templates", templates.toString(), "--assets", assets.toString()};
        Path site = dir.resolve("curated/site");
        assertEquals(0, Sites.build(seeds, site, options).exit());
        assertCuratedEqualsClean(seeds, site, options, "unchanged");

        Files.writeString(about, Files.readString(about).replace("First words.", "Second words."));
        assertCuratedEqualsClean(seeds, site, options, "page");
        assertEquals("Second words.", Jsoup.parse(site.resolve("about.html").toFile()).selectFirst("article.page p").text());

        Path css = assets.resolve("css/dossier.css");
        Files.writeString(css, Files.readString(css) + "\n/* the harbour's own colours */\n");
        assertCuratedEqualsClean(seeds, site, options, "asset");
        assertTrue(Files.readString(site.resolve("css/dossier.css")).endsWith("/* the harbour's own colours */\n"));

        Path page = templates.resolve("page.ftl");
        Files.writeString(page, Files.readString(page).replace("<article class=\"page\">", "<article class=\"page curated\">"));
        assertCuratedEqualsClean(seeds, site, options, "template");
        assertEquals(1, Jsoup.parse(site.resolve("about.html").toFile()).select("article.page.curated").size());

        Files.delete(site.resolve("css/print.css"));
        assertCuratedEqualsClean(seeds, site, options, "deleted-asset");
    }

    private void assertCuratedEqualsClean(Path seeds, Path site, String[] options, String step) throws IOException {
        Sites.Run inc = Sites.build(seeds, site, options);
        assertEquals(0, inc.exit(), inc.stderr());
        Path clean = dir.resolve("clean-curated-" + step + "/site");
        assertEquals(0, Sites.build(seeds, clean, Stream.concat(Stream.of(options), Stream.of("--clean")).toArray(String[]::new)).exit());
        IntegrityTest.assertSameTree(clean, site);
        assertEquals(0, IntegrityTest.verify(site).exit(), step);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(f, dest);
            }
        }
        return to;
    }

    /** Each file's SHA-256, inode and change time, by path. */
    private static Map<String, String> identities(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String f : IntegrityTest.listing(site)) {
            Map<String, Object> a = Files.readAttributes(site.resolve(f), "unix:ino,ctime");
            out.put(f, Sha256.hex(site.resolve(f)) + " " + a.get("ino") + " " + a.get("ctime"));
        }
        return out;
    }

    private static String digest(String identity) {
        return identity.substring(0, identity.indexOf(' '));
    }

    private void assertIncrementalEqualsClean(Path seeds, Path site, String step) throws IOException {
        Sites.Run inc = Sites.build(seeds, site, "--verbose");
        assertEquals(0, inc.exit(), inc.stderr());
        Path clean = dir.resolve("clean-" + step + "/site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
        IntegrityTest.assertSameTree(clean, site);
    }
}

package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental build updates the previous site's search index where the change touches it, instead of making it
 * again in full, and the site it gives is byte for byte a clean build's: after an add, an edit, a delete, a change of
 * the archive's spelling of a person (which changes the people of articles that did not change), a duplicate that
 * becomes the published article, and a change that crosses a power of two (every doc number moves: made in full).
 */
class SearchUpdateTest {
    private static final String[] WORDS = new String[2000];

    static {
        Random random = new Random(11);
        for (int i = 0; i < WORDS.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 4 + random.nextInt(6); n > 0; n--) w.append((char) ('a' + random.nextInt(26)));
            WORDS[i] = w.toString();
        }
    }

    @TempDir
    Path dir;

    @Test
    void incrementalBuildsUpdateTheSearchIndexAndEqualCleanBuilds() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path corrections = Files.createDirectories(dir.resolve("content/corrections"));
        // 6 articles: doc numbers in a table of 32 slots, until the archive has more than 8.
        for (int i = 0; i < 6; i++) article(seeds, i);
        Files.writeString(corrections.resolve("a1.txt.properties"), "people=Pawel Nowak\n");
        Files.writeString(corrections.resolve("a2.txt.properties"), "people=Pawel Nowak; Anna Berg\n");
        // a re-scrape of a3 with other spacing: a duplicate, published once
        Files.writeString(seeds.resolve("a3-again.txt"), Files.readString(seeds.resolve("a3.txt")).replace(". ", ".  "));
        Path site = dir.resolve("inc/site");
        assertEquals(0, build(seeds, site).exit());
        article(seeds, 6);
        assertUpdatedAndEqualsClean(seeds, site, "add", true);

        // A spelling with more diacritics becomes the archive's: a1's and a2's people change, not their seeds.
        article(seeds, 7);
        Files.writeString(corrections.resolve("a7.txt.properties"), "people=Paweł Nowak\n");
        assertUpdatedAndEqualsClean(seeds, site, "spelling", true);
        assertTrue(Files.readString(site.resolve("search/meta.js")).contains("Paweł Nowak"));

        Path edited = seeds.resolve("a2.txt");
        Files.writeString(edited, Files.readString(edited).replace(" of the ", " in the ").replace("2019-03-03", "2018-11-03"));
        assertUpdatedAndEqualsClean(seeds, site, "edit", true);

        // The published one of the pair goes: the other is published instead.
        String published = source(site, "a3");
        Files.delete(seeds.resolve(published));
        assertUpdatedAndEqualsClean(seeds, site, "duplicate", true);
        assertEquals(published.equals("a3.txt") ? "a3-again.txt" : "a3.txt", source(site, "a3"));

        Files.delete(seeds.resolve("a4.txt"));
        assertUpdatedAndEqualsClean(seeds, site, "delete", true);

        // 7 articles to 9: 36 slots are too few for a table of 32, so every doc number changes.
        article(seeds, 8);
        article(seeds, 9);
        assertUpdatedAndEqualsClean(seeds, site, "grow", false);
        Files.delete(seeds.resolve("a8.txt"));
        assertUpdatedAndEqualsClean(seeds, site, "shrink", false);
    }

    /**
     * A term in every article of 300 is common: its postings are cut into blocks of doc numbers, which the script loads
     * and reads as one list, also for a phrase, and which an added article updates as a clean build makes them.
     */
    @Test
    void aCommonTermIsFoundInEveryBlockBeforeAndAfterAnAdd() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < 300; i++) article(seeds, i);
        Path site = dir.resolve("common/site");
        assertEquals(0, build(seeds, site).exit());
        assertTrue(Files.readString(site.resolve("search/meta.js")).contains("\"blocks\":2"));
        SearchRunner.Found all = SearchRunner.search(site, dir, "report");
        assertTrue(all.status().startsWith("300 articles match"), all.status());
        assertEquals(2, all.loaded().stream().filter(f -> f.matches("search/t/\\d+-[01]\\.js")).count(), all.loaded().toString());
        for (String query : List.of("\"report a17\"", "\"report a213\"", "report a17")) {
            assertTrue(SearchRunner.search(site, dir, query).status().startsWith("1 article matches"), query);
        }
        assertTrue(SearchRunner.search(site, dir, "\"a17 report\"").status().startsWith("No"), "a phrase keeps its order");

        article(seeds, 300);
        assertUpdatedAndEqualsClean(seeds, site, "common", true);
        assertTrue(SearchRunner.search(site, dir, "report").status().startsWith("301 articles match"));
        assertTrue(SearchRunner.search(site, dir, "\"report a300\"").status().startsWith("1 article matches"));
    }

    /**
     * A search file that the update would build on, changed in the site since the last build, is not built on: the
     * index is made in full, which repairs it.
     */
    @Test
    void aChangedSearchFileInTheSiteMakesTheIndexInFull() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < 6; i++) article(seeds, i);
        Path site = dir.resolve("damaged/site");
        assertEquals(0, build(seeds, site).exit());
        Path meta = site.resolve("search/meta.js");
        Files.writeString(meta, Files.readString(meta).replace("\"articles\":6", "\"articles\":7"));
        article(seeds, 6);
        assertUpdatedAndEqualsClean(seeds, site, "damaged", false);
        assertEquals(0, IntegrityTest.verify(site).exit());
    }

    private void assertUpdatedAndEqualsClean(Path seeds, Path site, String step, boolean updated) throws IOException {
        Sites.Run inc = build(seeds, site, "--verbose");
        assertEquals(0, inc.exit(), inc.stderr());
        assertTrue(inc.stderr().contains(updated ? "publish: search, updated" : "publish: search, in full"), step + ": " + inc.stderr());
        Path clean = dir.resolve("clean-" + step + "/site");
        Sites.Run full = build(seeds, clean, "--clean", "--verbose");
        assertEquals(0, full.exit(), full.stderr());
        assertTrue(full.stderr().contains("publish: search, in full"), full.stderr());
        IntegrityTest.assertSameTree(clean, site);
    }

    private Sites.Run build(Path seeds, Path site, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--content";
        args[1] = dir.resolve("content").toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Sites.build(seeds, site, args);
    }

    /** The source of the published article whose title starts with the seed's name. */
    private static String source(Path site, String name) throws IOException {
        JsonNode articles = new ObjectMapper().readTree(site.resolve("data/articles.json").toFile());
        for (JsonNode a : articles) if (a.get("title").asText().startsWith("Report " + name + " ")) return a.get("source").asText();
        throw new AssertionError("no article " + name);
    }

    /** Seed {@code a<i>.txt}: dated, titled, and three paragraphs of words of its own. */
    private static void article(Path seeds, int i) throws IOException {
        Random random = new Random(i);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            for (int w = 0; w < 40; w++) text.append(w == 0 ? "The " : " ").append(WORDS[random.nextInt(WORDS.length)]).append(w % 3 == 0 ? " of the" : "");
            text.append(".\n\n");
        }
        Files.writeString(seeds.resolve("a" + i + ".txt"), String.format(" date 2019-%02d-%02d Report a%d on the %s\n\n%s",
                1 + i, 1 + i, i, WORDS[i], text), StandardCharsets.UTF_8);
    }
}

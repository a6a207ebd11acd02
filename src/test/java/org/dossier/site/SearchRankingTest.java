package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as a reader uses it, run by the site's own script (see {@link SearchRunner}): BM25 ranking with the title
 * above the text, an exact count, pages of ten, phrases in quotes, date order, folded accents, and a query that loads
 * only its own pieces.
 */
class SearchRankingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Articles that mention the budget once in their text: three pages of results with the one titled so. */
    private static final int MENTIONS = 24;

    @TempDir
    static Path dir;
    static Path site;
    static final Map<String, String> urls = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Random random = new Random(3);
        for (int i = 0; i < MENTIONS; i++) {
            write(seeds, String.format("mention-%02d.txt", i), String.format("2018-%02d-%02d", 1 + i % 12, 1 + i), "Roads committee hearing number " + i,
                    // worded differently in each: one sentence in 24 of 27 seeds would be the site's furniture
                    filler(random) + "A vote on the " + word(random) + " was delayed, and the budget came up only at the end of the day, briefly.\n");
        }
        write(seeds, "titled.txt", "2015-06-01", "The budget, line by line",
                filler(random) + "Everyone agreed that the budget would need another look after the summer recess.\n");
        write(seeds, "phrase.txt", "2016-03-03", "Council approves spending plan",
                filler(random) + "The council held its budget vote late on Tuesday, after a long debate about the parks.\n");
        write(seeds, "accents.txt", "2017-02-02", "Zoë Müller joins the council",
                filler(random) + "Zoë Müller, a former teacher, said she would focus on the libraries of the city.\n");
        assertEquals(0, Sites.build(seeds, dir.resolve("site")).exit());
        site = dir.resolve("site");
        for (JsonNode a : JSON.readTree(site.resolve("data/articles.json").toFile())) urls.put(a.get("source").asText(), a.get("url").asText());
    }

    /** A paragraph of made-up words, so that no two articles are near-duplicates. */
    private static String filler(Random random) {
        StringBuilder sb = new StringBuilder("The committee heard");
        for (int w = 0; w < 60; w++) {
            sb.append(' ');
            for (int c = 3 + random.nextInt(6); c > 0; c--) sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.append(".\n\n").toString();
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int c = 4 + random.nextInt(4); c > 0; c--) sb.append((char) ('a' + random.nextInt(26)));
        return sb.toString();
    }

    private static void write(Path seeds, String name, String date, String title, String body) throws IOException {
        Files.writeString(seeds.resolve(name), " date " + date + " " + title + "\n\n" + body, StandardCharsets.UTF_8);
    }

    @Test
    void ranksTitleMatchFirstCountsExactlyAndPagesByTen() throws Exception {
        SearchRunner.Found first = SearchRunner.search(site, dir, "budget");
        int all = MENTIONS + 2;
        assertTrue(first.status().startsWith(all + " articles match"), first.status());
        assertEquals(10, first.links().size());
        assertEquals(urls.get("titled.txt"), first.links().get(0));
        SearchRunner.Found third = SearchRunner.search(site, dir, "budget", "&page=3");
        assertEquals(all - 20, third.links().size());
        assertTrue(third.status().contains("21 to " + all), third.status());
        HashSet<String> seen = new HashSet<>(first.links());
        seen.addAll(SearchRunner.search(site, dir, "budget", "&page=2").links());
        seen.addAll(third.links());
        assertEquals(all, seen.size(), "the three pages list every match once");
    }

    @Test
    void phraseInQuotesMatchesOnlyWordsSideBySide() throws Exception {
        SearchRunner.Found words = SearchRunner.search(site, dir, "budget vote");
        assertTrue(words.status().startsWith((MENTIONS + 1) + " articles match"), words.status());
        SearchRunner.Found phrase = SearchRunner.search(site, dir, "\"budget vote\"");
        assertEquals(List.of(urls.get("phrase.txt")), phrase.links());
        assertTrue(phrase.status().startsWith("1 article matches"), phrase.status());
        assertTrue(phrase.loaded().stream().anyMatch(f -> f.startsWith("search/p/")), "a phrase loads positions");
        assertEquals(List.of(), SearchRunner.search(site, dir, "\"vote budget\"").links());
    }

    @Test
    void ordersByDateWhenAsked() throws Exception {
        assertEquals(urls.get("titled.txt"), SearchRunner.search(site, dir, "budget", "&order=oldest").links().get(0));
        assertEquals(urls.get("phrase.txt"), SearchRunner.search(site, dir, "budget", "&order=newest&page=3").links().get(MENTIONS - 20));
        assertEquals(urls.get(String.format("mention-%02d.txt", 23)), SearchRunner.search(site, dir, "budget", "&order=newest").links().get(0));
    }

    @Test
    void foldsAccentsInQueryAndText() throws Exception {
        assertEquals(List.of(urls.get("accents.txt")), SearchRunner.search(site, dir, "zoe muller").links());
        assertEquals(List.of(urls.get("accents.txt")), SearchRunner.search(site, dir, "ZOË MÜLLER").links());
    }

    @Test
    void completesALastWordThatIsNotATermButNotAWholeWord() throws Exception {
        SearchRunner.Found started = SearchRunner.search(site, dir, "zoe müll");
        assertEquals(List.of(urls.get("accents.txt")), started.links());
        assertTrue(started.status().contains("(muller)"), started.status());
        assertTrue(SearchRunner.search(site, dir, "budg").status().startsWith((MENTIONS + 2) + " articles match"));
        // Only the last word is completed: one followed by more must be a term itself.
        assertEquals(List.of(), SearchRunner.search(site, dir, "budg roads").links());
    }

    @Test
    void queryLoadsOnlyItsTermsRecordsAndShownTexts() throws Exception {
        SearchRunner.Found found = SearchRunner.search(site, dir, "budget");
        assertFalse(found.loaded().stream().anyMatch(f -> f.startsWith("search/p/") || f.equals("search/dates.js")), found.loaded().toString());
        assertEquals(10, found.loaded().stream().filter(f -> f.startsWith("search/x/")).count(), found.loaded().toString());
        assertEquals(10, found.snippets().stream().filter(s -> s.contains("budget")).count(), found.snippets().toString());
    }

    @Test
    void seedsSiteFindsKavanaughInSeed001AndNotSeed000() throws Exception {
        Sites.Run seeds = Sites.build(Sites.SEEDS, dir.resolve("seeds-site"));
        assertEquals(0, seeds.exit());
        Map<String, String> bySource = new HashMap<>();
        for (JsonNode a : JSON.readTree(seeds.out().resolve("data/articles.json").toFile())) bySource.put(a.get("source").asText(), a.get("url").asText());
        List<String> links = SearchRunner.search(seeds.out(), dir, "Kavanaugh").links();
        assertTrue(links.contains(bySource.get("001_9c26234b053ef2da.txt")), links.toString());
        assertFalse(links.contains(bySource.get("000_edb852ce98d0f322.txt")), links.toString());
    }
}

package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real seeds plus broken and hostile files (src/test/resources/seeds-bad): the bad ones are named, the rest builds. */
class BadSeedsTest {
    @TempDir
    static Path dir;
    static Sites.Run site;
    static JsonNode report;
    static List<JsonNode> files;
    static JsonNode articles;

    @BeforeAll
    static void build() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS, Sites.BAD);
        site = Sites.build(seeds, dir.resolve("site"));
        report = new ObjectMapper().readTree(dir.resolve("site/data/report.json").toFile());
        files = Sites.reportFiles(dir.resolve("site"));
        articles = new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile());
    }

    private static Map<String, String> rejected() {
        return Sites.rejected(report);
    }

    @Test
    void rejectsEmptyWhitespaceAndBinarySeedsWithReasons() {
        Map<String, String> r = rejected();
        assertTrue(r.get("900_empty.txt").startsWith("empty file"), r.toString());
        assertTrue(r.get("901_whitespace.txt").startsWith("whitespace-only"), r.toString());
        assertTrue(r.get("902_image.txt").contains("PNG"), r.toString());
        assertEquals(3, r.size(), r.toString());
    }

    @Test
    void summaryNamesEachRejectedFileAndTheRestStillBuilds() {
        assertEquals(0, site.exit(), site.stderr());
        assertTrue(site.stderr().contains("8 articles, 0 duplicates, 3 rejected: 900_empty.txt (empty file"), site.stderr());
        assertEquals(8, articles.size());
    }

    @Test
    void strictFailsWhenAnythingWasRejectedAndPublishesNothing() {
        Sites.Run strict = Sites.build(dir.resolve("seeds"), dir.resolve("strict-site"), "--strict");
        assertEquals(1, strict.exit(), strict.stderr());
        assertTrue(strict.stderr().contains("--strict: 3 files were rejected"), strict.stderr());
        assertFalse(Files.exists(dir.resolve("strict-site")), "a failed build publishes no site");
    }

    @Test
    void windows1252SeedIsDecodedAndTheReportSaysSo() {
        JsonNode file = fileEntry("903_windows1252.txt");
        assertTrue(file.get("decoding").asText().startsWith("windows-1252"), file.toString());
        JsonNode article = article("903_windows1252.txt");
        assertEquals("Café owners in Málaga say “enough” to rent rises", article.get("title").asText());
        String text = site.page(article.get("url").asText()).selectFirst("[data-article-text]").text();
        assertTrue(text.contains("María José Fernández"), text);
    }

    @Test
    void bomAndCrlfSeedIsReadCleanly() {
        JsonNode article = article("905_bom_crlf.txt");
        assertEquals("Wind farm plan wins backing", article.get("title").asText());
        assertEquals("2020-11-05", article.get("date").asText());
        String text = site.page(article.get("url").asText()).selectFirst("[data-article-text]").text();
        assertFalse(text.contains("READ MORE"), text);
        assertFalse(text.contains("Advertisement"), text);
        assertFalse(text.contains("\r"));
    }

    @Test
    void hostileHtmlPageKeepsItsTextAndLosesEveryScriptHandlerAndUnsafeUrl() {
        JsonNode article = article("904_hostile page.html");
        assertEquals("Council votes on new harbour plan", article.get("title").asText());
        assertEquals("2022-06-15", article.get("date").asText());
        assertEquals("meta", article.get("dateSource").asText());
        Document page = site.page(article.get("url").asText());
        String text = page.selectFirst("[data-article-text]").text();
        assertTrue(text.contains("Opponents, led by fisherman Tom Okafor"), text);
        assertFalse(text.toLowerCase().contains("cookies"), text);
        assertFalse(text.contains("injected"), text);
        assertNotNull(page.selectFirst("[data-article-text] a[href=https://example.org/plan?utm_source=x]"));
        JsonNode removed = fileEntry("904_hostile page.html").get("removed");
        assertTrue(removed.get("script").asInt() >= 3, removed.toString());
        assertTrue(removed.get("event-handler").asInt() >= 4, removed.toString());
        assertTrue(removed.get("unsafe-url").asInt() >= 2, removed.toString());
    }

    @Test
    void noScriptHandlerOrJavascriptUrlFromASeedIsInAnyHtmlFile() throws IOException {
        for (Path html : Sites.files(dir.resolve("site"), ".html")) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element s : doc.select("script")) {
                boolean ours = s.attr("type").equals("application/ld+json") || s.attr("src").matches("(\\.\\./)*(js|search)/[a-z0-9-]+\\.js");
                assertTrue(ours, html + ": " + s.outerHtml());
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), html + ": " + e.outerHtml());
                    String v = a.getValue().strip().toLowerCase();
                    assertFalse(v.startsWith("javascript:") || v.startsWith("data:"), html + ": " + e.outerHtml());
                }
            }
        }
    }

    @Test
    void htmlOriginalIsPublishedUnderANameNoBrowserRuns() throws IOException {
        Path original = dir.resolve("site/originals/904_hostile page.html.txt");
        assertEquals(-1L, Files.mismatch(original, dir.resolve("seeds/904_hostile page.html")));
        List<Path> html = Sites.files(dir.resolve("site/originals"), ".html");
        assertEquals(List.of(), html);
    }

    @Test
    void everySeedIsAccountedForExactlyOnce() {
        assertEquals(11, files.size());
        int articlesCount = 0, rejectedCount = 0;
        for (JsonNode f : files) {
            switch (f.get("outcome").asText()) {
                case "article" -> articlesCount++;
                case "rejected" -> rejectedCount++;
                default -> throw new AssertionError(f.toString());
            }
        }
        assertEquals(8, articlesCount);
        assertEquals(3, rejectedCount);
        assertEquals(8, report.get("articles").asInt());
    }

    @Test
    void fileNamesWithSpacesAccentsAndLeadingDotsAreArticlesWithWorkingLinks() throws IOException {
        assertEquals("Ferry service to island resumes after storm", article(".leading_dot_ferry.txt").get("title").asText());
        JsonNode zurich = article("907_zürich – dirigentin.txt");
        Element original = site.page(zurich.get("url").asText()).selectFirst("main a[href*=originals/]");
        // A name with characters other than ASCII gets a safe form and a hash: under any locale the site can hold it.
        assertTrue(original.attr("href").matches("\\.\\./originals/907_zurich%20_%20dirigentin-[0-9a-f]{8}\\.txt"), original.attr("href"));
        assertEquals(List.of(), Sites.brokenLinks(dir.resolve("site")));
    }

    private static JsonNode article(String source) {
        for (JsonNode a : articles) if (a.get("source").asText().equals(source)) return a;
        throw new AssertionError("no article from " + source);
    }

    private static JsonNode fileEntry(String source) {
        for (JsonNode a : files) if (a.get("source").asText().equals(source)) return a;
        throw new AssertionError("no report entry for " + source);
    }
}

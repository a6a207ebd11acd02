package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.ingest.Sha256;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository's own seeds, built into a site exactly as `mvn package` does, and read back with Jsoup. */
class SeedsSiteTest {
    @TempDir
    static Path dir;
    static Sites.Run site;
    static JsonNode articles;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.build(Sites.SEEDS, dir.resolve("site"));
        articles = new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile());
    }

    @Test
    void buildSucceedsAndSummarisesOnOneLine() {
        assertEquals(0, site.exit(), site.stderr());
        assertTrue(site.stderr().contains("3 articles, 0 duplicates, 0 rejected -> "), site.stderr());
    }

    @Test
    void personPagesLinkEveryArticleThatMentionsThem() {
        for (String person : List.of("alyssa-milano", "joe-biden")) {
            Document page = site.page("people/" + person + ".html");
            Set<String> linked = new HashSet<>();
            for (Element a : page.select("main .article-list a")) linked.add(resolve("people/", a.attr("href")));
            for (JsonNode a : articles) assertTrue(linked.contains(a.get("url").asText()), person + " page misses " + a.get("url"));
        }
    }

    @Test
    void titlesNeverStartWithTheHeaderLineAndDerivedOnesAreShort() {
        for (JsonNode a : articles) {
            String title = a.get("title").asText();
            assertFalse(title.toLowerCase().startsWith("date"), title);
            assertTrue(title.length() >= 20 && title.length() <= 140, title);
            assertEquals(title, site.page(a.get("url").asText()).selectFirst("h1").text());
        }
    }

    @Test
    void sha256InArticlesJsonIsTheDigestOfTheSeedBytes() throws IOException {
        for (JsonNode a : articles) {
            byte[] seed = Files.readAllBytes(Sites.SEEDS.resolve(a.get("source").asText()));
            assertEquals(Sha256.hex(seed), a.get("sha256").asText());
        }
    }

    @Test
    void articlePageLinksTheOriginalBytesUnchanged() throws IOException {
        for (JsonNode a : articles) {
            Document page = site.page(a.get("url").asText());
            Element original = page.selectFirst("main a[href*=originals/]");
            Path file = dir.resolve("site").resolve(resolve("articles/", original.attr("href")));
            assertTrue(file.toString().endsWith(".txt"));
            assertEquals(-1L, Files.mismatch(file, Sites.SEEDS.resolve(a.get("source").asText())));
        }
    }

    @Test
    void headerLineCaptionsCreditsAndReadMoreNeverReachTheText() {
        StringBuilder all = new StringBuilder();
        for (JsonNode a : articles) all.append(site.page(a.get("url").asText()).selectFirst("[data-article-text]").text()).append('\n');
        String text = all.toString();
        assertFalse(text.contains(" date 2020"), "header line leaked");
        assertFalse(text.contains("(Photo by"), "caption leaked");
        assertFalse(text.contains("Presley Ann/Getty Images"), "credit leaked");
        assertFalse(text.contains("READ MORE"), "read-more leaked");
        assertTrue(text.contains("A blue-on-blue battle is brewing"), "body text lost");
    }

    @Test
    void embeddedTweetsBecomeQuotesWithAuthorHandleAndDate() {
        JsonNode lede = null;
        for (JsonNode a : articles) if (a.get("source").asText().startsWith("001_")) lede = a;
        Document page = site.page(lede.get("url").asText());
        List<Element> tweets = page.select("blockquote.tweet");
        assertTrue(tweets.size() >= 10, "tweets: " + tweets.size());
        Element first = tweets.get(0);
        assertEquals("Post-Scarcity-Pal 🏴 🍞📚", first.selectFirst(".tweet-author").text());
        assertEquals("@PostScarcityPal", first.selectFirst(".tweet-handle").text());
        assertEquals("2020-04-02", first.selectFirst("time").attr("datetime"));
        // The glued "#AlyssaMilanohttps://t.co/...pic.twitter.com/..." comes apart into a hashtag and two links.
        assertTrue(page.select("blockquote.tweet a[href=https://t.co/fcrs8yiv9T]").size() == 1);
        assertTrue(page.select("blockquote.tweet a[href=https://pic.twitter.com/QKZdWkmhe8]").size() == 1);
    }

    @Test
    void everyInternalLinkIsRelativeAndPointsAtAFile() throws IOException {
        assertEquals(List.of(), Sites.brokenLinks(dir.resolve("site")));
    }

    @Test
    void timelineGroupsByYearAndMonthWithUndatedApart() {
        Document t = site.page("timeline/index.html");
        assertTrue(t.getElementById("m-2020-04") != null, "April 2020 group");
        assertTrue(t.getElementById("undated") != null, "undated group: seed 002 has no date evidence");
        assertEquals(3, t.select("main .article-list a").size());
    }

    @Test
    void homePageSaysWhatTheArchiveIsAndLinksTimelineAndPeople() {
        Document home = site.page("index.html");
        assertTrue(home.selectFirst("main h1").text().length() > 5);
        assertTrue(home.select("main a[href=timeline/index.html]").size() >= 1);
        assertTrue(home.select("main a[href=people/index.html]").size() >= 1);
        assertTrue(home.select("input[type=search]").size() >= 1);
        long dated = 0;
        for (JsonNode a : articles) if (!a.get("date").isNull()) dated++;
        assertEquals(Math.min(10, dated), home.select("main .article-list a").size(), "latest dated articles");
    }

    @Test
    void articlesCarryNewsArticleJsonLd() throws IOException {
        for (JsonNode a : articles) {
            Element ld = site.page(a.get("url").asText()).selectFirst("script[type=application/ld+json]");
            JsonNode json = new ObjectMapper().readTree(ld.data());
            assertEquals("NewsArticle", json.get("@type").asText());
            assertEquals(a.get("title").asText(), json.get("headline").asText());
        }
    }

    @Test
    void articlesAreInTimelineOrderWithPreviousAndNextLinks() {
        List<String> dates = new ArrayList<>();
        for (JsonNode a : articles) dates.add(a.get("date").isNull() ? "~" : a.get("date").asText());
        List<String> sorted = new ArrayList<>(dates);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, dates);
        String first = articles.get(0).get("url").asText();
        String second = articles.get(1).get("url").asText();
        assertEquals(resolve("articles/", site.page(first).selectFirst("a[rel=next]").attr("href")), second);
        assertEquals(resolve("articles/", site.page(second).selectFirst("a[rel=prev]").attr("href")), first);
    }

    /** A link found in a page under {@code dir} as a path from the site root. */
    static String resolve(String dir, String href) {
        return URI.create("http://x/" + dir).resolve(href.replace(" ", "%20")).getPath().substring(1).replace("%20", " ");
    }
}

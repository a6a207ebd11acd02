package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Curators' corrections and person profiles in content/ apply on every build. */
class CurationTest {
    @TempDir
    Path dir;

    @Test
    void correctionsOverrideTitleDateAndPeopleAndSurviveRegeneration() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("corrections"));
        Files.writeString(content.resolve("corrections/002_00d09475fcb2e337.txt.properties"),
                "title=Milano stands by Biden\ndate=2019-04\npeople.add=Lucy Flores\npeople.remove=Joe Biden\n");
        for (int build = 0; build < 2; build++) {
            Sites.Run r = Sites.build(Sites.SEEDS, dir.resolve("site"), "--content", content.toString());
            assertEquals(0, r.exit(), r.stderr());
            JsonNode a = find("002_00d09475fcb2e337.txt");
            assertEquals("Milano stands by Biden", a.get("title").asText());
            assertEquals("2019-04", a.get("date").asText());
            assertEquals("curated", a.get("dateSource").asText());
            assertTrue(a.get("people").toString().contains("Lucy Flores"));
            assertFalse(a.get("people").toString().contains("Joe Biden"));
        }
    }

    @Test
    void personProfileGivesBioAndAliasesOnThePersonPage() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("people"));
        Files.writeString(content.resolve("people/alyssa-milano.md"),
                "name: Alyssa Milano\naliases: Milano\n\nAmerican actress and activist.\n\nAn early voice of #MeToo.\n");
        Sites.Run r = Sites.build(Sites.SEEDS, dir.resolve("site"), "--content", content.toString());
        assertEquals(0, r.exit(), r.stderr());
        Document page = r.page("people/alyssa-milano.html");
        assertEquals(2, page.select(".bio p").size());
        assertTrue(page.selectFirst("p.aliases").text().contains("Milano"));
    }

    @Test
    void aMalformedCorrectionIsReportedAndTheRestApplies() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("corrections"));
        Files.writeString(content.resolve("corrections/000_edb852ce98d0f322.txt.properties"), "date=last spring\ntitle=Fixed title\ncolour=red\n");
        Sites.Run r = Sites.build(Sites.SEEDS, dir.resolve("site"), "--content", content.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("date 'last spring' ignored"), r.stderr());
        assertTrue(r.stderr().contains("unknown key 'colour'"), r.stderr());
        assertEquals("Fixed title", find("000_edb852ce98d0f322.txt").get("title").asText());
        assertEquals("2020-04-02", find("000_edb852ce98d0f322.txt").get("date").asText());
    }

    @Test
    void aCuratedPageNamedLikeAnArchiveOrAssetFileIsLeftOutWithItsNameAndANewName() throws IOException {
        Path pages = dir.resolve("content/pages");
        Files.createDirectories(pages.resolve("people"));
        Files.createDirectories(pages.resolve("css"));
        String page = "title=Curated\ntype=page\nstatus=published\n~~~~~~\n<p>curated-marker</p>\n";
        for (String name : List.of("index.html", "report.html", "404.html", "people/extra.html", "Search.html", "history.html", "back\\slash.html")) {
            Files.writeString(pages.resolve(name), page);
        }
        Files.writeString(pages.resolve("feed.xml"), "<feed>curated-marker</feed>");
        Files.writeString(pages.resolve("robots.txt"), "User-agent: *\nDisallow: /\n");
        Files.writeString(pages.resolve("css/dossier.css"), "/* curated-marker */");
        Sites.Run r = Sites.build(Sites.SEEDS, dir.resolve("site"), "--content", dir.resolve("content").toString());
        assertEquals(0, r.exit(), r.stderr());

        for (String name : List.of("index.html", "report.html", "404.html", "people/extra.html", "Search.html", "feed.xml", "robots.txt", "css/dossier.css")) {
            assertTrue(r.stderr().contains("warning: content/pages/" + name + ": not published: the archive writes "), name + " in " + r.stderr());
            assertTrue(r.stderr().contains("(rename it, e.g. to content/pages/curated-" + name + ")"), name + " in " + r.stderr());
            assertTrue(r.text("data/report.json").contains("content/pages/" + name), name);
        }
        assertTrue(r.stderr().contains("content/pages/people/extra.html: not published: the archive writes people/ itself"), r.stderr());
        assertTrue(r.stderr().contains("warning: content/pages/back\\slash.html: not published: JBake cannot bake a page whose name holds a "
                + "backslash (rename it, e.g. to content/pages/back-slash.html)"), r.stderr());
        for (String archive : List.of("index.html", "report.html", "404.html", "search.html", "feed.xml", "robots.txt", "css/dossier.css")) {
            assertFalse(r.text(archive).contains("curated-marker"), archive + " is the archive's");
        }
        assertFalse(Files.exists(dir.resolve("site/people/extra.html")));
        assertTrue(r.text("history.html").contains("curated-marker"), "the other curated pages are published");
        assertEquals(0, IntegrityTest.verify(dir.resolve("site")).exit(), IntegrityTest.verify(dir.resolve("site")).err());
    }

    @Test
    void aCorrectionForASeedInASubFolderIsWrittenUnderTheSeedsFolders() throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds.resolve("2020/april"));
        Files.copy(Sites.SEEDS.resolve("000_edb852ce98d0f322.txt"), seeds.resolve("2020/april/000_edb852ce98d0f322.txt"));
        Files.copy(Sites.SEEDS.resolve("001_9c26234b053ef2da.txt"), seeds.resolve("001_9c26234b053ef2da.txt"));
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("corrections/2020/april"));
        Files.writeString(content.resolve("corrections/2020/april/000_edb852ce98d0f322.txt.properties"), "title=Corrected in a folder\n");
        Sites.Run r = Sites.build(seeds, dir.resolve("site"), "--content", content.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("Corrected in a folder", find("2020/april/000_edb852ce98d0f322.txt").get("title").asText());
        assertFalse(r.stderr().contains("warning"), r.stderr());
    }

    @Test
    void aCorrectionOrProfileThatNamesNoSeedOrPersonIsAWarningNamingItsFile() throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds.resolve("2020"));
        Files.copy(Sites.SEEDS.resolve("000_edb852ce98d0f322.txt"), seeds.resolve("2020/000_edb852ce98d0f322.txt"));
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("corrections"));
        Files.createDirectories(content.resolve("people"));
        Files.writeString(content.resolve("corrections/no-such-seed.txt.properties"), "title=Nowhere\n");
        Files.writeString(content.resolve("corrections/000_edb852ce98d0f322.txt.properties"), "title=Misplaced\n");
        Files.writeString(content.resolve("people/nobody.md"), "name: Nobody Known\naliases: N. Known\n\nNever mentioned.\n");
        Files.writeString(content.resolve("people/alyssa-milano.md"), "name: Alyssa Milano\n\nMentioned.\n");
        Sites.Run r = Sites.build(seeds, dir.resolve("site"), "--content", content.toString());
        assertEquals(0, r.exit(), r.stderr());
        List<String> expected = List.of(
                "warning: content/corrections/no-such-seed.txt.properties: no seed no-such-seed.txt in the seeds folder; correction not applied",
                "warning: content/corrections/000_edb852ce98d0f322.txt.properties: no seed 000_edb852ce98d0f322.txt in the seeds folder; "
                        + "correction not applied (did you mean content/corrections/2020/000_edb852ce98d0f322.txt.properties?)",
                "warning: content/people/nobody.md: no article mentions Nobody Known or N. Known; profile not used");
        for (String warning : expected) assertTrue(r.stderr().contains(warning), warning + " in " + r.stderr());
        assertFalse(r.stderr().contains("alyssa-milano.md"), r.stderr());
        String report = r.text("data/report.json");
        for (String file : List.of("no-such-seed.txt.properties", "corrections/000_edb852ce98d0f322.txt.properties", "people/nobody.md")) {
            assertTrue(report.contains(file), file + " in the report");
        }
    }

    @Test
    void everyLinkMadeFromAFileNameIsPercentEncodedAndResolves() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Files.copy(seeds.resolve("001_9c26234b053ef2da.txt"), seeds.resolve("what? #1 100% é.txt"));
        Files.delete(seeds.resolve("001_9c26234b053ef2da.txt"));
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("people"));
        String profile = "Joe ?#%é+ Biden";
        Files.writeString(content.resolve("people/" + profile + ".md"), "name: Joe Biden\n\nFormer vice president.\n");
        Path site = dir.resolve("site");
        Sites.Run r = Sites.build(seeds, site, "--content", content.toString(), "--base-url", "https://example.org/archive/");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Files.isRegularFile(site.resolve("people/" + profile + ".html")));

        String encoded = "people/Joe%20%3F%23%25%C3%A9%2B%20Biden.html";
        assertTrue(r.page("people/index.html").select("a[href]").eachAttr("href").contains("../" + encoded), "people index");
        assertTrue(r.page("index.html").select("a[href]").eachAttr("href").contains(encoded), "home page");
        assertTrue(r.text("sitemap.xml").contains("https://example.org/archive/" + encoded), r.text("sitemap.xml"));
        assertEquals(List.of(), Sites.brokenLinks(site));
    }

    private JsonNode find(String source) throws IOException {
        for (JsonNode a : new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile())) {
            if (a.get("source").asText().equals(source)) return a;
        }
        throw new AssertionError(source);
    }
}

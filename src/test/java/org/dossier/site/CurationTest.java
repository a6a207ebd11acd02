package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private JsonNode find(String source) throws IOException {
        for (JsonNode a : new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile())) {
            if (a.get("source").asText().equals(source)) return a;
        }
        throw new AssertionError(source);
    }
}

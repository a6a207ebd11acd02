package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A re-scraped article is reported as a duplicate of the first copy and published once. */
class DuplicatesTest {
    @TempDir
    Path dir;

    @Test
    void exactAndNearDuplicatesAreReportedAndPublishedOnce() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        String original = Files.readString(seeds.resolve("000_edb852ce98d0f322.txt"), StandardCharsets.UTF_8);
        // Same text, other whitespace.
        Files.writeString(seeds.resolve("500_rescrape.txt"), original.replace("\n\n", "\n").replace(". ", ".  "));
        // Re-scraped: an ad line, a tracking query string, one sentence changed.
        Files.writeString(seeds.resolve("501_near.txt"), original.replace("They didn’t take it well.",
                "Advertisement\n\nThey did not take it well at all. https://example.com/story?utm_source=twitter"));
        Sites.Run r = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("3 articles, 2 duplicates, 0 rejected"), r.stderr());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("site/data/report.json").toFile());
        assertEquals(2, report.get("duplicates").size());
        for (JsonNode d : report.get("duplicates")) assertEquals("000_edb852ce98d0f322.txt", d.get("duplicateOf").asText());
        JsonNode articles = new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile());
        assertEquals(3, articles.size());
    }
}

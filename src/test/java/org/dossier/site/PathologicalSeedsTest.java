package org.dossier.site;

import org.dossier.fuzz.Pathological;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds of issue 17 that stopped the build (5,000 nested divs or sections: a stack overflow) or stalled it for
 * minutes (abbreviations, a list of 9,161 names, 10,000 unclosed tags), at the sizes reported, beside the real seeds:
 * the real CLI builds them all within seconds, and the list's limit on co-mentions is reported for that seed.
 */
class PathologicalSeedsTest {
    @TempDir
    Path dir;

    @Test
    void deepNestingUnclosedTagsAbbreviationsAndLongListsBuildWithinSecondsBesideTheRest() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Map<Pathological, Integer> sizes = Map.of(Pathological.DEEP_DIVS, 5_000, Pathological.DEEP_SECTIONS, 5_000,
                Pathological.UNCLOSED_TAGS, 10_000, Pathological.REPEATED_ABBREVIATIONS, 21_000, Pathological.LIST_OF_NAMES, 9_161);
        for (Map.Entry<Pathological, Integer> s : sizes.entrySet()) {
            Files.writeString(seeds.resolve(s.getKey().file), s.getKey().seed(s.getValue()), StandardCharsets.UTF_8);
        }

        // Minutes, or a stack overflow, before; a generous bound for a busy two-core machine.
        Sites.Run site = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Sites.build(seeds, dir.resolve("site")));

        assertEquals(0, site.exit(), site.stderr());
        Map<String, String> outcomes = new HashMap<>();
        Sites.reportFiles(dir.resolve("site")).forEach(f -> outcomes.put(f.get("source").asText(), f.get("outcome").asText()));
        for (Pathological p : sizes.keySet()) assertEquals("article", outcomes.get(p.file), p.file + ": " + site.stderr());
        try (var real = Files.list(Sites.SEEDS)) {
            real.forEach(f -> assertEquals("article", outcomes.get(f.getFileName().toString()), f + ": " + site.stderr()));
        }
        assertTrue(site.stderr().matches("(?s).*warning: donors\\.txt: names 9,\\d{3} people: a list, so none of them gets"
                + " co-mentions from it.*"), site.stderr());
    }
}

package org.dossier.devset;

import org.dossier.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the development set (real-shaped articles written for this project, with hand-made gold; see
 * src/test/resources/devset/SOURCES.md) into a site and holds extraction to its floors. The numbers themselves are
 * printed by bench/score.
 */
class DevSetTest {
    static final Path DEVSET = Path.of("src/test/resources/devset");

    @TempDir
    Path dir;

    @Test
    void devSetMeetsTheExtractionFloors() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, Dossier.run("build", "--seeds", DEVSET.resolve("seeds").toString(), "--out", site.toString(),
                "--content", dir.resolve("no-content").toString()));
        DevSetScorer.Score s = DevSetScorer.score(site, DEVSET.resolve("gold.jsonl"), DEVSET.resolve("aliases.json"));
        String detail = s.table();
        assertTrue(s.peopleF1() >= 0.95, "people F1 " + s.peopleF1() + "\n" + detail);
        assertTrue(s.dateAccuracy() >= 0.95, "dates " + s.dateAccuracy() + "\n" + detail);
        assertTrue(s.titleAccuracy() >= 0.95, "titles " + s.titleAccuracy() + "\n" + detail);
        assertTrue(s.keptRate() >= 0.98, "kept text " + s.keptRate() + "\n" + detail);
        assertEquals(0, s.junkLeaks(), detail);
        assertEquals(0, s.securityFailures(), detail);
        assertEquals(s.rejectsTotal(), s.rejectsRight(), detail);
        assertEquals(0, s.falseRejects(), detail);
        assertEquals(s.duplicatesTotal(), s.duplicatesRight(), detail);
        assertEquals(0, s.falseDuplicates(), detail);
        assertEquals(0, s.articlesMissing(), detail);
    }
}

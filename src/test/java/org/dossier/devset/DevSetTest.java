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
    static final double PEOPLE_F1 = 0.98;
    static final double DATES = 0.97;
    static final double TITLES = 0.97;
    static final int JUNK_LEAKS = 3;

    @TempDir
    Path dir;

    @Test
    void devSetMeetsTheExtractionFloors() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, Dossier.run("build", "--seeds", DEVSET.resolve("seeds").toString(), "--out", site.toString(),
                "--content", dir.resolve("no-content").toString()));
        DevSetScorer.Score s = DevSetScorer.score(site, DEVSET.resolve("gold.jsonl"), DEVSET.resolve("aliases.json"));
        String detail = s.table();
        // Floors at the score main's code reached when the set grew to many countries, languages and CMSs (issue 13,
        // item 7): they hold what works and are raised as extraction improves. The gold is not bent to fit the code;
        // bench/score lists every miss. The held-back part (src/test/resources/devset-heldout) is never read here.
        assertTrue(s.peopleF1() >= PEOPLE_F1, "people F1 " + s.peopleF1() + "\n" + detail);
        assertTrue(s.dateAccuracy() >= DATES, "dates " + s.dateAccuracy() + "\n" + detail);
        assertTrue(s.titleAccuracy() >= TITLES, "titles " + s.titleAccuracy() + "\n" + detail);
        assertTrue(s.keptRate() >= 0.98, "kept text " + s.keptRate() + "\n" + detail);
        assertTrue(s.junkLeaks() <= JUNK_LEAKS, "junk lines left " + s.junkLeaks() + "\n" + detail);
        assertEquals(0, s.securityFailures(), detail);
        assertEquals(s.rejectsTotal(), s.rejectsRight(), detail);
        assertEquals(0, s.falseRejects(), detail);
        assertEquals(s.duplicatesTotal(), s.duplicatesRight(), detail);
        assertEquals(0, s.falseDuplicates(), detail);
        assertEquals(0, s.articlesMissing(), detail);
        assertEquals(0, s.goldProblems(), detail);
    }
}

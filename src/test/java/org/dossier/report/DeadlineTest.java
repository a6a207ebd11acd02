package org.dossier.report;

import org.dossier.clean.CleanedSeed;
import org.dossier.clean.SeedCleaner;
import org.dossier.extract.Curation;
import org.dossier.extract.Extractor;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seed's time budget, once spent, stops cleaning or extraction with the seed's reason, which the pipeline reports. */
class DeadlineTest {
    private static final String SCRAPE = "date 2020-04-02 Council approves harbour plan\n\nThe city council voted on Tuesday to"
            + " approve a new plan for the old harbour, ending two years of argument over the waterfront. Councillor Jane"
            + " Whitaker said the plan would bring new jobs.\n";

    private static Seed seed(String source) {
        return ((Outcome.Ok<Seed>) SeedReader.decode(source, Path.of(source), SCRAPE.getBytes(StandardCharsets.UTF_8))).value();
    }

    @Test
    void cleaningPastTheBudgetStopsWithTheSeedsNameAndAdvice() {
        Deadline spent = Deadline.after(Duration.ZERO, "late.txt");
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> SeedCleaner.clean(seed("late.txt"), spent));
        assertEquals(new Problem("late.txt", Stage.CLEAN, "took longer than 0 s to clean; split it or report it"), e.problem());
    }

    @Test
    void extractionPastTheBudgetStopsWithTheSeedsNameAndAdvice() {
        Outcome<CleanedSeed> cleaned = SeedCleaner.clean(seed("late.txt"), Deadline.after(Duration.ofHours(1), "late.txt"));
        assertTrue(cleaned instanceof Outcome.Ok<CleanedSeed>, cleaned.toString());
        Deadline spent = Deadline.after(Duration.ZERO, "late.txt");
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class,
                () -> new Extractor(Curation.empty()).extract(((Outcome.Ok<CleanedSeed>) cleaned).value(), spent));
        assertEquals("late.txt: took longer than 0 s to extract; split it or report it", e.problem().toString());
    }

    @Test
    void aBudgetNotYetSpentLetsTheSeedThrough() {
        assertTrue(SeedCleaner.clean(seed("on-time.txt"), Deadline.after(Duration.ofHours(1), "on-time.txt")) instanceof Outcome.Ok<CleanedSeed>);
    }
}

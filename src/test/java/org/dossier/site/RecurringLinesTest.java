package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A line many seeds of the archive share is the site's furniture; a sentence two articles share is not. */
class RecurringLinesTest {
    private static final String CHROME = "The Harbour Gazette · Independent news for the bay since 1921";
    private static final String QUOTE = "“We will not let this town lose its harbour,” the mayor told reporters on the quay.";
    private static final String SHARED = "Tide tables and ferry times appear on the back page every Saturday";
    private static final List<String> SUBJECTS = List.of("the ferry service", "the old lighthouse", "the fish market",
            "the school board", "the harbour bridge", "the sailing club");

    @TempDir
    Path dir;

    @Test
    void aLineOfSiteChromeInFiveSeedsIsRemovedAsRecurringAndASentenceTwoShareIsKept() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < 5; i++) {
            List<String> extra = i < 2 ? List.of(QUOTE) : List.of();
            Files.writeString(seeds.resolve("story-" + i + ".txt"), story(SUBJECTS.get(i), extra, List.of(CHROME)), StandardCharsets.UTF_8);
        }
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());

        Map<String, JsonNode> files = files(run);
        for (int i = 0; i < 5; i++) {
            JsonNode f = files.get("story-" + i + ".txt");
            String body = run.page(f.get("url").asText()).selectFirst("[data-article-text]").text();
            assertFalse(body.contains("Independent news for the bay"), "chrome left in story-" + i + ": " + body);
            assertEquals(List.of(CHROME), texts(f.get("removedText").get("recurring-line")), "story-" + i + " names why the line went");
            assertEquals(i < 2, body.contains("the mayor told reporters on the quay"), "the quotation two articles share stays: " + body);
            assertTrue(body.contains("debated the future of " + SUBJECTS.get(i)), body);
        }
    }

    /**
     * Each seed's cleaning depends on the others only through which of its own lines recur, so a new seed that makes
     * a line recur re-cleans the seeds that hold it, and nothing else; the result is still that of a clean build.
     */
    @Test
    void addingASeedReCleansOnlyTheSeedsThatShareALineItMakesRecur() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < 5; i++) {
            List<String> tail = i < 2 ? List.of(SHARED, CHROME) : List.of(CHROME);
            Files.writeString(seeds.resolve("story-" + i + ".txt"), story(SUBJECTS.get(i), List.of(), tail), StandardCharsets.UTF_8);
        }
        Path site = dir.resolve("inc/site");
        Sites.Run first = Sites.build(seeds, site);
        assertEquals(0, first.exit(), first.stderr());
        assertEquals(List.of(CHROME), texts(files(first).get("story-0.txt").get("removedText").get("recurring-line")));

        Files.writeString(seeds.resolve("story-5.txt"), story(SUBJECTS.get(5), List.of(), List.of(SHARED, CHROME)), StandardCharsets.UTF_8);
        Sites.Run added = Sites.build(seeds, site, "--verbose");
        assertEquals(0, added.exit(), added.stderr());
        // story-0 and story-1 hold the line that now recurs, story-5 is new: the other three are reused.
        assertTrue(added.stderr().contains(" 3 seeds from the cache;"), added.stderr());
        Map<String, JsonNode> files = files(added);
        for (String s : List.of("story-0.txt", "story-1.txt", "story-5.txt")) {
            assertEquals(List.of(SHARED, CHROME), texts(files.get(s).get("removedText").get("recurring-line")), s);
        }
        Path clean = dir.resolve("clean/site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
        IntegrityTest.assertSameTree(clean, site);
    }

    /**
     * The other way: deleting a seed that made a line recur re-cleans the seeds that still hold it, whose lines the
     * build did not read (their files are unchanged), and nothing else.
     */
    @Test
    void deletingASeedReCleansOnlyTheSeedsThatHoldALineThatNoLongerRecurs() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < 6; i++) {
            List<String> tail = i < 2 || i == 5 ? List.of(SHARED, CHROME) : List.of(CHROME);
            Files.writeString(seeds.resolve("story-" + i + ".txt"), story(SUBJECTS.get(i), List.of(), tail), StandardCharsets.UTF_8);
        }
        // Stamps taken within two seconds of a write are not kept: then every seed would be read again.
        Thread.sleep(2_100);
        Path site = dir.resolve("inc/site");
        Sites.Run first = Sites.build(seeds, site);
        assertEquals(0, first.exit(), first.stderr());
        assertEquals(List.of(SHARED, CHROME), texts(files(first).get("story-0.txt").get("removedText").get("recurring-line")));

        Files.delete(seeds.resolve("story-5.txt"));
        Sites.Run deleted = Sites.build(seeds, site, "--verbose");
        assertEquals(0, deleted.exit(), deleted.stderr());
        assertTrue(deleted.stderr().contains(" 0 seeds read ahead"), deleted.stderr());
        assertTrue(deleted.stderr().contains(" 3 seeds from the cache;"), deleted.stderr());
        Map<String, JsonNode> files = files(deleted);
        for (String s : List.of("story-0.txt", "story-1.txt")) {
            assertEquals(List.of(CHROME), texts(files.get(s).get("removedText").get("recurring-line")), s);
        }
        Path clean = dir.resolve("clean/site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
        IntegrityTest.assertSameTree(clean, site);
    }

    /** A short article of prose about the subject, with lines a site prints around it. */
    private static String story(String subject, List<String> middle, List<String> tail) {
        List<String> p = new ArrayList<>();
        p.add(" date 2021-06-0" + (SUBJECTS.indexOf(subject) + 1) + " Council debates the future of " + subject);
        p.add("The town council debated the future of " + subject + " on Tuesday evening, after months of complaints "
                + "from residents who rely on it every day and who want a clear answer before the summer begins.");
        p.add("Several members said that the cost of keeping " + subject + " open had doubled since the storm, and that "
                + "the town could not carry it alone without help from the county or from the state government.");
        p.addAll(middle);
        p.add("A decision on " + subject + " is expected at the next meeting, when the council will also hear from "
                + "the people who work there and from the businesses that depend on the visitors it brings.");
        p.addAll(tail);
        return String.join("\n\n", p) + "\n";
    }

    private static Map<String, JsonNode> files(Sites.Run run) throws IOException {
        return Sites.reportFilesBySource(run.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(t -> out.add(t.asText()));
        return out;
    }
}

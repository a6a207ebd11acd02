package org.dossier.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change the build can bound renders only the pages that read what it reached (the articles whose facts or
 * neighbours' links changed, the people whose facts did, the lists that hold them) and keeps every other page where
 * the last build put it, unvisited: over random runs of adds, edits, moves in time (also out of it and back), people
 * named anew, deletes and rejected seeds, in an archive cut into pages of a dozen, each build's site is a clean
 * build's, byte for byte, and keys a few pages. The lists it did not reach are not digested again, and their pages
 * too are a clean build's.
 */
class RenderPlanTest {
    private static final int LIMIT = 12;
    private static final String[] PEOPLE = {"Carmen Merritt", "Valerie Hartmore", "Karen Ashstead", "Adam Foley", "Nicole Briggs",
            "Isaac Halloran", "Helen Kirkland", "Oscar Lindqvist"};

    @TempDir
    static Path dir;

    @BeforeAll
    static void cutListsIntoSmallPages() {
        System.setProperty("dossier.pageItems", Integer.toString(LIMIT));
    }

    @AfterAll
    static void restoreTheLimit() {
        System.clearProperty("dossier.pageItems");
    }

    @Test
    void randomRunsOfBoundedChangesLeaveTheSiteACleanBuildMakes() throws IOException {
        runs(1, 4, 60, 3);
    }

    /**
     * With 240 articles, years, months, people's years, letters and the report are each cut into several pages, and
     * most list pages are ones a change does not reach.
     */
    @Test
    void randomRunsOverManyListPagesLeaveEveryListPageAsACleanBuildMakesIt() throws IOException {
        runs(11, 2, 240, 4);
    }

    /** Runs {@code runs} random runs of {@code steps} builds over an archive of {@code n} articles. */
    private static void runs(long first, int runs, int n, int steps) throws IOException {
        for (long run = first; run < first + runs; run++) {
            Random random = new Random(run);
            Path at = dir.resolve("run-" + run);
            Path seeds = LightPagesTest.archive(at.resolve("seeds"), n);
            Path out = at.resolve("site");
            assertEquals(0, Sites.build(seeds, out).exit());
            for (int step = 0; step < steps; step++) {
                int changes = 1 + random.nextInt(3);
                for (int c = 0; c < changes; c++) change(seeds, random, run * 100 + step * 10 + c);
                Sites.Run built = Sites.build(seeds, out, "--verbose");
                assertEquals(0, built.exit(), built.stderr());
                Path clean = at.resolve("clean-" + step);
                assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
                IntegrityTest.assertSameTree(clean, out);
                Matcher keyed = Pattern.compile("(\\d+) pages keyed").matcher(built.stderr());
                assertTrue(keyed.find(), built.stderr());
                assertTrue(Integer.parseInt(keyed.group(1)) <= 40 * changes, built.stderr());
            }
        }
    }

    /**
     * One change to the seeds: an article added, edited, moved in time, naming someone else, undated, or deleted, or a
     * rejected seed added.
     */
    private static void change(Path seeds, Random random, long n) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.sorted().toList();
        }
        Path seed = files.get(random.nextInt(files.size()));
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        switch (random.nextInt(7)) {
            case 0 -> Files.writeString(seeds.resolve(String.format(Locale.ROOT, "9%05d_added.txt", n)), LightPagesTest.article(random,
                    date(random), person(random), person(random)), StandardCharsets.UTF_8);
            case 1 -> Files.writeString(seed, text.replaceFirst("Dispute Over", "Quarrel " + n + " Over"), StandardCharsets.UTF_8);
            case 2 -> Files.writeString(seed, date(random) + text.replaceFirst("^ date [0-9-]+ ", ""), StandardCharsets.UTF_8);
            case 3 -> Files.writeString(seed, text.replace(PEOPLE[random.nextInt(PEOPLE.length)], person(random)), StandardCharsets.UTF_8);
            case 4 -> Files.writeString(seed, text.replaceFirst("^ date [0-9-]+ ", ""), StandardCharsets.UTF_8);
            // empty: rejected, a row of the report only
            case 5 -> Files.writeString(seeds.resolve(String.format(Locale.ROOT, "9%05d_empty.txt", n)), "", StandardCharsets.UTF_8);
            default -> Files.delete(seed);
        }
    }

    private static String date(Random random) {
        return String.format(Locale.ROOT, " date %d-%02d-%02d ", 2016 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String person(Random random) {
        return PEOPLE[random.nextInt(PEOPLE.length)];
    }
}

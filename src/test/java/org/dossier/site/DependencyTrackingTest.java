package org.dossier.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change makes again only the pages that read what changed (its article, its neighbours, its people's pages, the
 * pages about the whole archive), whatever the archive's size, and the result is still a clean build's, byte for byte.
 */
class DependencyTrackingTest {
    private static final Pattern KEYED = Pattern.compile("(\\d+) pages keyed");
    private static final Pattern CHANGED = Pattern.compile("pages keyed \\((\\d+) inputs changed\\)");
    private static final String ADDED = " date 2020-04-03 Biden Campaign Answers Critics of Milano Remarks\n\n"
            + "Joe Biden's campaign said on Friday that Alyssa Milano spoke for herself, and that the former vice president "
            + "welcomed the support of every voter who wanted to defeat the president in November.\n\n"
            + "Tara Reade did not respond to a request for comment on the campaign's statement.\n";

    @TempDir
    Path dir;

    /**
     * The pages are planned from the inputs a change reaches (the article's own facts and its link, its neighbours'
     * facts, its people's), found once; none is asked about page by page: as many at four times the archive's size.
     */
    @Test
    void addingEditingAndDeletingAnArticleReachesTheSameInputsAtFourTimesTheArchiveSize() throws IOException {
        List<Integer> small = perChange(dir.resolve("small"), 20, CHANGED);
        List<Integer> large = perChange(dir.resolve("large"), 80, CHANGED);
        assertEquals(small, large, "inputs changed by an add, an edit and a delete");
        assertTrue(large.stream().allMatch(n -> n > 0 && n <= 12), large.toString());
    }

    @Test
    void addingEditingAndDeletingAnArticleKeysTheSamePagesAtFourTimesTheArchiveSize() throws IOException {
        List<Integer> small = perChange(dir.resolve("small"), 20, KEYED);
        List<Integer> large = perChange(dir.resolve("large"), 80, KEYED);
        assertEquals(small, large, "pages keyed for an add, an edit and a delete");
        // the article, its neighbours, its three people and the pages that list or count it (home, timeline, people
        // index, report, feed)
        assertTrue(large.stream().allMatch(n -> n <= 13), large.toString());
    }

    /**
     * What {@code counted} counts in the --verbose lines of the add, edit and delete of one article in an archive of the
     * seeds and {@code n} more articles.
     */
    private List<Integer> perChange(Path at, int n, Pattern counted) throws IOException {
        Path seeds = Sites.seedsFrom(at, Sites.SEEDS);
        for (int i = 0; i < n; i++) Files.writeString(seeds.resolve(String.format(Locale.ROOT, "%03d_filler.txt", 100 + i)), SeedTexts.article(i));
        Path site = at.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        List<Integer> keyed = new ArrayList<>();
        // The newest article at both sizes, so that the feed (the latest 50) lists it at both.
        String added = ADDED.replace("2020-04-03", "2020-06-03");
        Files.writeString(seeds.resolve("600_added.txt"), added, StandardCharsets.UTF_8);
        keyed.add(count(builds(seeds, site, at.resolve("clean-add")).get(0), counted));
        Files.writeString(seeds.resolve("600_added.txt"), added.replace("Friday", "Saturday"), StandardCharsets.UTF_8);
        keyed.add(count(builds(seeds, site, at.resolve("clean-edit")).get(0), counted));
        Files.delete(seeds.resolve("600_added.txt"));
        keyed.add(count(builds(seeds, site, at.resolve("clean-delete")).get(0), counted));
        return keyed;
    }

    /**
     * Each step is compared with a clean build: an article whose people change, one that moves in time, one that becomes
     * a duplicate of a file sorting before it, and one that stops being one; each keys fewer pages than a clean build.
     */
    @Test
    void incrementalBuildsEqualCleanBuildsWhenArticlesMoveChangePeopleOrBecomeDuplicates() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        for (int i = 0; i < 12; i++) Files.writeString(seeds.resolve(String.format(Locale.ROOT, "%03d_filler.txt", 100 + i)), SeedTexts.article(i));
        Path added = seeds.resolve("600_added.txt");
        Files.writeString(added, ADDED, StandardCharsets.UTF_8);
        Path site = dir.resolve("inc/site");
        assertEquals(0, Sites.build(seeds, site).exit());

        List<Keyed> steps = new ArrayList<>();
        Files.writeString(added, ADDED.replace("Alyssa Milano", "Kamala Harris").replace("Milano", "Harris"), StandardCharsets.UTF_8);
        steps.add(rebuild(seeds, site, dir.resolve("clean-people")));
        Files.writeString(added, ADDED.replace("2020-04-03", "2020-05-15"), StandardCharsets.UTF_8);
        steps.add(rebuild(seeds, site, dir.resolve("clean-moved")));
        Files.copy(seeds.resolve("105_filler.txt"), seeds.resolve("050_copy.txt"));
        steps.add(rebuild(seeds, site, dir.resolve("clean-duplicate")));
        Files.delete(seeds.resolve("050_copy.txt"));
        steps.add(rebuild(seeds, site, dir.resolve("clean-no-longer-duplicate")));
        Files.delete(added);
        steps.add(rebuild(seeds, site, dir.resolve("clean-delete")));
        assertTrue(steps.stream().allMatch(k -> k.incremental() < k.clean()), steps.toString());
    }

    private record Keyed(int incremental, int clean) {}

    /** Pages keyed by an incremental build and by a clean build of the same seeds. */
    private static Keyed rebuild(Path seeds, Path site, Path cleanAt) throws IOException {
        List<Sites.Run> runs = builds(seeds, site, cleanAt);
        return new Keyed(count(runs.get(0), KEYED), count(runs.get(1), KEYED));
    }

    /** Builds the site again, and a clean build beside it, which it must equal byte for byte: the two runs, in that order. */
    private static List<Sites.Run> builds(Path seeds, Path site, Path cleanAt) throws IOException {
        Sites.Run inc = Sites.build(seeds, site, "--verbose");
        assertEquals(0, inc.exit(), inc.stderr());
        Path clean = cleanAt.resolve("site");
        Sites.Run full = Sites.build(seeds, clean, "--clean", "--verbose");
        assertEquals(0, full.exit(), full.stderr());
        IntegrityTest.assertSameTree(clean, site);
        return List.of(inc, full);
    }

    private static int count(Sites.Run run, Pattern counted) {
        Matcher m = counted.matcher(run.stderr());
        assertTrue(m.find(), run.stderr());
        return Integer.parseInt(m.group(1));
    }
}

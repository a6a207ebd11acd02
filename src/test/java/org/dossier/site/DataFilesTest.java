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
 * The data files on a change (issue 15): only the rows of what changed are made, whatever the archive's size; the
 * others are copied from the live files, and every file is still a clean build's, byte for byte.
 */
class DataFilesTest {
    private static final Pattern MADE = Pattern.compile("(\\d+) rows of the data files made");
    /** An article the archive does not hold yet, and an edit of it. */
    private static final String ADDED = SeedTexts.article(500), EDITED = ADDED + "\nA sentence was added to it since.\n";

    @Test
    void aChangeMakesOnlyItsOwnRowsOfTheDataFilesAtFourTimesTheArchiveSize(@TempDir Path dir) throws IOException {
        // its row in articles.json and articles.csv for an add and an edit, none for a delete; and each time the part
        // of the report's files that holds its row
        assertEquals(List.of(3, 3, 1), madePerChange(dir.resolve("small"), 20));
        assertEquals(List.of(3, 3, 1), madePerChange(dir.resolve("large"), 80));
    }

    @Test
    void aFileEditedInTheLiveSiteIsNotCopiedFrom(@TempDir Path dir) throws IOException {
        Path seeds = archive(dir, 12);
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        Path json = site.resolve("data/articles.json");
        Files.writeString(json, Files.readString(json).replace("\"title\" : \"", "\"title\" : \"EDITED "));
        Files.writeString(seeds.resolve("600_added.txt"), ADDED, StandardCharsets.UTF_8);
        assertTrue(made(rebuild(seeds, site, dir.resolve("clean"))) > 3, "every row of the edited file is made again");
    }

    /** Rows made by the add, edit and delete of one article in an archive of the seeds and {@code n} more articles. */
    private static List<Integer> madePerChange(Path at, int n) throws IOException {
        Path seeds = archive(at, n);
        Path site = at.resolve("site");
        assertEquals(0, Sites.build(seeds, site).exit());
        List<Integer> made = new ArrayList<>();
        Files.writeString(seeds.resolve("600_added.txt"), ADDED, StandardCharsets.UTF_8);
        made.add(made(rebuild(seeds, site, at.resolve("clean-add"))));
        Files.writeString(seeds.resolve("600_added.txt"), EDITED, StandardCharsets.UTF_8);
        made.add(made(rebuild(seeds, site, at.resolve("clean-edit"))));
        Files.delete(seeds.resolve("600_added.txt"));
        made.add(made(rebuild(seeds, site, at.resolve("clean-delete"))));
        return made;
    }

    private static Path archive(Path at, int n) throws IOException {
        Path seeds = Sites.seedsFrom(at, Sites.SEEDS, Sites.BAD);
        for (int i = 0; i < n; i++) Files.writeString(seeds.resolve(String.format(Locale.ROOT, "%03d_filler.txt", 100 + i)), SeedTexts.article(i));
        return seeds;
    }

    /** Builds the site again, and a clean build beside it, which it must equal byte for byte. */
    private static Sites.Run rebuild(Path seeds, Path site, Path cleanAt) throws IOException {
        Sites.Run inc = Sites.build(seeds, site, "--verbose");
        assertEquals(0, inc.exit(), inc.stderr());
        Path clean = cleanAt.resolve("site");
        assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
        IntegrityTest.assertSameTree(clean, site);
        return inc;
    }

    private static int made(Sites.Run run) {
        Matcher m = MADE.matcher(run.stderr());
        assertTrue(m.find(), run.stderr());
        return Integer.parseInt(m.group(1));
    }
}

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
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full build of a large archive reads each seed once: its lines are counted as it is cleaned, against a guess of
 * the archive's recurring lines taken from a sample of the seeds, and the seeds the guess was wrong about are cleaned
 * again, so the site is the one an exact count first would give.
 */
class RecurringLinesGuessTest {
    /** More seeds than the build reads ahead, so that it guesses from a sample: every second seed. */
    private static final int SEEDS = 2200;
    /** 1% of the text seeds rounded down to a power of two: a line in this many seeds recurs, in one fewer it does not. */
    private static final int THRESHOLD = 16;
    private static final String CHROME = "The Harbour Gazette · Independent news for the bay since 1921";
    private static final String AT_THRESHOLD = "Tide tables and ferry times appear on the back page every Saturday";
    private static final String BELOW = "Letters to the editor are welcome at the office on the quay all week";

    @TempDir
    Path dir;

    @Test
    void readsMostSeedsOnceAndCleansAgainTheSeedsWhoseRecurringLinesTheSampleMisjudged() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Random random = new Random(7);
        for (int i = 0; i < SEEDS; i++) {
            List<String> tail = new ArrayList<>();
            // Seeds are sampled in name order from the first: the line at the threshold is only in seeds the sample
            // skips (guessed rare), the line just below it only in sampled ones (guessed to recur, each standing for two).
            if (i % 2 == 1 && i < 2 * THRESHOLD) tail.add(AT_THRESHOLD);
            if (i % 2 == 0 && i < 2 * (THRESHOLD - 1)) tail.add(BELOW);
            tail.add(CHROME);
            Files.writeString(seeds.resolve(String.format(Locale.ROOT, "story-%04d.txt", i)), story(random, tail), StandardCharsets.UTF_8);
        }
        Sites.Run run = Sites.build(seeds, dir.resolve("site"), "--verbose");
        assertEquals(0, run.exit(), run.stderr());

        Matcher m = Pattern.compile("(\\d+) seeds read ahead to guess the recurring lines, (\\d+) cleaned again").matcher(run.stderr());
        assertTrue(m.find(), run.stderr());
        assertTrue(Integer.parseInt(m.group(1)) <= SEEDS / 2, "seeds read twice: " + m.group(1));
        assertEquals(THRESHOLD + THRESHOLD - 1, Integer.parseInt(m.group(2)), run.stderr());
        int articles = 0;
        for (JsonNode f : Sites.reportFiles(run.out())) {
            int i = Integer.parseInt(f.get("source").asText().replaceAll("\\D", ""));
            List<String> removed = new ArrayList<>();
            JsonNode recurring = f.get("removedText").get("recurring-line");
            if (recurring != null) recurring.forEach(t -> removed.add(t.asText()));
            List<String> expected = i % 2 == 1 && i < 2 * THRESHOLD ? List.of(AT_THRESHOLD, CHROME) : List.of(CHROME);
            assertEquals(expected, removed, f.get("source").asText());
            articles++;
        }
        assertEquals(SEEDS, articles);
    }

    /** Three paragraphs of prose in made-up words, unlike any other seed's, then the lines the site prints below. */
    private static String story(Random random, List<String> tail) {
        List<String> p = new ArrayList<>();
        p.add(" date 2021-06-01 The council of " + name(random) + " debates the " + word(random));
        for (int k = 0; k < 3; k++) {
            p.add("The " + word(random) + " of " + name(random) + " said on Tuesday that the " + word(random) + " would open the "
                    + word(random) + " before the end of the summer, and that the " + word(random) + " had been ready for "
                    + "months. Several of the " + word(random) + " who live near the " + word(random) + " told the paper that "
                    + "they had waited for it since the " + word(random) + " was closed by the " + word(random) + ".");
        }
        p.addAll(tail);
        return String.join("\n\n", p) + "\n";
    }

    private static final String[] SYLLABLES = {"ka", "lo", "ri", "men", "tu", "sa", "vel", "dor", "an", "pe", "mor", "ta",
            "ly", "ge", "bra", "nu", "fi", "zan", "co", "wel"};

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int s = 2 + random.nextInt(2); s > 0; s--) w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return w.toString();
    }

    private static String name(Random random) {
        String w = word(random);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}

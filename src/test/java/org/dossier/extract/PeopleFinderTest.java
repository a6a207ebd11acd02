package org.dossier.extract;

import org.dossier.report.Deadline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleFinderTest {
    /** No test here comes near a seed's time budget: an hour is as good as none. */
    private static final Deadline UNHURRIED = Deadline.after(Duration.ofHours(1), "test");
    private final PeopleFinder finder = new PeopleFinder(Map.of());

    private List<String> body(String... paragraphs) {
        return finder.find(null, List.of(paragraphs), List.of(), UNHURRIED);
    }

    @Test
    void resolvesSurnameBackReferenceToFullName() {
        assertEquals(List.of("Alyssa Milano", "Tara Reade"), body(
                "Actress Alyssa Milano defended her stance on Thursday.",
                "Milano said that Reade deserved to be heard. Milano’s critics were not convinced.",
                "One of the former staffers, Tara Reade, spoke out."));
    }

    @Test
    void surnameWithoutAFullMentionAddsNobody() {
        assertEquals(List.of(), body("President Trump said the deal was done. Trump later denied it, and Biden declined to comment."));
    }

    @Test
    void stripsHonorificsAndPossessives() {
        assertEquals(List.of("Bernie Sanders", "Joe Biden", "Kevin B. Stevenson", "Lucy Flores"), body(
                "Vermont Senator Bernie Sanders spoke first.",
                "Former Vice President Joe Biden’s campaign responded, and Dr. Kevin B. Stevenson agreed.",
                "Following Lucy Flores' story, others came forward."));
    }

    @Test
    void keepsMiddleInitialsAndTheFullestForm() {
        assertEquals(List.of("Christine Blasey Ford", "Valerie C. Hartmore"), body(
                "Gov. Valerie C. Hartmore signed the budget. Valerie Hartmore had threatened a veto.",
                "Christine Ford testified in 2018; Christine Blasey Ford said she was terrified."));
    }

    @Test
    void readsParticleHyphenatedAndMcSurnames() {
        assertEquals(List.of("Alexandria Ocasio-Cortez", "Beto O'Rourke", "Bill de Blasio", "Luis de la Vega", "Mitch McConnell",
                "Pieter van Aalst", "Ursula von der Leyen"), body(
                "Rep. Alexandria Ocasio-Cortez and Mitch McConnell disagreed.",
                "Former congressman Beto O'Rourke told reporters he favoured strong rules.",
                "Mayor Bill de Blasio and committee chair Luis de la Vega said the deal held.",
                "Republican leader Pieter van Aalst and Commission President Ursula von der Leyen met."));
    }

    @Test
    void ignoresOrganisationsAndPlaces() {
        assertEquals(List.of(), body(
                "The White House and the Supreme Court Justice nominee drew protests from Black Lives Matter.",
                "The New York Times, Times Up and the Democratic National Committee commented on Capitol Hill.",
                "She told The Hartford Courant that Bernie Bros were toxic.",
                "Marchers walked from Lake Merritt to City Hall, and the Vienna Philharmonic played at the Alyssa Milano Foundation."));
    }

    @Test
    void ignoresSentenceOpenersThatAreNotNames() {
        assertEquals(List.of("Alyssa Milano", "Bernie Sanders"), body(
                "Alyssa Milano backed Bernie Sanders in 2016.",
                "Instead of love, Milano was inundated with criticism. Loyal Bernie bros swarmed her.",
                "Many Sanders supporters noted that she had changed her mind."));
    }

    @Test
    void ignoresHandlesHashtagsBylinesAndCredits() {
        List<String> found = finder.find(null, List.of(
                "By Harriet Okonkwo-Lane",
                "Presley Ann/Getty Images",
                "(Photo by Gareth Copley/Getty Images)",
                "Fans of #AlyssaMilano replied to @JaneDoe99 all day."),
                List.of("The fans of #AlyssaMilano sound a lot like those who smeared Christine Blasey Ford."), UNHURRIED);
        assertEquals(List.of("Christine Blasey Ford"), found);
    }

    @Test
    void findsPeopleNamedOnlyInTweets() {
        assertEquals(List.of("Bill Clinton"), finder.find(null, List.of("Others went the sarcastic route."),
                List.of("I wish I could get more upset about this but I lived through Bill Clinton."), UNHURRIED));
    }

    @Test
    void dropsATweetSignatureLeftInTheText() {
        assertEquals(List.of("Stuart Broad"), body(
                "Stuart Broad took the last wicket.",
                "Mark my words, he will take the last wicket. — Hollie Tandridge (@hollie_t_cricket) August 23, 2015"));
    }

    @Test
    void readsTitleCaseHeadlinesOnlyAsFarAsTheBodyConfirms() {
        assertEquals(List.of("Maria Chen"), finder.find("Maria Chen Backs Voter Turnout Push Amid Growing Backlash",
                List.of("Chen said the plan would pass."), List.of(), UNHURRIED));
        // a headline written as a sentence is read like the body
        assertEquals(List.of("Alyssa Milano", "Bernie Sanders"), finder.find(
                "Actress Alyssa Milano says her critics are supporters of Sen. Bernie Sanders", List.of("Milano’s podcast drew replies."), List.of(), UNHURRIED));
    }

    @Test
    void acceptsUnknownGivenNamesOnlyWithEvidence() {
        assertEquals(List.of("Huw Pill", "Porochista Khakpour", "Zelimkhan Yandarbiyev"), body(
                "Porochista Khakpour said the tweets were cruel.",
                "The Bank’s chief economist, Huw Pill, has argued for patience.",
                "He was biased toward Zelimkhan Yandarbiyev, president of the self-declared republic.",
                "Shares of Helix Dynamics fell as Northwind Capital sold."));
    }

    @Test
    void appliesCuratedAliases() {
        PeopleFinder curated = new PeopleFinder(Map.of("Bernard Sanders", "Bernie Sanders", "Joseph R. Biden", "Joe Biden",
                "AOC", "Alexandria Ocasio-Cortez", "Valerie Hartmore", "Valerie C. Hartmore"));
        assertEquals(List.of("Alexandria Ocasio-Cortez", "Bernie Sanders", "Joe Biden"), curated.find(null, List.of(
                "Bernard Sanders filed the amendment, and AOC backed it.", "President Joseph R. Biden did not comment."), List.of(), UNHURRIED));
        // a lone surname maps when one curated person alone carries it, and the article names nobody else with it
        assertEquals(List.of("Valerie C. Hartmore"), curated.find(null, List.of("Hartmore signed the budget."), List.of(), UNHURRIED));
        assertEquals(List.of("Ruth Hartmore"), curated.find(null, List.of("Ruth Hartmore said Hartmore had not called."), List.of(), UNHURRIED));
    }

    @Test
    void returnsSortedDistinctNamesFromAnyThread() throws IOException {
        List<Article> seeds = seeds();
        List<List<String>> sequential = seeds.stream().map(a -> finder.find(a.title(), a.paragraphs(), a.quotes(), UNHURRIED)).toList();
        for (List<String> names : sequential) assertEquals(List.copyOf(new TreeSet<>(names)), names);
        List<List<String>> parallel = IntStream.range(0, 64).parallel()
                .mapToObj(i -> seeds.get(i % seeds.size())).map(a -> finder.find(a.title(), a.paragraphs(), a.quotes(), UNHURRIED)).toList();
        for (int i = 0; i < parallel.size(); i++) assertEquals(sequential.get(i % seeds.size()), parallel.get(i));
    }

    /** Hand gold for the three shared seeds: everyone named in full in the body or in a tweet's text, no signatures. */
    private static final Map<String, Set<String>> SEED_GOLD = Map.of(
            "000_edb852ce98d0f322.txt", Set.of("Alyssa Milano", "Bernie Sanders", "Joe Biden", "Tara Reade"),
            "001_9c26234b053ef2da.txt", Set.of("Alyssa Milano", "Bernie Sanders", "Bill Clinton", "Brett Kavanaugh",
                    "Christine Blasey Ford", "Donald Trump", "Joe Biden", "Tara Reade"),
            "002_00d09475fcb2e337.txt", Set.of("Alyssa Milano", "Amy Lappos", "Jim Himes", "Joe Biden", "Lucy Flores"));

    @Test
    void scoresAtLeastNinetyPercentF1OnTheSharedSeeds() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Article a : seeds()) {
            Set<String> gold = SEED_GOLD.get(a.file());
            List<String> found = finder.find(a.title(), a.paragraphs(), a.quotes(), UNHURRIED);
            for (String n : found) if (gold.contains(n)) tp++; else fp++;
            for (String n : gold) if (!found.contains(n)) fn++;
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        double f1 = 2 * p * r / (p + r);
        assertTrue(f1 >= 0.90, "F1 " + f1 + " (tp " + tp + ", fp " + fp + ", fn " + fn + ")");
    }

    record Article(String file, String title, List<String> paragraphs, List<String> quotes) {}

    private static final Pattern HEADER = Pattern.compile("^ ?date \\d{4}-\\d{2}-\\d{2} (.*)$");
    private static final Pattern TWEET = Pattern.compile("^(.+)\\s[\u2014\u2013]\\s*[^\u2014\u2013]{1,100}?\\s*\\(@\\w{1,15}\\)\\s*\\p{L}+ \\d{1,2}, \\d{4}$");

    /** The shared seeds, split the way the cleaner splits them: header title, paragraphs, tweet texts. */
    private static List<Article> seeds() throws IOException {
        List<Article> out = new ArrayList<>();
        for (String file : new TreeSet<>(SEED_GOLD.keySet())) {
            String[] lines = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8).split("\n");
            Matcher h = HEADER.matcher(lines[0]);
            String title = h.matches() ? h.group(1) : null;
            List<String> paragraphs = new ArrayList<>();
            List<String> quotes = new ArrayList<>();
            for (int i = h.matches() ? 1 : 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("READ MORE:") || line.contains("(Photo by") || line.endsWith("/Getty Images")) continue;
                Matcher t = TWEET.matcher(line);
                if (t.matches()) quotes.add(t.group(1).replaceAll("(?<=\\S)(?=https?://|pic\\.twitter\\.com|#)", " "));
                else paragraphs.add(line);
            }
            out.add(new Article(file, title, paragraphs, quotes));
        }
        return out;
    }
}

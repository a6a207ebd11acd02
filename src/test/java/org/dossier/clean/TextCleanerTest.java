package org.dossier.clean;

import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    static CleanedSeed clean(String text) {
        Outcome<Seed> seed = SeedReader.decode("t.txt", Path.of("t.txt"), text.getBytes(StandardCharsets.UTF_8));
        return TextCleaner.clean(((Outcome.Ok<Seed>) seed).value(), Deadline.after(Duration.ofHours(1), "t.txt"), new long[0]);
    }

    static List<String> texts(CleanedSeed c) {
        return c.blocks().stream().map(Block::text).toList();
    }

    @Test
    void removesHeaderLineAndKeepsItsHeadlineAsEvidence() {
        CleanedSeed c = clean(" date 2021-05-06 Mayor Quits After Budget Row\n\nThe mayor resigned on Thursday after weeks of argument over the budget.\n");
        assertEquals("Mayor Quits After Budget Row", c.evidence().headline().orElseThrow());
        assertEquals("2021-05-06", c.evidence().date().orElseThrow());
        assertEquals(List.of("The mayor resigned on Thursday after weeks of argument over the budget."), texts(c));
        assertEquals(1, c.removals().counts().get("header"));
    }

    @Test
    void aLedeInTheHeaderLineStaysInTheTextAndGivesNoHeadline() {
        CleanedSeed c = clean(" date 2021-05-06 The mayor of a small northern town resigned on Thursday after weeks of bitter argument over the budget, and she says she will not run again.\n\nMore text follows here in a second paragraph.\n");
        assertTrue(c.evidence().headline().isEmpty());
        assertTrue(texts(c).get(0).startsWith("The mayor of a small northern town"));
    }

    @Test
    void aClauseOfChineseOrJapaneseProseUnderTheTextIsNeverItsHeadline() {
        // The first sentence is prose: a line below it sharing the text's characters is the text going on, and a line
        // that ends with a clause's comma is no headline wherever it stands; the page stays an article.
        CleanedSeed c = clean("港町ニュース\n\n"
                + "先日、市内の古い倉庫を改装した図書館が開館し、初日から多くの家族連れが訪れました。\n"
                + "図書館は港に面した二階建ての倉庫を改装したもので、児童書のコーナーを広く取っています。\n"
                + "また、倉庫の外壁や梁は、\n"
                + "できるだけ当時のまま残したということです。\n"
                + "市の担当者は「港の歴史を感じながら本を読んでほしい」と話していました。\n");
        assertTrue(c.evidence().headline().filter(h -> h.endsWith("、")).isEmpty(), c.evidence().toString());
        assertTrue(texts(c).contains("図書館は港に面した二階建ての倉庫を改装したもので、児童書のコーナーを広く取っています。"), texts(c).toString());
    }

    @Test
    void removesCaptionsAndTheirLoneCreditLines() {
        CleanedSeed c = clean("BOSTON, MA - MARCH 03: Jane Roe speaks at a rally on March 3, 2020 in Boston, Massachusetts. (Photo by John Smith/Getty Images)\nJohn Smith/Getty Images\n\nJane Roe spoke for an hour at the rally on Tuesday.\n");
        assertEquals(List.of("Jane Roe spoke for an hour at the rally on Tuesday."), texts(c));
        assertEquals(1, c.removals().counts().get("caption"));
        assertEquals(1, c.removals().counts().get("credit"));
    }

    @Test
    void removesReadMoreAdsNewslettersAndShareLines() {
        CleanedSeed c = clean("First real paragraph of the story, long enough to count.\nREAD MORE: Something Else Happened\nAdvertisement\n"
                + "Sign up for our daily newsletter to get the news in your inbox.\nShare this article\nSecond real paragraph.\n");
        assertEquals(List.of("First real paragraph of the story, long enough to count.", "Second real paragraph."), texts(c));
        assertEquals(4, c.removals().total());
    }

    @Test
    void recognisesEmbeddedTweetsWithTheirSignature() {
        CleanedSeed c = clean("Intro paragraph.\n\nThis is the tweet text #Tag — Some Person 🌹 (@some_handle) April 2, 2020\n");
        Block.Tweet t = (Block.Tweet) c.blocks().get(1);
        assertEquals("This is the tweet text #Tag", t.text());
        assertEquals("Some Person 🌹", t.author());
        assertEquals("some_handle", t.handle());
        assertEquals("2020-04-02", t.date());
    }

    @Test
    void ungluesLinksAndHashtagsButNotUrlFragments() {
        assertEquals("#AlyssaMilano https://t.co/fcrs8yiv9T pic.twitter.com/QKZdWkmhe8",
                Inline.unglue("#AlyssaMilanohttps://t.co/fcrs8yiv9Tpic.twitter.com/QKZdWkmhe8"));
        assertEquals("pandemic! #AlyssaMilano", Inline.unglue("pandemic!#AlyssaMilano"));
        assertEquals("see https://example.org/page#section", Inline.unglue("see https://example.org/page#section"));
    }

    @Test
    void rejoinsHardWrappedParagraphs() {
        String wrapped = "The council met on Tuesday evening to discuss the plan for the new\n"
                + "library, which has been delayed three times since it was first proposed\n"
                + "in 2017 by the previous administration of the town and its mayor.\n\n"
                + "Residents packed the hall and many of them spoke against the latest\n"
                + "delay, saying the town had waited long enough for a proper library.\n";
        assertEquals(2, texts(clean(wrapped)).size());
    }

    @Test
    void aDatelineWithoutHeaderIsTheDateEvidenceAndLeavesTheText() {
        CleanedSeed c = clean("Updated 10:42 AM ET, Thu April 9, 2020\nPublished: April 2, 2020\n\nThe council met on Tuesday.\n");
        assertEquals("Published: April 2, 2020", c.evidence().date().orElseThrow());
        assertEquals("text", c.evidence().dateSource().orElseThrow());
        assertEquals(List.of("The council met on Tuesday."), texts(c));
        assertEquals(2, c.removals().counts().get("dateline"));
    }

    @Test
    void anAddressInPlaceOfTheHeadlineIsNoTitle() {
        CleanedSeed c = clean(" date 2020-04-28 https://www.example.com/2020/04/some-story/\n\nBy Jane Doe\n\nThe actress posted a message on Tuesday morning.\n");
        assertTrue(c.evidence().headline().isEmpty());
        assertEquals("2020-04-28", c.evidence().date().orElseThrow());
        assertEquals("By Jane Doe", c.evidence().byline().orElseThrow());
        assertEquals(List.of("The actress posted a message on Tuesday morning."), texts(c));
    }
}

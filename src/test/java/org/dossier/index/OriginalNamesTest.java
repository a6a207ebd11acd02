package org.dossier.index;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginalNamesTest {
    @Test
    void keepsASafeNameAndAddsTxtToAnyOther() {
        Map<String, String> n = OriginalNames.of(List.of("a.txt", "page.html", "sub/b.TXT", "with space.txt"));
        assertEquals(Map.of("a.txt", "originals/a.txt", "page.html", "originals/page.html.txt", "sub/b.TXT", "originals/sub/b.TXT",
                "with space.txt", "originals/with space.txt"), n);
    }

    @Test
    void aCapturedPageIsFiledUnderItsArchiveHostAndPathAndTwoQueriesOfOnePathStayApart() {
        Map<String, String> n = OriginalNames.of(List.of("crawl.warc.gz#https://example.org/news/story.html",
                "crawl.warc.gz#https://example.org/", "crawl.warc.gz#https://example.org/item?id=1", "crawl.warc.gz#https://example.org/item?id=2"));
        assertEquals("originals/crawl.warc.gz/example.org/news/story.html.txt", n.get("crawl.warc.gz#https://example.org/news/story.html"));
        assertEquals("originals/crawl.warc.gz/example.org/index.html.txt", n.get("crawl.warc.gz#https://example.org/"));
        assertEquals(4, new java.util.HashSet<>(n.values()).size(), n.toString());
        assertTrue(n.get("crawl.warc.gz#https://example.org/item?id=2").startsWith("originals/crawl.warc.gz/example.org/item"), n.toString());
    }

    @Test
    void theSeedWhoseOwnNameItIsKeepsItWhenAnotherWouldTakeItWithTxtAdded() {
        assertOneKeepsTheName("story.html.txt", "originals/story.html.txt", "story.html", "originals/story.html");
    }

    @Test
    void namesThatDifferOnlyInCaseGetDistinctNamesWithCaseIgnored() {
        assertOneKeepsTheName("Notes.txt", "originals/Notes.txt", "notes.txt", "originals/notes");
    }

    @Test
    void aFileNeverTakesTheNameOfAnOriginalsFolder() {
        assertOneKeepsTheName("x.txt/y.txt", "originals/x.txt/y.txt", "x", "originals/x");
    }

    @Test
    void unsafeNamesGetASafeFormWithAHashOfTheirSource() {
        String longName = "x".repeat(300) + ".htm";
        Map<String, String> n = OriginalNames.of(List.of("report\\2020.txt", "report_2020.txt", "-rf.txt", "aux.txt",
                "café.txt", longName, "é/..txt", " trailing .txt"));
        assertEquals("originals/report_2020.txt", n.get("report_2020.txt"));
        assertHashed(n, "report\\2020.txt", "originals/report_2020");
        assertHashed(n, "-rf.txt", "originals/_rf");
        assertHashed(n, "aux.txt", "originals/_aux");
        assertHashed(n, "café.txt", "originals/cafe");
        assertHashed(n, "é/..txt", "originals/e/_");
        assertHashed(n, " trailing .txt", "originals/_trailing_");
        assertEquals(OriginalNames.MAX_PART, n.get(longName).length() - "originals/".length(), n.toString());
    }

    /** The loop that keeps a part of a name says what the patterns say, for names made of the characters they turn on. */
    @Property(tries = 2000)
    void keepsAPartExactlyWhenThePatternsWouldKeepIt(@ForAll("parts") String part) {
        boolean byPatterns = OriginalNames.SAFE.matcher(part).matches() && !OriginalNames.DEVICE.matcher(part).matches()
                && part.length() <= OriginalNames.MAX_PART;
        assertEquals(byPatterns, OriginalNames.safe(part), part);
    }

    @Provide
    Arbitrary<String> parts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of("con", "PRN", "Aux", "nul", "com1", "LPT9", "coM", ".", " ", "-", "_",
                        "é", "\\", "#", "\n", "a", "Z", "0", "x".repeat(OriginalNames.MAX_PART - 2)),
                Arbitraries.strings().withChars("aClLpP0._ -é~").ofMaxLength(4));
        return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    /** Of two seeds that want one name, the keeper keeps it and the other gets its safe stem with a hash. */
    private static void assertOneKeepsTheName(String keeper, String keeperName, String other, String otherStem) {
        Map<String, String> n = OriginalNames.of(List.of(other, keeper));
        assertEquals(keeperName, n.get(keeper));
        assertHashed(n, other, otherStem);
    }

    private static void assertHashed(Map<String, String> names, String source, String safeStem) {
        assertTrue(names.get(source).matches(Pattern.quote(safeStem) + "-[0-9a-f]{8}\\.txt"), names.toString());
    }
}

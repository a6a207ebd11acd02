package org.dossier.index;

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
    void theSeedWhoseOwnNameItIsKeepsItWhenAnotherWouldTakeItWithTxtAdded() {
        Map<String, String> n = OriginalNames.of(List.of("story.html", "story.html.txt"));
        assertEquals("originals/story.html.txt", n.get("story.html.txt"));
        assertHashed(n, "story.html", "originals/story.html");
    }

    @Test
    void namesThatDifferOnlyInCaseGetDistinctNamesWithCaseIgnored() {
        Map<String, String> n = OriginalNames.of(List.of("Notes.txt", "notes.txt"));
        assertEquals("originals/Notes.txt", n.get("Notes.txt"));
        assertHashed(n, "notes.txt", "originals/notes");
    }

    @Test
    void aFileNeverTakesTheNameOfAnOriginalsFolder() {
        Map<String, String> n = OriginalNames.of(List.of("x", "x.txt/y.txt"));
        assertEquals("originals/x.txt/y.txt", n.get("x.txt/y.txt"));
        assertHashed(n, "x", "originals/x");
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

    private static void assertHashed(Map<String, String> names, String source, String safeStem) {
        assertTrue(names.get(source).matches(Pattern.quote(safeStem) + "-[0-9a-f]{8}\\.txt"), names.toString());
    }
}

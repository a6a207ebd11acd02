package org.dossier.index;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginalNamesTest {
    @Test
    void keepsASafeNameAndAddsTxtToAnyOther() {
        Map<String, String> n = OriginalNames.of(List.of("a.txt", "page.html", "sub/b.TXT"));
        assertEquals(Map.of("a.txt", "originals/a.txt", "page.html", "originals/page.html.txt", "sub/b.TXT", "originals/sub/b.TXT"), n);
    }

    @Test
    void theSeedWhoseOwnNameItIsKeepsItWhenAnotherWouldTakeItWithTxtAdded() {
        Map<String, String> n = OriginalNames.of(List.of("story.html", "story.html.txt"));
        assertEquals("originals/story.html.txt", n.get("story.html.txt"));
        assertTrue(n.get("story.html").matches("originals/story\\.html-[0-9a-f]{8}\\.txt"), n.toString());
    }

    @Test
    void namesThatDifferOnlyInCaseGetDistinctNamesWithCaseIgnored() {
        Map<String, String> n = OriginalNames.of(List.of("Notes.txt", "notes.txt"));
        assertEquals("originals/Notes.txt", n.get("Notes.txt"));
        assertTrue(n.get("notes.txt").matches("originals/notes-[0-9a-f]{8}\\.txt"), n.toString());
    }

    @Test
    void aFileNeverTakesTheNameOfAnOriginalsFolder() {
        Map<String, String> n = OriginalNames.of(List.of("x", "x.txt/y.txt"));
        assertEquals("originals/x.txt/y.txt", n.get("x.txt/y.txt"));
        assertTrue(n.get("x").matches("originals/x-[0-9a-f]{8}\\.txt"), n.toString());
    }

    @Test
    void unsafeNamesGetASafeFormWithAHashOfTheirSource() {
        Map<String, String> n = OriginalNames.of(List.of("report\\2020.txt", "report_2020.txt", "-rf.txt", "aux.txt",
                "café.txt", "x".repeat(300) + ".htm", "é/..txt"));
        assertEquals("originals/report_2020.txt", n.get("report_2020.txt"));
        assertTrue(n.get("report\\2020.txt").matches("originals/report_2020-[0-9a-f]{8}\\.txt"), n.toString());
        assertTrue(n.get("-rf.txt").matches("originals/_rf-[0-9a-f]{8}\\.txt"), n.toString());
        assertTrue(n.get("aux.txt").matches("originals/_aux-[0-9a-f]{8}\\.txt"), n.toString());
        assertTrue(n.get("café.txt").matches("originals/cafe-[0-9a-f]{8}\\.txt"), n.toString());
        assertEquals(200, n.get("x".repeat(300) + ".htm").length() - "originals/".length(), n.toString());
        assertTrue(n.get("é/..txt").matches("originals/e/_-[0-9a-f]{8}\\.txt"), n.toString());
    }
}

package org.dossier.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.clean.TextCleanerTest.clean;
import static org.dossier.clean.TextCleanerTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An author's box at the end of a page dumped as text: the name on a line of its own over the note about them. */
class AuthorBoxTest {
    private static final List<String> BODY = List.of(
            "Karnataka cruised into the semi-final on Tuesday after KS Bharadwaj and RP Naidu put on 140 for the first wicket against Goa.",
            "Captain Manish Gowda praised the pair and said the team would not change a winning side for the semi-final on Thursday.",
            "Goa had earlier posted 166 for 7, with Sandeep Kamat making a brisk 52 before he was caught at long-on.",
            "Karnataka will face Tamil Nadu on Thursday.");

    @Test
    void theNameOverTheNoteOnTheAuthorGoesWithTheNote() {
        CleanedSeed c = clean("KS Bharadwaj and RP Naidu put on 140 as Karnataka cruise\n\nWritten by Vikram Desai\n\n" + String.join("\n\n", BODY)
                + "\n\nAbout the author\nVikram Desai\nVikram Desai is a sports reporter covering domestic cricket.\nLeave a Comment\n");
        assertEquals(BODY, texts(c), "kept: " + texts(c));
        assertTrue(c.removals().byKind().getOrDefault("author-note", List.of())
                .containsAll(List.of("Vikram Desai", "Vikram Desai is a sports reporter covering domestic cricket.")), c.removals().byKind().toString());
    }

    @Test
    void aStoryThatNamesThePersonItsLastLineIsAboutKeepsIt() {
        List<String> body = List.of(BODY.get(0), "Vikram Desai, the groundsman, said the pitch had been rolled for three days.",
                BODY.get(2), "Vikram Desai is a groundsman who has prepared the pitch at Chinnaswamy since 2009.");
        CleanedSeed c = clean("KS Bharadwaj and RP Naidu put on 140 as Karnataka cruise\n\n" + String.join("\n\n", body) + "\n");
        assertEquals(body, texts(c), "kept: " + texts(c));
    }

    @Test
    void aNoteLedByItsLabelGoesWhateverItSays() {
        DevSetSeed.assertRemovedAs("author-note", "About the author: Moira Tennant covers business and the harbour for the Quay Herald.",
                DevSetSeed.clean("708_junk_uncredited_captions_year_first_en.txt"));
    }
}

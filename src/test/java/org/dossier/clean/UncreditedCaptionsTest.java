package org.dossier.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.clean.DevSetSeed.assertKept;
import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caption left between two paragraphs with neither its picture nor a credit goes as a caption, told by its shape
 * and its neighbours: a phrase with no sentence's end that says when the picture was taken or what it shows, between
 * two of the story's sentences. A subheading between paragraphs stays.
 */
class UncreditedCaptionsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            708_junk_uncredited_captions_year_first_en.txt ~ The refurbished hall seen from the quay at dusk
            708_junk_uncredited_captions_year_first_en.txt ~ Stallholders in the temporary market on Cable Street last winter
            709_html_drupal_fr_piscine_caption_label.html ~ Le bassin olympique vu depuis les gradins, en février
            """)
    void aCaptionBetweenParagraphsGoes(String seed, String line) {
        assertRemovedAs("caption", line, clean(seed));
    }

    @Test
    void aSubheadingBetweenParagraphsStays() {
        assertKept("A new roof for the old fish market", clean("708_junk_uncredited_captions_year_first_en.txt"));
    }

    private static final String BEFORE = "Traders at the covered market will move back into the hall on Saturday after a refit that took two years.";
    private static final String AFTER = "Rents will rise by about a fifth, but the trust has agreed to phase in the rise over three years.";

    @Test
    void aQuestionATitleOrAShortLabelIsNoCaption() {
        for (String line : new String[] {"What the traders asked for last winter", "The Hall Seen From The Quay At Dusk", "Seen at dusk"}) {
            assertFalse(Asides.isCaptionBetween(BEFORE, line, AFTER), line);
        }
        assertTrue(Asides.isCaptionBetween(BEFORE, "The refurbished hall seen from the quay at dusk", AFTER));
    }
}

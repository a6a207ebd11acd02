package org.dossier.clean;

import org.junit.jupiter.api.Test;

import static org.dossier.clean.DevSetSeed.assertKept;
import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The site's menu pasted as a line between a text scrape's paragraphs goes as navigation, as it does above the headline;
 * so does a menu a page dumped whole wrote as one row of words with no separator, which a headline in title case is not.
 */
class MenuLinesTest {
    @Test
    void aMenuLineInsideTheTextGoes() {
        CleanedSeed c = clean("737_junk_wp_dump_menu_midtext_en.txt");
        assertRemovedAs("navigation", "Home | News | Sport | Weather | Contact us", c);
        assertKept("The new boat can reach 25 knots and carries a small inflatable that the crew can launch to reach people among the rocks.", c);
    }

    @Test
    void aMenuRowWithoutSeparatorsAboveTheHeadlineGoesAndTheHeadlineUnderItIsTheTitle() {
        CleanedSeed c = clean("630_pune_metro_extension_dump_in.txt");
        assertRemovedAs("navigation", "Home City Pune News Politics Sports Business Videos Epaper Sign In", c);
        assertEquals("Pune Metro to run trains every six minutes on Swargate line from Monday as ridership climbs past 1.5 lakh",
                c.evidence().headline().orElseThrow());
    }

    @Test
    void aHeadlineInTitleCaseWithAMenusWordsAtItsEndsIsNoMenu() {
        assertFalse(Headlines.isMenu("Search Continues For Missing Teen Near Her Home"));
        assertFalse(Headlines.isMenu("Home Secretary Unveils New Rules On Visas, Says News Agency"));
    }
}

package org.dossier.clean;

import org.junit.jupiter.api.Test;

import static org.dossier.clean.DevSetSeed.assertKept;
import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;

/** The site's menu pasted as a line between a text scrape's paragraphs goes as navigation, as it does above the headline. */
class MenuLinesTest {
    @Test
    void aMenuLineInsideTheTextGoes() {
        CleanedSeed c = clean("737_junk_wp_dump_menu_midtext_en.txt");
        assertRemovedAs("navigation", "Home | News | Sport | Weather | Contact us", c);
        assertKept("The new boat can reach 25 knots and carries a small inflatable that the crew can launch to reach people among the rocks.", c);
    }
}

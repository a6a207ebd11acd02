package org.dossier.ingest;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text of the characters SeedReader skips normalising for is NFC as it stands: every such character alone, and every
 * pair of them (NFC composes and reorders only next to combining characters, and none is one of them).
 */
class ComposedCharactersTest {
    private static List<Character> composed() {
        List<Character> all = new ArrayList<>();
        for (char c = 0; c < 0x300; c++) all.add(c);
        for (char c = SeedReader.Characters.COMPOSED_FROM; c <= SeedReader.Characters.COMPOSED_TO; c++) all.add(c);
        return all;
    }

    @Test
    void everyPairOfTheCharactersLeftAsTheyAreIsNfc() {
        List<Character> all = composed();
        StringBuilder pair = new StringBuilder("xx");
        for (char a : all) {
            pair.setCharAt(0, a);
            for (char b : all) {
                pair.setCharAt(1, b);
                assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC), () -> "U+" + Integer.toHexString(pair.charAt(0))
                        + " U+" + Integer.toHexString(pair.charAt(1)));
            }
        }
    }

    @Test
    void aTextWithACombiningMarkOrAnotherScriptIsNormalisedAndControlsAreCounted() {
        assertTrue(SeedReader.Characters.of("Caf\u00e9 \u201cquoted\u201d \u2014 \u20ac5").composed());
        assertFalse(SeedReader.Characters.of("Cafe\u0301").composed());
        assertFalse(SeedReader.Characters.of("\u65e5\u672c").composed());
        assertEquals(2, SeedReader.Characters.of("a\u0000b\u0007c\n\t\f").controls());
    }
}

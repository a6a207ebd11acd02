package org.dossier.extract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Spellings of one name meet when folded; names of different people, in any script, do not. */
class SlugsTest {
    @Test
    void spellingsThatShareASlugAlsoFoldTheSameIncludingLettersWithoutADecomposition() {
        for (String[] pair : new String[][] {{"Jürgen Klopp", "Jurgen Klopp"}, {"Paweł Nowak", "Pawel Nowak"},
                {"Søren Holm", "Soren Holm"}, {"Luka Modrić", "Luka Modric"}, {"Franz Weiß", "Franz Weis"}}) {
            assertEquals(Slugs.of(pair[0], 80), Slugs.of(pair[1], 80), pair[0]);
            assertEquals(Slugs.fold(pair[0]), Slugs.fold(pair[1]), pair[0]);
        }
    }

    @Test
    void namesWithoutLatinLettersFoldApartThoughTheirSlugsAreBothEmpty() {
        assertEquals("", Slugs.of("Анна Петрова", 80));
        assertEquals("", Slugs.of("Иван Сидоров", 80));
        assertNotEquals(Slugs.fold("Анна Петрова"), Slugs.fold("Иван Сидоров"));
        assertEquals(Slugs.fold("АННА ПЕТРОВА"), Slugs.fold("Анна Петрова"));
    }

    /** A lone combining mark is dropped by the normaliser, and sends the text down the path for any script. */
    @Property
    void titlesInAsciiAndPunctuationSlugAsTheNormaliserAndPatternsDo(@ForAll @CharRange(from = 0, to = 127) @CharRange(from = '\u2000', to = '\u206F') String title,
                                                    @ForAll @IntRange(min = 1, max = 80) int maxLength) {
        assertEquals(Slugs.of(title + "\u0301", maxLength), Slugs.of(title, maxLength));
    }
}

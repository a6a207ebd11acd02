package org.dossier.clean;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting words only as far as enough of them gives the full count, capped there. */
class SubstanceWordsTest {
    @Property(tries = 5_000)
    void wordsCountedUpToEnoughAreTheFullCountCapped(@ForAll @CharRange(from = 'a', to = 'c') @CharRange(from = ' ', to = ' ')
                                                     @CharRange(from = '\t', to = '\n') String text, @ForAll @IntRange(min = 0, max = 12) int enough) {
        assertEquals(Math.min(Substance.words(text), enough), Substance.words(text, enough), text);
    }
}

package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A word's stem is its first five letters lower-cased as {@code String.toLowerCase(Locale.ROOT)} does, in any script. */
class HeadlinesStemsTest {
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("abcxyzABCXYZ  .,-'’0123456789éÉßİıΣσςЖжӘ\u0301\uD835\uDC00").ofMaxLength(60);
    }

    @Property(tries = 20_000)
    void stemsAreTheFirstFiveLettersOfEachLongWordLowerCased(@ForAll("lines") String line) {
        Set<String> expected = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean letter = i < line.length() && Character.isLetter(line.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                if (i - start >= 5) expected.add(line.substring(start, start + 5).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        assertEquals(expected, Headlines.stemsOf(line), line);
    }
}

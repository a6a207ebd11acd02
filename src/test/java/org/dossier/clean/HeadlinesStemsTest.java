package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A word's stem is its first five letters lower-cased as {@code String.toLowerCase(Locale.ROOT)} does, in any script;
 * a line shares a word with the prose when one of its stems is among the prose's, however far the prose is read.
 */
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

    @Provide
    Arbitrary<List<String>> pages() {
        Arbitrary<String> sentence = Arbitraries.of("Storms closed schools across the region.", "Ministers debated budgets again.",
                "Volunteers cleared rivers near town.", "Headline Words Here", "Residents said the schools reopened on Monday morning.",
                "东京的学校因为台风今天全部停课了。", "Short one.").list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
        return sentence.list().ofMaxSize(12);
    }

    @Property(tries = 2_000)
    void aLineSharesAWordWithTheProseAsItsStemsTell(@ForAll("pages") List<String> paragraphs,
                                                    @ForAll("lines") String line, @ForAll boolean candidateFirst) {
        boolean[] candidates = new boolean[Math.min(paragraphs.size(), 2)];
        if (candidates.length > 0) candidates[0] = candidateFirst;
        String headline = line + (candidateFirst ? " schools" : " Rivers");
        assertEquals(Headlines.shared(headline, Headlines.proseStems(paragraphs, candidates)) > 0,
                Headlines.sharesWithProse(headline, paragraphs, candidates), headline + " / " + paragraphs);
    }
}

package org.dossier.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Looking a word up by its characters answers as looking its lower-case string up does. */
class WordTableTest {
    private static final NamesGazetteer GAZETTEER = NamesGazetteer.bundled();

    @Property
    void anAsciiWordInAnyCaseHasTheKindsAndGivenNameOfItsLowerCase(@ForAll("words") String word) {
        String padded = "\u00E9 " + word + " x";
        char[] chars = padded.toCharArray();
        int start = 2, end = 2 + word.length();
        String lower = word.toLowerCase(Locale.ROOT);
        assertEquals(NamesLexicon.kinds(lower), NamesLexicon.kinds(chars, start, end), word);
        if (word.indexOf('-') < 0) assertEquals(GAZETTEER.isGiven(lower), GAZETTEER.isGiven(chars, start, end), word);
    }

    /** The lists' own words and given names, in lower, title and upper case, cut short, and ASCII at random. */
    @Provide
    Arbitrary<String> words() {
        List<String> listed = new ArrayList<>(List.of("senator", "sen.", "de", "van", "said", "committee", "mary", "john",
                "jr.", "will", "u.s.", "mt.", "striker", "anne", "zhang"));
        listed.addAll(NamesLexicon.TITLES);
        listed.addAll(NamesLexicon.NEVER);
        // the table answers for ASCII words only; the finder asks the lists about the others by their strings
        listed.removeIf(w -> !WordTable.ascii(w.toCharArray(), 0, w.length()));
        Arbitrary<String> known = Arbitraries.of(listed);
        Arbitrary<String> cased = known.flatMap(w -> Arbitraries.of(w, w.toUpperCase(Locale.ROOT),
                Character.toUpperCase(w.charAt(0)) + w.substring(1), w.substring(0, w.length() - 1)));
        Arbitrary<String> random = Arbitraries.strings().withCharRange('\u0021', '\u007E').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(cased, random);
    }
}

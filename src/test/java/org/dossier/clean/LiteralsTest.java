package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words sought as plain literals answer as the case-insensitive pattern of their alternation answers: for the lines of
 * the repository's seeds, for lines made of the words' pieces in any case, and for the letters whose fold is another's
 * ("ſ" is "s", the Kelvin sign is "k", "İ" is "i").
 */
class LiteralsTest {
    private static final String[] WORDS = {"newsletter", "inbox", "e-mail", "email", "breaking news", "канал", "рассылк",
            "hírlevél", "boîte de réception", "sähköpost", "kanal"};
    private static final Literals LITERALS = Literals.of(WORDS);
    private static final Pattern PATTERN = Pattern.compile(String.join("|", WORDS), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Example
    void findsTheWordsInAnyCaseWhereverTheyStand() {
        assertTrue(LITERALS.in("Sign up for our NEWSLETTER"));
        assertTrue(LITERALS.in("Подпишитесь на наш КАНАЛ"));
        assertTrue(LITERALS.in("Check your İnbox"));
        assertTrue(LITERALS.in("Iratkozzon fel HÍRLEVÉLRE"));
        assertTrue(LITERALS.in("ne\u017Fletter? no: sähköpostiin"));
        assertTrue(LITERALS.in("\u212Aanal"));
        assertFalse(LITERALS.in("The mayor resigned in March after weeks of argument."));
        assertFalse(LITERALS.in("e-mai"));
    }

    @Example
    void answersAsThePatternForEveryLineOfTheRepositorysSeeds() {
        for (String line : RepositorySeedLines.all()) assertEquals(PATTERN.matcher(line).find(), LITERALS.in(line), line);
    }

    @Property
    void answersAsThePatternForLinesOfTheWordsPieces(@ForAll("lines") String line) {
        assertEquals(PATTERN.matcher(line).find(), LITERALS.in(line), line);
    }

    @Provide
    Arbitrary<String> lines() {
        List<String> pieces = List.of(" ", "-", "e", "E", "mail", "MAIL", "news", "NEWS", "letter", "Letter", "in", "İn", "ınbox", "box",
                "kan", "КАН", "ал", "Ал", "\u212A", "ſ", "s", "hír", "HÍR", "levél", "LEVÉL", "boîte", "BOÎTE", "de", "réception",
                "sähkö", "SÄHKÖ", "post", "breaking", "the", "said");
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(8).map(ps -> String.join("", ps));
    }
}

package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whitespace collapsing and HTML escaping, written for speed, answer as their one-line specifications do. */
class SpacingAndEscapingTest {
    private static final String SPACE = "[\\p{javaWhitespace}\\u00A0\\u200B\\u2007\\u202F]", SPACES = SPACE + "+";

    /** Text made mostly of the characters the two functions turn on, so that every case comes up often. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\u2007", "\u202F", "\u2003", "\u3000", "\u001C",
                        "a", "Z", "é", "’", "—", "&", "<", ">", "\"", "'", "&amp;", "word", "\uD83D\uDE00")
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void collapseTurnsEveryRunOfSpacesIntoOneAndTrimsTheEnds(@ForAll("text") String s) {
        // but a lone ideographic space between words, which a Japanese headline parts its clauses with, stays as written
        String trimmed = s.replaceAll("^" + SPACES + "|" + SPACES + "$", "");
        String spec = trimmed.replaceAll("(?<!" + SPACE + ")\u3000(?!" + SPACE + ")", "\u0001").replaceAll(SPACES, " ").replace('\u0001', '\u3000');
        assertEquals(spec, TextCleaner.collapse(s));
    }

    @Property(tries = 5000)
    void escapeReplacesExactlyTheFourMarkupCharacters(@ForAll("text") String s) {
        String spec = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        assertEquals("[" + spec, Inline.escape(s, new StringBuilder("[")).toString());
    }
}

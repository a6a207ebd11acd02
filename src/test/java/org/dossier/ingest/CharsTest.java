package org.dossier.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast character classes answer exactly as {@link Character} does, for every char; isAsciiLetter is a-z and A-Z. */
class CharsTest {
    @Test
    void everyCharIsClassifiedAsCharacterClassifiesIt() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), () -> "isLetterOrDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), () -> "isWhitespace U+" + Integer.toHexString(c));
            assertEquals(Character.toLowerCase(c), Chars.toLowerCase(c), () -> "toLowerCase U+" + Integer.toHexString(c));
            assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), () -> "isUpperCase U+" + Integer.toHexString(c));
            assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), () -> "isLowerCase U+" + Integer.toHexString(c));
            assertEquals(Character.isLetter(c), Chars.isLetter(c), () -> "isLetter U+" + Integer.toHexString(c));
            assertEquals(Character.isDigit(c), Chars.isDigit(c), () -> "isDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK, Chars.isWordPart(c),
                    () -> "isWordPart U+" + Integer.toHexString(c));
            assertEquals(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z', Chars.isAsciiLetter(c), () -> "isAsciiLetter U+" + Integer.toHexString(c));
        }
    }
}

package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lede is told by the words a split on runs of spaces gives (how many, how many capitalised), and a line's script
 * without spaces by a Han, kana or hangul letter anywhere: the one-pass readings answer as those definitions do.
 */
class LedesAndScriptsTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]['\"’”)]*$");
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("abcxyzABCXYZ \t\n\u000B\f\r\u00A0\u2003.!…'’”)0123456789éÉİıЖж\u1100\u10FF漢かカ한\uD840\uDC00\uD835\uDC00")
                .ofMaxLength(200);
    }

    @Property(tries = 20_000)
    void aLedeIsReadFromTheWordsASplitOnSpacesGives(@ForAll("lines") String line) {
        assertEquals(isLedeBySplit(line), Headlines.isLede(line), line);
    }

    @Property(tries = 20_000)
    void aScriptWithoutSpacesIsFoundWhereverItsLetterStands(@ForAll("lines") String line) {
        assertEquals(UNSPACED.matcher(line).find(), Headlines.isUnspaced(line), line);
    }

    @Example
    void theRepositorysSeedLinesReadAsTheDefinitionsReadThem() {
        for (String line : RepositorySeedLines.all()) {
            assertEquals(isLedeBySplit(line), Headlines.isLede(line), line);
            assertEquals(UNSPACED.matcher(line).find(), Headlines.isUnspaced(line), line);
        }
    }

    private static boolean isLedeBySplit(String text) {
        if (text.isEmpty()) return false;
        String[] words = text.split("\\s+");
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))).count();
        boolean sentence = SENTENCE_END.matcher(text).find() && !text.endsWith("...");
        return text.length() > 160 || sentence && words.length >= 10 || words.length >= 14 && capitalised * 2 < words.length;
    }
}

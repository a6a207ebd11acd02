package org.dossier.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The fingerprint's words, read in the same pass as the search terms, are those of their specification below, and
 * only of the texts from the first fingerprinted one on.
 */
class TextFingerprintTest {
    /** Letters and digits, lower-cased, one hash per word; a link whole, up to white space, without query or fragment. */
    static long[] specification(List<String> texts) {
        List<Long> out = new ArrayList<>();
        for (String text : texts) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                if (text.startsWith("http://", i) || text.startsWith("https://", i)) {
                    int end = i;
                    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
                    String url = text.substring(i, end).split("[?#]", 2)[0].toLowerCase(Locale.ROOT);
                    long h = TextFingerprint.WORD_START;
                    for (char u : url.toCharArray()) h = (h ^ u) * 0x100000001B3L;
                    out.add(TextFingerprint.mix(h));
                    i = end;
                    continue;
                }
                long h = TextFingerprint.WORD_START;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001B3L;
                    i++;
                }
                out.add(TextFingerprint.mix(h));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    static long[] read(List<String> texts) {
        TextFingerprint.Words words = TextFingerprint.Words.of(texts);
        return Arrays.copyOf(words.at, words.size);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("The", "mayor", "QUITS", "café", "cafe\u0301", "Zoë", "naïve", "Straße", "2020", "x", " ", "  ", "\n", ".",
                        ",", "'", "’", "—", "\u0301", "日本", "https://example.org/a?utm=1", "http://x.org/B#c", "https", "http:",
                        "https://", "(https://example.org/p)", "hhttps://x.org", "ahttp://x", "\u00A0", "\t", "Ⅻ", "²")
                .list().ofMinSize(0).ofMaxSize(30).map(ps -> String.join("", ps));
    }

    @Property(tries = 20_000)
    void areTheWordsOfTheSpecification(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertArrayEquals(specification(List.of(a, b)), read(List.of(a, b)), a + " | " + b);
    }

    @Example
    void ignoreCaseSpacingPunctuationAndTrackingParameters() {
        TextFingerprint a = TextFingerprint.of(words(List.of("The mayor quits, https://example.org/story?utm_source=x today.")));
        TextFingerprint b = TextFingerprint.of(words(List.of("the  MAYOR quits https://example.org/story  today")));
        TextFingerprint c = TextFingerprint.of(words(List.of("The mayor stays, https://example.org/story today.")));
        assertEquals(a.exactHi(), b.exactHi());
        assertEquals(a.exactLo(), b.exactLo());
        assertNotEquals(a.exactLo(), c.exactLo());
    }

    private static TextFingerprint.Words words(List<String> texts) {
        return TextFingerprint.Words.of(texts);
    }
}

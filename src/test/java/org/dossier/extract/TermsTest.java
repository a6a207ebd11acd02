package org.dossier.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Terms are, in first-seen order, the distinct words of their specification below. */
class TermsTest {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");

    /** Words are letters and digits, with combining marks after the first; each is folded, then filtered. */
    static String specification(String text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK && word.length() > 0) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = Normalizer.normalize(word.toString(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
                if (w.length() >= 2 && w.length() <= 40 && !STOP.contains(w)) out.add(w);
                word.setLength(0);
            }
        }
        return String.join(" ", out);
    }

    private static String terms(List<String> texts) {
        return Terms.of(texts, texts.size(), new TextFingerprint.Words());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("the", "The", "THE", "a", "I", "cafe", "café", "CAFÉ", "cafe\u0301", "Zoë", "naïve", "ﬁle", "Straße", "İstanbul",
                        "x", "xy", "2020", "1", "e-mail", "O'Rourke", "—", " ", "  ", "\n", ".", ",", "'", "’", "\u0301", "ǅ", "Ⅻ", "²",
                        "word", "Word", "WORD", "words", "a".repeat(40), "b".repeat(41), "Ωmega", "日本", "日本語", "x\u200by")
                .list().ofMinSize(0).ofMaxSize(40).map(ps -> String.join("", ps));
    }

    @Property(tries = 20_000)
    void areTheDistinctWordsOfTheSpecification(@ForAll("texts") String text) {
        assertEquals(specification(text), terms(List.of(text)), text);
    }

    @Property(tries = 5_000)
    void ofSeveralTextsAreThoseOfTheTextsOnSeparateLines(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("texts") String c) {
        assertEquals(specification(a + "\n" + b + "\n" + c), terms(List.of(a, b, c)));
    }

    @Example
    void keepFirstSeenOrderAndLeaveOutStopWordsAndSingleLetters() {
        assertEquals("mayor quits cafe 2020", terms(List.of("The Mayor quits: a café, CAFE and", "cafe in 2020. The mayor QUITS.")));
    }

    @Example
    void holdManyDistinctWords() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) sb.append("w").append(Integer.toString(i, 36)).append(i % 7 == 0 ? " the " : " ");
        String text = sb + sb.toString();
        assertEquals(specification(text), terms(List.of(text)));
    }
}

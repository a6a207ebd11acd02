package org.dossier.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SearchText} reads ASCII words char by char for speed; whatever the text, its terms must be those of the rule
 * search.js applies to a query, stated here as plainly as it reads: every run of letters, numbers and marks folded
 * (NFKD, marks removed, lower case) and split again at what is not a letter or a number, each part one position.
 */
class SearchTextTest {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
            "they", "this", "to", "was", "were", "which", "who", "will", "with", "you");

    @Property(tries = 5_000)
    void termsAreThoseOfFoldingEveryWordAsTheBrowserFoldsAQuery(@ForAll("texts") String title, @ForAll("texts") String name,
                                                               @ForAll("texts") String body) {
        assertEquals(rule(title, List.of(name), body), seen(SearchText.of(title, List.of(name), body)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("The", "the", "AND", "andy", "Who", "whom", "a", "I", "x", "Mayor", "QUITS", "2020", "4th", " ", "\n", ".",
                        "-", "’", "'", "café", "cafe\u0301", "\u0301", "Straße", "İstanbul", "ﬁnal", "½", "①", "™", "Ⅻ", "𝐀𝐁", "\uD835",
                        "日本", "٣", "a".repeat(39), "B".repeat(41), "é".repeat(40))
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    private static Map<String, List<Integer>> rule(String title, List<String> people, String body) {
        Map<String, List<Integer>> terms = new LinkedHashMap<>();
        int[] at = {0};
        fold(title, 1, terms, at);
        at[0] += SearchText.GAP;
        for (String name : people) {
            fold(name, 2, terms, at);
            at[0] += SearchText.GAP;
        }
        fold(body, 0, terms, at);
        return terms;
    }

    /** Each term's fields, body count and positions, then its positions, in one list. */
    private static void fold(String text, int field, Map<String, List<Integer>> terms, int[] at) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (run.isEmpty() ? letterOrNumber(c) : letterOrNumber(c) || mark(c)) run.appendCodePoint(c);
            else if (!run.isEmpty()) {
                String folded = Normalizer.normalize(run, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
                for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
                    if (word.isEmpty()) continue;
                    if (word.length() >= 2 && word.length() <= 40 && !STOP.contains(word)) {
                        List<Integer> t = terms.computeIfAbsent(word, w -> new ArrayList<>(List.of(0, 0)));
                        t.set(0, t.get(0) | field);
                        if (field == 0) t.set(1, t.get(1) + 1);
                        t.add(at[0]);
                    }
                    at[0]++;
                }
                run.setLength(0);
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
    }

    private static boolean letterOrNumber(int c) {
        return Character.isLetter(c) || Set.of((int) Character.DECIMAL_DIGIT_NUMBER, (int) Character.LETTER_NUMBER,
                (int) Character.OTHER_NUMBER).contains(Character.getType(c));
    }

    private static boolean mark(int c) {
        return Set.of((int) Character.NON_SPACING_MARK, (int) Character.ENCLOSING_MARK, (int) Character.COMBINING_SPACING_MARK)
                .contains(Character.getType(c));
    }

    private static Map<String, List<Integer>> seen(SearchText.Doc doc) {
        Map<String, List<Integer>> terms = new LinkedHashMap<>();
        doc.forEach((term, t) -> {
            List<Integer> l = new ArrayList<>(List.of(t.fields, t.bodyCount));
            Arrays.stream(t.positions, 0, t.size).forEach(l::add);
            terms.put(term, l);
        });
        return terms;
    }
}

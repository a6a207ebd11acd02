package org.dossier.clean;

import org.dossier.ingest.Chars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the languages Dossier reads a text is written in, told by their stopwords (the, der, les, los, и, het,
 * się, och) or, for Vietnamese, by its letters: the one guess that both the block classifier (whose thresholds are
 * each language's stopword density) and the reading of a text scrape's numeric dates (day or month first) rely on.
 * Close languages share many stopwords, each a bit in every list that holds it; a text goes to the language with the
 * most hits, so "och", "att" and "inte" tell Swedish from Norwegian and Danish (whose dates are all day first, so a
 * wrong guess among them costs the classifier little and the dates nothing).
 *
 * <pre>{@code Languages.of(blocks)   // Optional[fr]}</pre>
 */
public final class Languages {
    /** ISO 639-1 codes, in the order of the bits of {@link Stopwords#languages}. */
    static final String[] CODES = {"en", "fr", "de", "es", "ru", "it", "pt", "nl", "pl", "cs", "sk", "sv", "no", "da", "fi", "hu", "hr",
            "ro", "tr", "id"};
    static final Stopwords STOPWORDS = Stopwords.load();
    /** Below this share of stopword hits among a text's words, or this many hits, no language is recognised (e.g. Chinese). */
    private static final double MIN_SHARE = 0.05;
    private static final int MIN_HITS = 3;
    /** Words enough to tell: a few sentences of any article. */
    private static final int SAMPLE = 300;

    private Languages() {}

    /** The language of the text's first words: "vi" by its letters, else one of {@link #CODES} by its stopwords. */
    public static Optional<String> of(List<Block> blocks) {
        return byLetters(blocks).or(() -> byStopwords(blocks));
    }

    private static Optional<String> byStopwords(List<Block> blocks) {
        int[] hits = new int[CODES.length];
        int words = 0;
        char[] word = new char[STOPWORDS.longest() + 1];
        for (Block b : blocks) {
            char[] chars = b.text().toCharArray();
            int length = 0, hash = 0;
            for (int i = 0; i <= chars.length && words < SAMPLE; i++) {
                char c = i < chars.length ? chars[i] : ' ';
                if (Chars.isLetter(c)) {
                    if (length < word.length) {
                        char lower = Chars.toLowerCase(c);
                        word[length++] = lower;
                        hash = 31 * hash + lower;
                    }
                } else if (length > 0) {
                    words++;
                    count(hits, STOPWORDS.languages(word, length, hash));
                    length = 0;
                    hash = 0;
                }
            }
        }
        int language = leading(hits, words);
        return language < 0 ? Optional.empty() : Optional.of(CODES[language]);
    }

    /**
     * "vi" for a text in Vietnamese, which its letters tell without stopwords: the vowels with a tone mark and a hook
     * or a dot below (ả, ế, ữ, ạ: Latin Extended Additional) and ơ, ư, đ. No other language read here writes them,
     * and a Vietnamese sentence holds several; asked first, since unmarked Vietnamese syllables ("sau", "do", "cho")
     * are stopwords of languages read here.
     */
    private static Optional<String> byLetters(List<Block> blocks) {
        int marked = 0, letters = 0;
        for (Block b : blocks) {
            String t = b.text();
            for (int i = 0; i < t.length() && letters < SAMPLE * 5; i++) {
                char c = t.charAt(i);
                if (!Character.isLetter(c)) continue;
                letters++;
                if (c >= '\u1EA0' && c <= '\u1EF9' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || c == 'đ' || c == 'Đ') marked++;
            }
        }
        return letters > 0 && marked >= MIN_HITS && marked >= MIN_SHARE * letters ? Optional.of("vi") : Optional.empty();
    }

    /** Adds one hit to each language of a word's {@link Stopwords#languages} bits. */
    static void count(int[] hits, int languages) {
        for (int langs = languages; langs != 0; langs &= langs - 1) hits[Integer.numberOfTrailingZeros(langs)]++;
    }

    /** The index in {@link #CODES} of the language with the most stopword hits among so many words, or -1 for none. */
    static int leading(int[] hits, int words) {
        int language = 0;
        for (int l = 1; l < CODES.length; l++) if (hits[l] > hits[language]) language = l;
        return words > 0 && hits[language] >= MIN_HITS && hits[language] >= MIN_SHARE * words ? language : -1;
    }

    /** Whether the word, in any case, is a stopword of any of the languages read. */
    static boolean isStopword(String word) {
        char[] lower = new char[word.length()];
        int hash = 0;
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Chars.toLowerCase(word.charAt(i));
            hash = 31 * hash + lower[i];
        }
        return STOPWORDS.languages(lower, lower.length, hash) != 0;
    }

    /**
     * Stopword → the languages it belongs to, one bit each in the order of {@link #CODES}. An open-addressing
     * table looked up with the word's characters and hash as the scan reads them: no string is made per word.
     */
    record Stopwords(char[][] keys, int[] languages, int longest) {
        int languages(char[] word, int length, int hash) {
            if (length > longest) return 0;
            int mask = keys.length - 1;
            for (int slot = mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (Arrays.equals(keys[slot], 0, keys[slot].length, word, 0, length)) return languages[slot];
            }
            return 0;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        static Stopwords load() {
            Map<String, Integer> words = new HashMap<>();
            for (int l = 0; l < CODES.length; l++) {
                String resource = "stopwords/" + CODES[l] + ".txt";
                try (InputStream in = Languages.class.getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException("missing resource org/dossier/clean/" + resource);
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("#")) continue;
                        for (String w : line.strip().split("\\s+")) {
                            if (!w.isEmpty()) words.merge(w, 1 << l, (a, b) -> a | b);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read org/dossier/clean/" + resource, e);
                }
            }
            int size = Integer.highestOneBit(words.size() * 4);
            char[][] keys = new char[size][];
            int[] languages = new int[size];
            int longest = 0;
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                int slot = mix(e.getKey().hashCode()) & (size - 1);
                while (keys[slot] != null) slot = (slot + 1) & (size - 1);
                keys[slot] = e.getKey().toCharArray();
                languages[slot] = e.getValue();
                longest = Math.max(longest, e.getKey().length());
            }
            return new Stopwords(keys, languages, longest);
        }
    }
}

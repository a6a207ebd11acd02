package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Given names people are known to carry: the US Social Security Administration's baby names with at least 1,000
 * births since 1920, and the first names of faker-js's locales that are no English words (see THIRD-PARTY.md;
 * rebuilt by bench/people/make-names). Immutable.
 */
final class NamesGazetteer {
    static final String RESOURCE = "names/given-names.txt";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> names;
    private final WordTable table;

    private NamesGazetteer(Set<String> names) {
        this.names = names;
        Map<String, Integer> ones = new HashMap<>();
        for (String n : names) ones.put(n, 1);
        this.table = new WordTable(ones);
    }

    static NamesGazetteer bundled() {
        try (InputStream in = NamesGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource org/dossier/extract/" + RESOURCE);
            Set<String> names = new HashSet<>(16_384);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) names.add(line.strip());
            }
            return new NamesGazetteer(WordSets.copyOf(names));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/dossier/extract/" + RESOURCE, e);
        }
    }

    /**
     * True for a known given name, written in lower case; "anne-marie" when each part is one, "josé" as "jose" and
     * "Wieslaw" as "Wiesław" (the list holds each name with diacritics also folded).
     */
    boolean isGiven(String w) {
        if (names.contains(w)) return true;
        int dash = w.indexOf('-');
        if (dash > 0) {
            for (String part : w.split("-")) if (!names.contains(part)) return false;
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                return names.contains(fold(w));
            }
        }
        return false;
    }

    /** {@link #isGiven} of an ASCII word without a hyphen (see {@link WordTable}), in any case. */
    boolean isGiven(char[] chars, int start, int end) {
        return table.get(chars, start, end) != 0;
    }

    /** Letters that carry no combining mark in Unicode, and what English text writes for them. */
    private static final String BARE = "łđøıßæœþð";
    private static final String[] FOLDED = {"l", "d", "o", "i", "ss", "ae", "oe", "th", "d"};

    /**
     * A lower-case word without its diacritics, as English news often writes it ("đức" as "duc"); bench/people/make-names
     * folds the bundled list the same way.
     */
    static String fold(String w) {
        // most words of most archives are ASCII, which has nothing to fold: no normalising pass for them
        int ascii = 0;
        while (ascii < w.length() && w.charAt(ascii) <= 0x7F) ascii++;
        if (ascii == w.length()) return w;
        String s = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        for (int i = 0; i < s.length(); i++) {
            if (BARE.indexOf(s.charAt(i)) >= 0) {
                StringBuilder b = new StringBuilder(s.length() + 2);
                for (int k = 0; k < s.length(); k++) {
                    int bare = BARE.indexOf(s.charAt(k));
                    if (bare < 0) b.append(s.charAt(k));
                    else b.append(FOLDED[bare]);
                }
                return b.toString();
            }
        }
        return s;
    }
}

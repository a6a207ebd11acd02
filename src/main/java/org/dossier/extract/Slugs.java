package org.dossier.extract;

import org.dossier.ingest.Chars;

import java.text.Normalizer;
import java.util.Locale;

/** The one rule for turning titles and names into file names: ASCII, lower case, hyphens. */
public final class Slugs {
    private Slugs() {}

    /**
     * What two spellings of one name share: case, diacritics and punctuation dropped, letters of every script kept, so
     * "Jürgen Klopp" and "Jurgen Klopp" meet while "Анна Петрова" and "Иван Сидоров", whose slugs are both empty, do not.
     */
    public static String fold(String text) {
        return plain(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static String of(String text, int maxLength) {
        String s = simple(text) ? simpleSlug(text) : plain(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > maxLength) {
            int cut = s.lastIndexOf('-', maxLength);
            s = s.substring(0, cut > maxLength / 2 ? cut : maxLength);
        }
        return s;
    }

    /** ASCII, and the General Punctuation block (U+2000 to U+206F: spaces, dashes, quotes), which decomposes to no letter. */
    private static boolean simple(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 && (c < '\u2000' || c > '\u206F')) return false;
        }
        return true;
    }

    /**
     * What {@link #plain} and the two replacements give for {@link #simple} text, which has nothing to decompose, in
     * one pass: a slug is made for every article and person, and the normaliser and three patterns cost more than
     * the rest of it.
     */
    private static String simpleSlug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = Chars.toLowerCase(text.charAt(i));
            if (c == '\'' || c == '\u2019') continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && sb.length() > 0) sb.append('-');
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** Lower case, without diacritics or apostrophes, and with the Latin letters that have no decomposition made plain. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('æ', 'a').replace('ł', 'l').replace('đ', 'd')
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "");
    }
}

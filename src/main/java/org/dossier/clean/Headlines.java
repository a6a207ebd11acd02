package org.dossier.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a headline from what stands where one might: a lede (the header line of a scrape holds either), the page's
 * menu, a section label, or the date line. The extract stage asks the same question of its fallback titles.
 *
 * <pre>{@code Headlines.isTitle("Home | News | World | Sign in")   // false: a menu}</pre>
 */
public final class Headlines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]['\"’”)]*$");
    /** What a menu puts between its items: a bar, a dot, an arrow; a slash only with space around it. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*(?:[|·•»›>]|\\s/\\s)\\s*");
    /** Items of a site's menu in the languages Dossier reads: one among short items marks the row as a menu. */
    private static final Set<String> MENU_WORDS = Set.of("home", "news", "menu", "search", "sign in", "log in", "login",
            "sign up", "register", "subscribe", "account", "my account", "contact", "contact us", "about", "about us",
            "newsletter", "newsletters", "accueil", "connexion", "se connecter", "s'abonner", "abonnez-vous", "rechercher",
            "startseite", "anmelden", "abo", "suche", "inicio", "iniciar sesión", "suscríbete", "buscar", "главная",
            "войти", "подписка", "поиск", "новости");
    /** A header line that kept the scraper's "date" label: "date 2022-03 ...", "date: 14/03/2022". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^date\\s*[:=]?\\s*\\d.*");
    /** Han, kana and hangul: scripts written without spaces, where a word count says nothing. */
    private static final Pattern UNSPACED_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    private Headlines() {}

    /**
     * A lede is prose: long, or a sentence ending with a full stop, or mostly lower-case words. Headlines are short,
     * rarely end with a full stop (an ellipsis is fine) and are usually in title case.
     */
    static boolean isLede(String text) {
        if (text.isEmpty()) return false;
        String[] words = text.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))).count();
        boolean sentence = SENTENCE_END.matcher(text).find() && !text.endsWith("...");
        return text.length() > 160
                || (sentence && words.length >= 10)
                || (words.length >= 14 && capitalised * 2 < words.length);
    }

    /**
     * Whether {@code text} can be an article's title: a headline is a sentence-like line of a few words, so it is
     * never the site's menu ({@link #isMenu}), a section label ({@link #isSectionLabel}) or the date line.
     */
    public static boolean isTitle(String text) {
        String t = text.strip();
        return !t.isEmpty() && !isMenu(t) && !isSectionLabel(t) && !DATE_LABEL.matcher(t).matches() && !Boilerplate.isDateline(t);
    }

    /**
     * "Home | News | World | Sign in": three or more short items (three words at most) between menu separators, and
     * either four of them or a menu word among them. "Live | War in Ukraine | Day 20" stays a headline.
     */
    static boolean isMenu(String text) {
        String t = text.strip();
        if (!hasSeparator(t)) return false;
        // Item by item, so a line of prose is done with at its first long item, without splitting it all.
        Matcher separator = MENU_SEPARATOR.matcher(t);
        int n = 0, from = 0;
        boolean menuWord = false;
        while (from <= t.length()) {
            boolean found = separator.find();
            String item = t.substring(from, found ? separator.start() : t.length()).strip();
            from = found ? separator.end() : t.length() + 1;
            if (item.isEmpty()) continue;
            if (Substance.words(item) > 3) return false;
            n++;
            menuWord |= MENU_WORDS.contains(item.toLowerCase(Locale.ROOT));
        }
        return n >= 3 && (n >= 4 || menuWord);
    }

    /** Whether a separator {@link #MENU_SEPARATOR} could find is there at all: most lines hold none. */
    private static boolean hasSeparator(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("|·•»›>".indexOf(c) >= 0 || c == '/' && i > 0 && i + 1 < t.length()
                    && Character.isWhitespace(t.charAt(i - 1)) && Character.isWhitespace(t.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * "Politics", "OPINION", "World News": one or two words (a headline has more), or in a script written without
     * spaces, a handful of characters; never ending as a sentence does ("Thanks." is one).
     */
    static boolean isSectionLabel(String text) {
        String t = text.strip();
        if (t.isEmpty() || Sentences.endsLikeSentence(t)) return false;
        if (UNSPACED_SCRIPT.matcher(t).find()) return t.codePointCount(0, t.length()) <= 6;
        return t.length() <= 30 && t.split("\\s+").length <= 2;
    }
}

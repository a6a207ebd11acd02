package org.dossier.clean;

import org.dossier.ingest.Chars;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells a headline from what stands where one might: a lede (the header line of a scrape holds either), the page's
 * menu, a section label, or the date line. The extract stage asks the same question of its fallback titles.
 *
 * <pre>{@code Headlines.isTitle("Home | News | World | Sign in")   // false: a menu}</pre>
 */
public final class Headlines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]['\"’”)]*$");
    /** What a menu puts between its items: a bar, a dot, an arrow; a slash only with space around it. */
    static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*(?:[|·•»›>]|\\s/\\s)\\s*");
    /**
     * What a site's menu offers the reader to do, in the languages Dossier reads and those of the outlets it meets
     * most: sign in, subscribe, search. A row of words without separators is a menu only with one of these at an end.
     */
    private static final Set<String> MENU_ACTIONS = Set.of("menu", "search", "sign in", "log in", "login", "sign up", "register",
            "subscribe", "my account", "epaper", "e-paper", "connexion", "se connecter", "s'abonner", "abonnez-vous", "rechercher",
            "anmelden", "abo", "suche", "iniciar sesión", "suscríbete", "buscar", "войти", "подписка", "поиск", "entrar", "assine",
            "pesquisar", "accedi", "abbonati", "cerca", "inloggen", "zoeken", "logga in", "sök", "zaloguj", "zaloguj się", "szukaj",
            "přihlásit", "přihlášení", "hledat", "předplatné", "giriş", "giriş yap", "abone ol", "keresés", "belépés", "bejelentkezés",
            "előfizetés", "căutare", "autentificare", "prijava", "pretraga", "tražilica", "đăng nhập", "tìm kiếm", "masuk", "cari");
    /** Items of a site's menu in the languages Dossier reads: one among short items marks the row as a menu. */
    private static final Set<String> MENU_WORDS = Stream.concat(MENU_ACTIONS.stream(), Stream.of("home", "news",
            "account", "contact", "contact us", "about", "about us", "newsletter", "newsletters", "accueil", "startseite", "inicio",
            "главная", "новости", "início", "notícias", "strona główna", "hírek", "címlap", "zprávy", "anasayfa", "ana sayfa", "haberler",
            "trang chủ", "naslovnica", "vijesti", "acasă", "știri", "beranda", "berita")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The most words a menu's row without separators runs to, and the fewest: a headline of title-case words has fewer. */
    private static final int ROW_WORDS = 30, ROW_MIN = 4;
    /** A header line that kept the scraper's "date" label: "date 2022-03 ...", "date: 14/03/2022". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^date\\s*[:=]?\\s*\\d.*");
    /**
     * A date in figures a CMS appended to the headline, in its title cell or the page's title: "City council approves
     * cable car study 05.03.2024", "… - 2024-03-05", "… (05/03/2024)".
     */
    private static final Pattern APPENDED_DATE = Pattern.compile(
            "\\s+[-–—|,(]?\\s*(?:" + DateWords.NUMERIC + "|" + DateWords.ISO_DAY + ")\\)?$");
    /** Han, kana and hangul: scripts written without spaces, where a word count says nothing. */
    private static final Pattern UNSPACED_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    /** How far down a page dumped as text its headline may stand: below a menu of a few dozen items, not further. */
    private static final int TOP = 40;
    /** Words of the prose a candidate is compared with: enough for any headline's words, and bounded. */
    private static final int BODY_WORDS = 1000;
    /** Words shorter than this are function words in every language read; longer ones are compared by their start. */
    private static final int STEM = 5;

    private Headlines() {}

    /** The headline without a date in figures appended to it, when words enough for a headline are left. */
    public static String withoutAppendedDate(String headline) {
        Matcher m = APPENDED_DATE.matcher(headline);
        if (!m.find()) return headline;
        String rest = headline.substring(0, m.start()).strip();
        return rest.split("\\s+").length >= 3 ? rest : headline;
    }

    /**
     * Which of a text scrape's first paragraphs is its headline, judged by the features that mark one on a page dumped
     * as text rather than by a list of menus: shaped as a headline ({@code eligible}), sharing words with the article's
     * prose (a menu, "Skip to main content" or a cookie notice shares none), standing by the byline or dateline
     * ({@code marks}), and written with lower-case words as a phrase is, not as a row of capitalised menu items.
     * Below the first paragraph of prose (a cookie notice above the headline reads as one) only a line beside the
     * byline or dateline can be the headline, and only when none above it can; below the second, none. -1 when no
     * line shares a word with the prose.
     *
     * @param paragraphs the scrape's paragraphs in order
     * @param eligible   for each of the first ones, whether it may be a headline at all (headline-shaped, no furniture a
     *                   pattern recognised, not recurring across the archive)
     * @param marks      for each of the first ones, whether it is a byline or a dateline
     * @param furniture  for each of the first ones, whether a pattern knows it as the page's (a cookie notice, a
     *                   consent prompt): written in sentences, yet no prose of the article, so the chrome above it is
     *                   no headline for standing above the first prose
     * @param prose      the prose's words, as {@link #proseStems} gives them
     */
    static int pick(List<String> paragraphs, boolean[] eligible, boolean[] marks, boolean[] furniture, Set<String> prose) {
        int top = Math.min(eligible.length, paragraphs.size());
        int best = -1, ledes = 0, bestCommon = 0;
        double bestScore = 0;
        for (int i = 0; i < top && ledes < 2; i++) {
            // Above any candidate, a line of headline shape is no prose, however many lower-case words it runs to: a
            // headline in sentence case ("Dengue surge: city hospitals add 300 beds, fever clinics to stay open till
            // 8pm") reads as a lede. Under a candidate, it is the standfirst.
            if ((best >= 0 || !eligible[i]) && !furniture[i] && isProse(paragraphs.get(i))) {
                // A headline above the first prose is the page's; a line below it only stands in for a missing one.
                if (best >= 0) break;
                ledes++;
            }
            if (!eligible[i]) continue;
            boolean near = false;
            for (int j = Math.max(0, i - 2); j <= Math.min(top - 1, i + 2); j++) near |= j != i && marks[j];
            List<String> words = stems(paragraphs.get(i), Integer.MAX_VALUE);
            int common = (int) words.stream().filter(prose::contains).count();
            boolean phrase = hasLowerCaseWord(paragraphs.get(i));
            // A row of capitalised words most of which the article never uses names the site's sections ("Startseite
            // Region Dresden Sachsen Polizeiticker Sport Kultur"), not the story: a headline's words are the story's.
            boolean sections = !phrase && common * 2 < words.size() && !isUnspaced(paragraphs.get(i));
            if (common == 0 || ledes > 0 && !near || sections) continue;
            double score = (double) common / words.size() + (near ? 0.5 : 0) + (phrase ? 0.25 : 0);
            // On a tie, the line with more of the prose's words: a breadcrumb of two section names ("Thời sự Giao
            // thông") shares one long word with a Vietnamese text as wholly as its headline shares several.
            if (score > bestScore || score == bestScore && common > bestCommon) {
                best = i;
                bestScore = score;
                bestCommon = common;
            }
        }
        return best;
    }

    /**
     * How many of the first paragraphs {@link #pick} may look at: up to two lines below the second paragraph of prose,
     * and {@link #TOP} at most, not counting a menu's bulleted items (a site's menu dumped whole runs to a hundred).
     */
    static int top(List<String> paragraphs) {
        int ledes = 0, seen = 0, i = 0;
        for (; i < paragraphs.size() && seen < TOP; i++) {
            if (isProse(paragraphs.get(i)) && ++ledes == 2) return Math.min(paragraphs.size(), i + 3);
            if (!BlockClassifier.isListItem(paragraphs.get(i))) seen++;
        }
        return i;
    }

    /** The share of the line's words (of {@link #STEM} letters or more, compared by their start) that the prose holds. */
    static double shared(String line, Set<String> prose) {
        List<String> words = stems(line, Integer.MAX_VALUE);
        if (words.isEmpty()) return 0;
        return (double) words.stream().filter(prose::contains).count() / words.size();
    }

    /**
     * The word starts of the paragraphs that are prose (sentences of six words or more, as a reader counts them in a
     * script without spaces), the candidates aside.
     */
    static Set<String> proseStems(List<String> paragraphs, boolean[] candidates) {
        Set<String> stems = new HashSet<>();
        readProse(paragraphs, candidates, found -> {
            stems.addAll(found);
            return false;
        });
        return stems;
    }

    /**
     * Whether the line shares a word with the prose, {@code shared(line, proseStems(paragraphs, candidates)) > 0}: the
     * prose read only as far as the first word shared, which for a page's own headline is mostly in its first sentence.
     */
    static boolean sharesWithProse(String line, List<String> paragraphs, boolean[] candidates) {
        Set<String> words = stemsOf(line);
        return !words.isEmpty() && readProse(paragraphs, candidates, found -> found.stream().anyMatch(words::contains));
    }

    /** Gives the prose's stems, a paragraph's at a time, to {@code done} until it says it is done; whether it did. */
    private static boolean readProse(List<String> paragraphs, boolean[] candidates, Predicate<List<String>> done) {
        int words = 0;
        for (int i = 0; i < paragraphs.size() && words < BODY_WORDS; i++) {
            String p = paragraphs.get(i);
            if (i < candidates.length && candidates[i] || !Sentences.endsLikeSentence(p)
                    || Substance.words(p, 6) < 6 && !(isUnspaced(p) && Substance.scriptWords(p) >= 6)) continue;
            List<String> found = stems(p, BODY_WORDS - words);
            words += found.size();
            if (done.test(found)) return true;
        }
        return false;
    }

    /** The line's words of {@link #STEM} letters or more, by their start: what {@link #shared} compares. */
    static Set<String> stemsOf(String line) {
        return new HashSet<>(stems(line, Integer.MAX_VALUE));
    }

    private static List<String> stems(String text, int max) {
        List<String> out = new ArrayList<>();
        // a copy to index: under C1 (see BoundedHeap) charAt costs more per character than the copy
        char[] chars = text.toCharArray();
        int start = -1;
        boolean unspaced = false;
        for (int i = 0; i <= chars.length && out.size() < max; i++) {
            boolean letter = i < chars.length && Chars.isLetter(chars[i]);
            boolean script = letter && isUnspaced(chars[i]);
            if (start >= 0 && (!letter || script != unspaced)) {
                if (unspaced) {
                    // No spaces tell a Chinese or Japanese word's bounds, and Korean ones are short: pairs of
                    // characters are what two lines of these scripts share when they name the same thing.
                    for (int k = start; k + 1 < i && out.size() < max; k++) out.add(new String(chars, k, 2));
                } else if (i - start >= STEM) {
                    out.add(stem(chars, start));
                }
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
                unspaced = script;
            }
        }
        return out;
    }

    /** A letter of Han, kana or hangul (their main blocks), the scripts of {@link #UNSPACED_SCRIPT}. */
    private static boolean isUnspaced(char c) {
        return c >= '\u3040' && c <= '\u30FF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\u4E00' && c <= '\u9FFF'
                || c >= '\uAC00' && c <= '\uD7AF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF66' && c <= '\uFF9F';
    }

    /** The word's first {@link #STEM} letters in lower case, as {@code toLowerCase(Locale.ROOT)} gives them, without a substring for ASCII. */
    private static String stem(char[] chars, int start) {
        char[] stem = new char[STEM];
        for (int k = 0; k < STEM; k++) {
            char c = chars[start + k];
            // beyond ASCII a letter may lower-case to two ("İ") or by its context (a final sigma): the String's own rule
            if (c >= 128) return new String(chars, start, STEM).toLowerCase(Locale.ROOT);
            stem[k] = Chars.toLowerCase(c);
        }
        return new String(stem);
    }

    /** A phrase has lower-case words ("to", "um die", "в"); a row of menu items or section names has none. */
    private static boolean hasLowerCaseWord(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLowerCase(line.charAt(i)) && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return true;
        }
        return false;
    }

    /**
     * A paragraph of the article's prose, where the headline stands above: a {@link #isLede lede}, or in a script without
     * spaces a sentence of ten words or more as a reader counts them, which no count of spaces tells.
     */
    private static boolean isProse(String text) {
        return isLede(text) || isUnspaced(text) && Sentences.endsLikeSentence(text) && Substance.scriptWords(text) >= 10;
    }

    /**
     * A lede is prose: long, or a sentence ending with a full stop, or mostly lower-case words. Headlines are short,
     * rarely end with a full stop (an ellipsis is fine) and are usually in title case.
     */
    static boolean isLede(String text) {
        if (text.isEmpty()) return false;
        // the words split("\\s+") would give, counted in one pass without the pattern: asked of every line near the top
        int words = 0, capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isPatternSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
                if (!Character.isLowerCase(text.codePointAt(i))) capitalised++;
            }
            inWord = !space;
        }
        // a split leaves an empty word before leading spaces, unless nothing but spaces is there
        if (words > 0 && isPatternSpace(text.charAt(0))) words++;
        boolean sentence = SENTENCE_END.matcher(text).find() && !text.endsWith("...");
        return text.length() > 160
                || (sentence && words >= 10)
                || (words >= 14 && capitalised * 2 < words);
    }

    /** A pattern's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Whether {@code text} can be an article's title: a headline is a sentence-like line of a few words, so it is
     * never the site's menu ({@link #isMenu}), a section label ({@link #isSectionLabel}) or the date line.
     */
    public static boolean isTitle(String text) {
        String t = text.strip();
        return !t.isEmpty() && !isMenu(t) && !isSectionLabel(t) && !DATE_LABEL.matcher(t).matches() && !Datelines.is(t);
    }

    /**
     * "Home | News | World | Sign in": three or more short items (three words at most) between menu separators, and
     * either four of them or a menu word among them. "Live | War in Ukraine | Day 20" stays a headline.
     */
    static boolean isMenu(String text) {
        String t = text.strip();
        if (isSkipLink(t)) return true;
        if (!hasSeparator(t)) return isMenuRow(t);
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

    /**
     * A menu that a page dumped as text wrote as one row of words, with no separator: "Home City Kolkata News Sports
     * Epaper Sign In", "menu Gerais1 Minas Belo Horizonte buscar". Its words are the items' names, capitalised, the menu's
     * own words ({@link #MENU_WORDS}), names of two words in sentence case ("Thời sự"), and at most one small word, a
     * lower-case one or a stopword ("Subscribe for R29/month"), with no
     * punctuation a phrase has; two of the menu's words, one of them an action ({@link #MENU_ACTIONS}) at the row's
     * start or end, as a site puts its search and sign-in. A title-case headline names no such action there.
     */
    private static boolean isMenuRow(String t) {
        // most lines are done with here: prose is longer, or ends as a sentence, or has a comma
        if (t.length() > ROW_WORDS * 12 || Sentences.endsLikeSentence(t)) return false;
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case ',', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»' -> { return false; }
                default -> { }
            }
        }
        String[] cased = SPACES.split(t);
        if (cased.length < ROW_MIN || cased.length > ROW_WORDS || !endsWithAction(cased)) return false;
        String[] words = new String[cased.length];
        for (int i = 0; i < cased.length; i++) words[i] = cased[i].toLowerCase(Locale.ROOT);
        int menuWords = 0, small = 0;
        boolean actionAtEnd = false;
        for (int i = 0; i < words.length; i++) {
            // an item of two words ("sign in", "abone ol") is looked up before its first word alone
            int span = i + 1 < words.length && MENU_WORDS.contains(words[i] + " " + words[i + 1]) ? 2 : MENU_WORDS.contains(words[i]) ? 1 : 0;
            if (span > 0) {
                menuWords++;
                String item = span == 2 ? words[i] + " " + words[i + 1] : words[i];
                actionAtEnd |= MENU_ACTIONS.contains(item) && (i == 0 || i + span == words.length);
                i += span - 1;
            } else if (Character.isLowerCase(cased[i].codePointAt(0)) || Languages.isStopword(cased[i])) {
                // a headline in title case has its small words capitalised: "Search Continues for Teen Near Her Home"
                if (++small > 1) return false;
            } else if (i + 1 < words.length && Character.isLowerCase(cased[i + 1].codePointAt(0)) && !Languages.isStopword(cased[i + 1])
                    && !MENU_WORDS.contains(words[i + 1])) {
                // an item's name of two words in sentence case, as Vietnamese and Indonesian menus write them ("Thời
                // sự", "Kinh doanh", "Gaya hidup"): its second word is the name's, not a phrase's small word
                i++;
            }
        }
        return menuWords >= 2 && actionAtEnd;
    }

    /**
     * "Skip to main content The Vale Chronicle Menu Search …": a page dumped as text opens with the link that lets a
     * screen reader jump past the chrome, and the chrome follows it on the same row, whatever it names. A headline
     * never opens so.
     */
    private static boolean isSkipLink(String t) {
        return t.length() >= 10 && SKIP_OPENERS.indexOf(Character.toLowerCase(t.charAt(0))) >= 0 && SKIP_LINK.matcher(t).lookingAt();
    }

    /** The first letters of {@link #SKIP_LINK}'s links: most lines open with none and are spared the pattern. */
    private static final String SKIP_OPENERS = "szadpihnр";
    /** The skip link in the languages read: "Skip to content", "Zum Inhalt springen", "Aller au contenu", "Перейти к содержанию". */
    private static final Pattern SKIP_LINK = Pattern.compile("(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|skip navigation|"
            + "zum (?:haupt)?inhalt(?: springen)?|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu(?: principal)?|"
            + "saltar al contenido(?: principal)?|ir al contenido(?: principal)?|ir para o conteúdo(?: principal)?|pular para o conteúdo(?: principal)?|"
            + "passa al contenuto(?: principale)?|перейти к (?:основному )?содержанию|(?:ana )?içeriğe (?:geç|atla)|przejdź do treści|"
            + "naar de inhoud|hoppa till innehållet)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the row opens or closes with a menu's action, of one word or two: what most rows of words lack. */
    private static boolean endsWithAction(String[] words) {
        int n = words.length;
        return MENU_ACTIONS.contains(words[0].toLowerCase(Locale.ROOT)) || MENU_ACTIONS.contains(words[n - 1].toLowerCase(Locale.ROOT))
                || MENU_ACTIONS.contains((words[0] + " " + words[1]).toLowerCase(Locale.ROOT))
                || MENU_ACTIONS.contains((words[n - 2] + " " + words[n - 1]).toLowerCase(Locale.ROOT));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether a separator {@link #MENU_SEPARATOR} could find is there at all: most lines hold none. */
    private static boolean hasSeparator(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // a switch, not "|·•»›>".indexOf(c): that string is not Latin-1, and searching it for every character of
            // every line cost a hundredth of a build
            switch (c) {
                case '|', '·', '•', '»', '›', '>' -> { return true; }
                case '/' -> {
                    if (i > 0 && i + 1 < t.length() && Character.isWhitespace(t.charAt(i - 1)) && Character.isWhitespace(t.charAt(i + 1))) return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /**
     * "Politics", "OPINION", "World News": one or two words (a headline has more), or in a script written without
     * spaces, a handful of characters; never ending as a sentence does ("Thanks." is one).
     */
    static boolean isSectionLabel(String text) {
        String t = text.strip();
        if (t.isEmpty() || Sentences.endsLikeSentence(t) || Datelines.is(t)) return false;
        if (isUnspaced(t)) return t.codePointCount(0, t.length()) <= UNSPACED_LABEL;
        return t.length() <= 30 && t.split("\\s+").length <= 2;
    }

    /** The most characters of a script without spaces that a section label runs to: a headline has more. */
    static final int UNSPACED_LABEL = 6;

    /** Whether the text is written, at least in part, in a script without spaces between its words (Han, kana, hangul). */
    static boolean isUnspaced(String text) {
        // every letter of these scripts lies at or above U+1100 (Hangul's jamo): the pattern is asked only from there
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '\u1100') return UNSPACED_SCRIPT.matcher(text).find(i);
        return false;
    }
}

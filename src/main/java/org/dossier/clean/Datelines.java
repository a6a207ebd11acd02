package org.dossier.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells a page's dateline from a line of the article by what is left once its dates, times, time zones, date labels
 * and weekdays are taken out: nothing, or the few capitalised words of a byline or a place
 * ("Bhavna Kohli Updated: Feb 6, 2024, 18:42 IST", "Published - November 14, 2023 08:40 pm IST - CHENNAI",
 * "By Hoang Phuong March 14, 2022 | 09:12 am GMT+7"). Any lower-case word or stray number left makes it prose. One
 * line may say both when the page was published and when it changed; the published part is the evidence.
 *
 * <pre>{@code
 * Datelines.is("Posted: Jan 09, 2023 5:00 AM CT | Last Updated: January 10, 2023")          // true
 * Datelines.published(List.of("Posted: Jan 09, 2023 5:00 AM CT | Last Updated: January 10, 2023"))
 *                                                                 // Optional[Posted: Jan 09, 2023 5:00 AM CT |]
 * }</pre>
 */
final class Datelines {
    /** Longer lines are prose, or a caption that happens to hold a date. */
    static final int MAX = 160;
    private static final String MINUTES = "(?:mins?|minutes?|minuten|minutos|minuti|мин|минуты|минут|minuty|minut|minutę|minuter|minutter|"
            + "menit|dakika|dk|perc|хв|хвилин[аи]?|minúty|minút)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Each way of writing a date, tried in turn: one alternation would renumber the back-reference of the numeric one. */
    private static final List<Pattern> DATES = Stream.of(DateWords.MONTH_DAY_YEAR, DateWords.DAY_MONTH_YEAR + "(?:\\s*г(?:ода|\\.)?)?",
            DateWords.ISO_DAY + "(?:T[\\d:.+Z-]*)?", DateWords.NUMERIC, DateWords.YEAR_FIRST, DateWords.YEAR_MONTH_DAY, DateWords.CJK_DAY,
            DateWords.VIETNAMESE_DAY, DateWords.MONTH_YEAR, DateWords.YEAR_MONTH, DateWords.VIETNAMESE_MONTH).map(p -> Pattern.compile(p, FLAGS)).toList();
    /** A day and month without the year, beside a full date: when the page changed ("… | Last Updated: March 14"). */
    private static final Pattern DAY_AND_MONTH = Pattern.compile(DateWords.DAY_AND_MONTH, FLAGS);
    /** "5:00 AM", "08:40 pm", "18h09", "10.05 Uhr", "7:40am", "9:30 a.m.", "15時30分". */
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.:])\\d{1,2}(?:[:.h]\\d{2}){1,2}(?![\\d])\\s*(?:[ap]\\.?\\s?m\\b\\.?)?|(?<![\\d.:])\\d{1,2}\\s*[ap]\\.?m\\b\\.?"
                    + "|(?<!\\d)\\d{1,2}\\s*[時时시]\\s*(?:\\d{1,2}\\s*[分분])?", FLAGS);
    /** "GMT+7", "(UTC+05:30)", "GMT": zones written with an offset (the lettered ones, IST or CET, read as a place would). */
    private static final Pattern ZONE = Pattern.compile("\\(?\\b(?:GMT|UTC)(?:\\s*[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?");
    private static final Pattern LABEL = Pattern.compile("(?<!\\p{L})" + DateWords.LEAD + "(?!\\p{L})", FLAGS);
    /** Weekdays, whole and shortened, in the languages of {@link DateWords} and Vietnamese. */
    static final Set<String> WEEKDAYS = Stream.concat(DateWords.weekdayNames().stream(), Stream.of(
            // what the table's whole names are not: their abbreviations, spellings without accents, and the parts of
            // Portuguese and Vietnamese names written as two words
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "mo", "di", "mi", "do", "fr", "sa", "so",
            "miercoles", "sabado", "lun", "mar", "mié", "mie", "jue", "vie", "sáb", "sab", "dom",
            "пн", "вт", "ср", "чт", "пт", "сб", "вс",
            "segunda", "terça", "quarta", "quinta", "sexta", "feira", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật",
            // Chinese weekdays after a date ("2024年07月04日 星期四"), which no script's capitals tell from a name
            "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "周一", "周二", "周三", "周四", "周五", "周六", "周日"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The small words between a label, a date and a time: "on", "at", "le", "à", "am", "um", "a las", "в", "Uhr", "г.". */
    private static final Set<String> LINKS = Set.of("on", "at", "the", "of", "and", "le", "la", "à", "a", "au", "et", "am", "um",
            "uhr", "und", "el", "en", "de", "del", "las", "los", "y", "в", "г", "года", "и", "em", "às", "e", "il", "alle", "ore", "h",
            // the hours' abbreviation after a time in Latin America: "08:30 hs"
            "hs", "hrs",
            // the year's word or abbreviation after it ("2023 р.", "2024. godine", "2024 r.") and "at" before the time in
            // Croatian, Serbian, Finnish, Ukrainian and Romanian ("u 12:45", "у 10:20", "klo 14.32", "о 10:20", "ora 10:20")
            "р", "року", "godine", "god", "r", "roku", "u", "у", "klo", "о", "ora",
            // and in Dutch, Swedish, Polish, Czech, Turkish and Indonesian: "op 4 maart om 11.02", "kl. 10.15", "o 9:40"
            "op", "om", "uur", "den", "kl", "o", "v", "saat", "pukul", "tanggal",
            // Polish "hour" before the time: "7 marca 2024, godz. 11:20"
            "godz",
            // Korean's "a.m." and "p.m." before the time
            "오전", "오후",
            // Vietnamese "day" before a date in words: "ngày 5 tháng 6 năm 2024"
            "ngày");
    /** What opens a byline: "By", "Von", "Par", "Por", "От", or its label ("Author:", "Автор:"). */
    private static final Set<String> BY = Set.of("by", "von", "par", "por", "от", "author", "auteur", "autor", "autorin", "автор",
            "作者", "记者", "記者", "기자", "编辑", "責任編輯", "责任编辑",
            // the source a Chinese, Korean or Japanese outlet's info row names, as a byline names its writer: "来源：新华网"
            "来源", "來源", "출처", "出典");
    /**
     * The story's reading time, which a page's row of byline and date often ends with: "4 min read", "5 min de lecture",
     * "Lesezeit: 3 Min.", "Время чтения: 4 мин", "Čtení na 4 minuty", "Czas czytania: 3 min". It says the row is the
     * page's, as a label does.
     */
    private static final Pattern READING_TIME = Pattern.compile("\\d{1,3}\\s*-?\\s*" + MINUTES + "\\.?\\s+(?:read|de lecture|lesezeit"
            + "|de lectura|de leitura|di lettura|чтения|leestijd|czytania|čtení|čítania|okuma|baca|membaca|lästid|läsning|lesetid|læsetid)\\b"
            + "|(?:reading time|lesezeit|tiempo de lectura|lectura|temps de lecture|время чтения|tempo de leitura|tempo di lettura|leestijd"
            // and in Polish, Czech and Slovak, Ukrainian, Turkish, Indonesian and the Scandinavian languages
            + "|czas (?:czytania|lektury)|čas (?:čtení|čítania)|čtení na|doba čtení|čítanie na|час читання|okuma süresi|waktu baca|lästid|lesetid|læsetid)"
            + "\\s*:?\\s*(?:ok\\.|około|cca|ca\\.|circa|около|~|≈)?\\s*\\d{1,3}\\s*" + MINUTES + "(?!\\p{L})\\.?"
            // Japanese, Chinese and Korean: "読了時間：約3分", "阅读时间 5 分钟", "3분 소요", "읽는 시간 3분"
            + "|(?:読了時間|読了目安|この記事は約|阅读时间|閱讀時間|预计阅读|預計閱讀|阅读需要|읽는 ?시간|읽기 ?시간)\\s*[:：]?\\s*(?:約|约|약)?\\s*\\d{1,3}\\s*"
            + "(?:分钟|分鐘|分|분)(?:で読めます)?|\\d{1,3}\\s*분\\s*(?:소요|읽기)", FLAGS);
    /**
     * How often the page was read, and the buttons that set its type's size, which a Chinese, Korean or Japanese
     * outlet's row of date, source and author ends with ("浏览次数：3108", "阅读：256", "조회수 1,234", "【字号：大 中 小】"):
     * the row's, as a reading time is, and no stray number or words of prose.
     */
    private static final Pattern ROW_TOOLS = Pattern.compile("(?:浏览次数|浏览量|浏览|阅读量|阅读数|阅读|点击量|点击数|点击|瀏覽次數|瀏覽|閱讀|點擊"
            + "|조회수|조회|閲覧数|閲覧)\\s*[:：]?\\s*\\d[\\d,]*(?:\\s*次)?|[【\\[]?(?:字号|字体|字號|字體)\\s*[:：]?\\s*[大中小](?:\\s*[大中小]){1,2}[】\\]]?");
    /** The reading time's words in lower-case ASCII, which {@link #hasProseWord} lets stay for {@link #reads} to take out. */
    private static final Set<String> READING_WORDS = Set.of("min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "read",
            "reading", "time", "de", "lecture", "lectura", "leitura", "di", "lettura", "tiempo", "temps", "tempo", "leestijd",
            "minuty", "minut", "minuter", "minutter", "menit", "dakika", "dk", "perc", "czas", "czytania", "lektury", "na", "cca", "ca",
            "doba", "okuma", "waktu", "baca", "membaca", "circa", "lesetid");
    /**
     * When the page changed, counted back from now: "Atualizado há 2 horas", "hace 3 horas", "il y a 5 minutes",
     * "vor 2 Stunden", "2 hours ago", "3 hrs ago", "3h ago", and as a rough count ("about 9 hours ago", "about an hour
     * ago", "il y a environ 2 heures"). The row of a date says it beside the date; prose never puts it so.
     */
    private static final Pattern AGO = Pattern.compile("(?<!\\p{L})(?:há|hace|il y a|vor)\\s+(?:environ\\s+|etwa\\s+|unos?\\s+|cerca de\\s+)?"
            + "(?:\\d{1,3}|une?|una|einer)\\s+(?:horas?|minutos?|dias?|días?|heures?|minutes?|jours?|stunden?|minuten?|tagen?)(?!\\p{L})"
            + "|(?<!\\p{L})(?:(?:about|around|over|nearly|almost)\\s+)?(?:\\d{1,3}\\s*|an?\\s+)(?:hours?|hrs?|h|minutes?|mins?|m|days?|d)\\s+ago(?!\\p{L})", FLAGS);
    /** The words of {@link #AGO} in lower-case ASCII, which {@link #hasProseWord} lets stay for {@link #reads} to take out. */
    private static final Set<String> AGO_WORDS = Set.of("hace", "il", "y", "vor", "hora", "horas", "minuto", "minutos", "dia", "dias",
            "heure", "heures", "minute", "minutes", "jour", "jours", "stunde", "stunden", "minuten", "tag", "tagen", "hour", "hours",
            "min", "mins", "day", "days", "ago", "hr", "hrs", "about", "around", "over", "nearly", "almost", "an", "environ", "une", "un",
            "una", "einer", "etwa", "unos", "cerca");
    /**
     * The outlet's address standing as its name, "Kompas.com - 21/02/2024, 14:35 WIB": a name, as a capitalised word
     * is, and capitalised as one. The domain is lower case, so "a.m." and a sentence's full stop are not one.
     */
    private static final Pattern SITE = Pattern.compile("(?<![\\p{L}\\d.@])\\p{Lu}[\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}(?![\\p{L}\\d])");
    /** The commas and full stops of Chinese and Japanese prose, which no dateline holds. */
    private static final String CJK_SENTENCE = "，。！？；、";
    /** Han, kana and hangul have no capitals: a word of them this short may be a name, a place or the outlet's. */
    private static final int CASELESS_NAME = 8;
    /** A social handle beside a byline's name ("@janeroe"): the author's, as the name is. "@17:19" is a time. */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@[A-Za-z_]\\w{1,30}");
    /** More capitalised words than a byline's name and a place, or a zone, hold is a headline or a caption. */
    private static final int MAX_NAMES = 4;
    /** A masthead's row names the outlet, a section or two and the date: more items, or longer ones, are a headline's. */
    private static final int MASTHEAD_ITEMS = 4, MASTHEAD_WORDS = 5;
    private static final Pattern MASTHEAD_SEPARATOR = Pattern.compile(Headlines.MENU_SEPARATOR.pattern() + "|\\s+[–—-]\\s+");

    private Datelines() {}

    /**
     * Every lower-case ASCII word a dateline may hold: those {@link #is} lets stay, and those its patterns take out
     * (months, labels, "a.m."). Words of the patterns' sources, so a word they add is never missed; extra ones only
     * cost a line the full reading.
     */
    private static final Set<String> DATE_WORDS = Stream.of(Stream.of(DateWords.MONTH, DateWords.LEAD)
                    .flatMap(p -> Stream.of(p.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))),
            Stream.of("a", "p", "m", "am", "pm"), WEEKDAYS.stream(), LINKS.stream(), BY.stream(), READING_WORDS.stream(), AGO_WORDS.stream())
            .flatMap(s -> s).filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A line of nothing but the story's reading time ("Čtení na 3 minuty", "Czas czytania: 4 min", "読了時間：約3分"): the
     * page's, as in a dateline's row, with no date beside it.
     */
    static boolean isReadingTime(String line) {
        if (line.length() > READING_TIME_CHARS || !MINUTE_UNITS.in(line)) return false;
        Matcher m = READING_TIME.matcher(DateWords.ascii(line));
        return m.find() && m.replaceAll(" ").codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A reading time alone on its line, with a clock's sign or a separator beside it, is this short. */
    private static final int READING_TIME_CHARS = 40;
    /**
     * What every reading time holds, its unit's first letters ("min", "dk", "分", "분"): most short lines hold none, and are
     * spared the pattern.
     */
    private static final Literals MINUTE_UNITS = Literals.of("min", "мин", "dk", "dakika", "perc", "menit", "хв", "分", "분");

    /** Whether the line is a dateline: a date, and nothing but labels, times, weekdays and a byline's or place's name. */
    static boolean is(String line) {
        if (line.length() > MAX || !hasYear(line)) return false;
        for (int i = 0; i < line.length(); i++) if (CJK_SENTENCE.indexOf(line.charAt(i)) >= 0) return false;
        String l = DateWords.ascii(line);
        return !hasProseWord(l) && (reads(l) || isMasthead(l));
    }

    /**
     * A masthead's row: the names of the outlet or newsletter and of its section between a menu's separators, and the
     * issue's date alone at one end ("Te Hauora o Kaikohe | Community Health News | June 2024"). It holds more names
     * than a dateline, each item a few words and no sentence. A newsletter parts its name from the issue with a
     * spaced dash as often as with a bar ("Te Hauora o Kaikohe – Member Update | June 2024").
     */
    private static boolean isMasthead(String line) {
        String[] items = MASTHEAD_SEPARATOR.split(line.strip());
        if (items.length < 2 || items.length > MASTHEAD_ITEMS) return false;
        for (String item : items) if (Substance.words(item) > MASTHEAD_WORDS || Sentences.endsLikeSentence(item)) return false;
        return reads(items[0]) || reads(items[items.length - 1]);
    }

    /**
     * Whether the line holds a word of lower-case ASCII letters, standing alone, that no dateline holds: {@link #reads}
     * would find it left over and say no, after the date patterns, which cost most lines of prose with a year in them
     * (a third of all cleaning time) the search of every month's name at every character. The patterns take a letter
     * out only from a word's start to its end, so a whole word that is none of {@link #DATE_WORDS} stays; one opening
     * with "z" may lose it to an ISO time's zone ("T10:00-z"), so it proves nothing.
     */
    static boolean hasProseWord(String line) {
        int n = line.length();
        for (int i = 0; i < n; ) {
            char c = line.charAt(i);
            if (c == '@') {
                // a handle ("@jane_roe") is a name's, however written
                i++;
                while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) i++;
                continue;
            }
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && line.charAt(end) >= 'a' && line.charAt(end) <= 'z') end++;
            if (c != 'z' && (i == 0 || separates(line.charAt(i - 1))) && (end == n || separates(line.charAt(end)))
                    && !DATE_WORDS.contains(line.substring(i, end)) && !isDomain(line, i, end)) return true;
            i = end;
        }
        return false;
    }

    /** Whether the word from {@code i} to {@code end} ends an address, as "com" in "Kompas.com": {@link #SITE} takes it out. */
    private static boolean isDomain(String line, int i, int end) {
        return end - i <= 6 && i >= 2 && line.charAt(i - 1) == '.' && Character.isLetterOrDigit(line.charAt(i - 2));
    }

    /** An ASCII character that is no letter or digit: it ends a word as {@link #reads} splits them. Any other may not. */
    private static boolean separates(char c) {
        return c < 128 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }

    /** {@link #is} for a line of a year and no {@link #hasProseWord}: what is left once the date's parts are taken out. */
    static boolean reads(String line) {
        // a handle is a byline's; after a dash it signs a quoted post ("— Dele (@dele_official) November 19, 2019")
        if (line.indexOf('@') >= 0 && opensWithDash(line)) return false;
        String rest = line.indexOf('@') >= 0 ? HANDLE.matcher(line).replaceAll(" ") : line;
        Matcher reading = READING_TIME.matcher(rest);
        boolean read = reading.find();
        if (read) rest = reading.replaceAll(" ");
        Matcher tools = ROW_TOOLS.matcher(rest);
        if (tools.find()) {
            read = true;
            rest = tools.replaceAll(" ");
        }
        Matcher ago = AGO.matcher(rest);
        if (ago.find()) {
            read = true;
            rest = ago.replaceAll(" ");
        }
        if (rest.indexOf('.') >= 0) rest = SITE.matcher(rest).replaceAll(" Site ");
        boolean dated = false;
        for (Pattern p : DATES) {
            Matcher date = p.matcher(rest);
            if (!date.find()) continue;
            dated = true;
            rest = date.replaceAll(" ");
        }
        if (!dated) return false;
        Matcher partial = DAY_AND_MONTH.matcher(rest);
        if (partial.find()) rest = partial.replaceAll(" ");
        Matcher time = TIME.matcher(rest);
        boolean timed = time.find();
        if (timed) rest = time.replaceAll(" ");
        Matcher label = LABEL.matcher(ZONE.matcher(rest).replaceAll(" "));
        boolean labelled = label.find() || read;
        rest = label.replaceAll(" ");
        int names = 0, caps = 0;
        boolean byline = false;
        // an apostrophe inside a word is its letter (the Ukrainian "п'ятниця"), at its edges a quotation mark
        for (String word : rest.split("[^\\p{L}\\p{M}\\p{N}'’ʼ]+|(?<![\\p{L}\\p{M}])['’ʼ]+|['’ʼ]+(?![\\p{L}\\p{M}])")) {
            if (word.isEmpty()) continue;
            String lower = DateWords.apostrophe(word.toLowerCase(java.util.Locale.ROOT));
            if (WEEKDAYS.contains(lower) || LINKS.contains(lower)) continue;
            if (BY.contains(lower)) {
                byline = true;
                continue;
            }
            boolean caseless = isCaseless(word);
            if (!Character.isUpperCase(word.codePointAt(0)) && !(caseless && word.length() <= CASELESS_NAME)) return false;
            names++;
            if (!caseless && word.equals(word.toUpperCase(java.util.Locale.ROOT))) caps++;
        }
        // Unlabelled, a date may share its line with one name ("Hanoi, March 14, 2022") or a place in capitals.
        return names <= MAX_NAMES && (labelled || timed || byline || names <= 1 || caps == names && names <= 3);
    }

    private static boolean isCaseless(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean opensWithDash(String line) {
        String l = line.strip();
        return l.startsWith("—") || l.startsWith("–") || l.startsWith("-") || l.startsWith("&mdash;");
    }

    /** A page element's text longer than this holds more than a dateline or a byline. */
    private static final int ON_PAGE = 100;
    /** The lines of a page's info box: its dateline and byline, its time of change, none of the story's or a reader's. */
    private static final Set<String> INFO_LINES = Set.of("dateline", "byline");

    /**
     * The datelines anywhere on the page, in its order: each element's text where it holds no other element (a byline
     * box's "&lt;span class=date&gt;"), and the lines of an element of words in type and line breaks, the info box old
     * table-layout CMSs write ("Publié le 07/03/2024 à 18h40&lt;br&gt;Par &lt;b&gt;Jeanne Roe&lt;/b&gt;"). Such a box is
     * the page's only when each of its lines is a dateline or a byline: a reader's comment under its date, or a
     * related story's headline over its date, is not.
     */
    static List<String> onPage(Document doc) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (e.children().isEmpty()) {
                String own = e.text();
                if (own.length() > ON_PAGE) continue;
                String text = TextCleaner.collapse(own);
                if (kind(text).filter("dateline"::equals).isPresent()) found.add(text);
            } else if (isInfoBox(e) && e.text().length() <= 2 * ON_PAGE) {
                found.addAll(infoBoxDatelines(e));
            }
        }
        return found;
    }

    /** The datelines of an element of words in type (and line breaks), when every line of it is an {@link #INFO_LINES} one. */
    private static List<String> infoBoxDatelines(Element box) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node child : box.childNodes()) {
            if (child instanceof Element br && isBreak(br)) {
                lines.add(TextCleaner.collapse(line.toString()));
                line.setLength(0);
            } else {
                line.append(child instanceof TextNode t ? t.text() : child instanceof Element el ? el.text() : "");
            }
        }
        lines.add(TextCleaner.collapse(line.toString()));
        List<String> datelines = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) continue;
            Optional<String> kind = kind(l).filter(INFO_LINES::contains);
            if (kind.isEmpty()) return List.of();
            if (kind.get().equals("dateline")) datelines.add(l);
        }
        return datelines;
    }

    /**
     * Whether the element holds only words in type and line breaks, each a leaf: its text is then read once, by it
     * alone, so a page of elements nested thousands deep costs no more than its length.
     */
    private static boolean isInfoBox(Element e) {
        for (Element c : e.children()) if (!c.children().isEmpty() || c.isBlock() && !isBreak(c)) return false;
        return true;
    }

    /** jsoup counts a line break among the blocks. */
    private static boolean isBreak(Element e) {
        return e.normalName().equals("br");
    }

    /** What cleaning would remove the line of the page's top as, if anything. */
    private static Optional<String> kind(String line) {
        return Boilerplate.classify(line, Set.of(), true).map(Boilerplate.Hit::kind);
    }

    /**
     * The part of the datelines that says when the page was published: the first one with a date whose label is not
     * a change's ("Updated", "Mis à jour", "Stand"), else the first that says when it changed.
     */
    static Optional<String> published(List<String> datelines) {
        String changed = null;
        for (String line : datelines) {
            Matcher label = LABEL.matcher(line);
            int from = 0;
            while (from < line.length()) {
                int to = line.length();
                while (label.find()) {
                    if (label.start() > from) {
                        to = label.start();
                        break;
                    }
                }
                String part = line.substring(from, to).strip();
                from = to;
                if (!hasDate(part)) continue;
                if (!DateWords.CHANGED.matcher(part).find()) return Optional.of(part);
                if (changed == null) changed = part;
            }
        }
        return Optional.ofNullable(changed);
    }

    /** Whether the text holds a date the patterns read: a list of other stories dates each of its headlines. */
    static boolean hasDate(String part) {
        String text = DateWords.ascii(part);
        return hasYear(text) && DATES.stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * Four digits in a row, ASCII or full-width, or the name of a Japanese era that counts its years: every date the
     * patterns read has its year so (once {@link DateWords#ascii} writes it in ASCII), and most lines of prose have none.
     */
    private static boolean hasYear(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128) run = c >= '0' && c <= '9' ? run + 1 : 0;
            else run = c >= '０' && c <= '９' ? run + 1 : c == '令' || c == '平' ? 4 : 0;
            if (run == 4) return true;
        }
        return false;
    }
}

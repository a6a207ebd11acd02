package org.dossier.clean;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with in the languages Dossier reads (English, French, German, Spanish, Russian,
 * Italian, Portuguese) and in those of the outlets it meets most beside them (Dutch, Swedish, Polish, Czech, Turkish,
 * Indonesian and Malay, and Vietnamese, Korean, Chinese and Japanese labels):
 * cleaning finds datelines with them, extraction reads the dates. One table, so the two never disagree.
 *
 * <pre>{@code
 * DateWords.month("mars")    // 3
 * DateWords.month("марта")   // 3
 * }</pre>
 */
public final class DateWords {
    private static final String[][] NAMES = {
            {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "janeiro", "января", "январь", "янв",
                    "januari", "stycznia", "styczeń", "ledna", "leden", "ocak"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "fev",
                    "февраля", "февраль", "фев", "februari", "lutego", "luty", "února", "únor", "şubat"},
            {"march", "mar", "mars", "märz", "maerz", "mär", "mrz", "marzo", "março", "марта", "март", "maart", "maret", "mac",
                    "marca", "marzec", "března", "březen", "mart"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр", "kwietnia", "kwiecień",
                    "dubna", "duben", "nisan"},
            {"may", "mai", "mayo", "maggio", "maio", "мая", "май", "mei", "maj", "maja", "května", "květen", "mayıs"},
            {"june", "jun", "juin", "juni", "junio", "giugno", "junho", "июня", "июнь", "июн", "czerwca", "czerwiec", "června",
                    "červen", "haziran"},
            {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", "июля", "июль", "июл", "lipca", "lipiec",
                    "července", "červenec", "temmuz"},
            {"august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг", "augustus", "augusti", "agustus", "ogos",
                    "sierpnia", "sierpień", "srpna", "srpen", "ağustos"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентября", "сентябрь",
                    "сен", "сент", "września", "wrzesień", "září", "eylül"},
            {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "октября", "октябрь", "окт",
                    "października", "październik", "října", "říjen", "ekim"},
            {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "нояб", "listopada", "listopad",
                    "listopadu", "kasım"},
            {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro",
                    "декабря", "декабрь", "дек", "desember", "disember", "grudnia", "grudzień", "prosince", "prosinec", "aralık"}};
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (int m = 0; m < NAMES.length; m++) for (String name : NAMES[m]) MONTHS.put(name, m + 1);
    }

    /**
     * A month's name or abbreviation in any of the languages, perhaps with a full stop, in any case (the flags are
     * inside). Longest names first, and never the start of a longer word ("mar" in "market").
     */
    public static final String MONTH = MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|", "(?iu:(?:", ")\\.?(?!\\p{L}))"));

    /** "April 2, 2020", "Sept. 12, 2019": month, day, year (groups 1, 2, 3). */
    public static final String MONTH_DAY_YEAR = "(?<![\\p{L}\\d])(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)";
    /** "2 April 2020", "14. März 2022", "14 de marzo de 2022", "2 сентября 2020 г.": day, month, year (groups 1, 2, 3). */
    public static final String DAY_MONTH_YEAR =
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(" + MONTH + "),?\\s+(?:de\\s+)?(\\d{4})(?!\\d)";
    /** "July 2020", "févr. 2021", "abril de 2024": month and year (groups 1, 2). */
    public static final String MONTH_YEAR = "(?<![\\p{L}\\d])(" + MONTH + "),?\\s+(?:de\\s+)?(\\d{4})(?!\\d)";
    /** "2020-04-02", also glued to a label in a script without spaces ("송고시간2023-08-14"). */
    public static final String ISO_DAY = "(?<![A-Za-z0-9_])(\\d{4}-\\d{2}-\\d{2})\\b";
    /**
     * "2023/03/14", "2023.03.14": the year first, then month and day, as Joomla, Bitrix and East Asian sites write them
     * (groups 1, 3, 4). No one writes the day before the month after a year, so no locale is needed.
     */
    public static final String YEAR_FIRST = "(?<![\\d./-])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d./-]?\\d)";
    /** "2023年12月4日", "2023년 8월 14일": year, month and day as Chinese, Japanese and Korean write them (groups 1, 2, 3). */
    public static final String CJK_DAY = "(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]";
    /**
     * "14/03/2022", "3.4.2022", "07-04-2024", and Czech "7. 3. 2024" with a space after each point: day and month in an
     * order only the locale tells (groups 1, 3, 4).
     */
    public static final String NUMERIC = "(?<![\\d./-])(\\d{1,2})([./-]) ?(\\d{1,2})\\2 ?(\\d{4})(?![\\d./-]\\d)";

    /**
     * The labels a line opens with to say the date that follows is when the page was published or changed, by the
     * language they are written in: one list per language, not one per outlet. The label's language tells how the
     * date after it orders its figures ("Gepubliceerd: 04-03-2024" is day first), where the page declares none.
     */
    private static final Map<String, List<String>> LABELS = Map.ofEntries(
            Map.entry("en", List.of("published", "posted", "updated", "modified", "date", "dated")),
            Map.entry("fr", List.of("publié", "publiée", "mis à jour", "mise à jour", "modifié", "date de publication", "mis en ligne",
                    "mise en ligne")),
            Map.entry("de", List.of("veröffentlicht", "aktualisiert", "geändert", "stand", "erschienen am", "erschienen", "datum")),
            Map.entry("es", List.of("publicado", "publicada", "actualizado", "actualizada", "modificado", "fecha de publicación", "fecha")),
            Map.entry("ru", List.of("опубликовано", "обновлено", "изменено", "дата публикации", "дата")),
            Map.entry("it", List.of("pubblicato", "pubblicata", "aggiornato", "aggiornata")),
            Map.entry("pt", List.of("atualizado", "atualizada", "publicado em", "atualizado em")),
            Map.entry("nl", List.of("gepubliceerd", "bijgewerkt", "laatst bijgewerkt")),
            Map.entry("sv", List.of("publicerad", "uppdaterad")),
            Map.entry("pl", List.of("opublikowano", "zaktualizowano", "aktualizacja", "data publikacji")),
            Map.entry("cs", List.of("publikováno", "aktualizováno", "vydáno")),
            Map.entry("tr", List.of("yayınlanma", "yayınlanma tarihi", "güncelleme", "güncellenme", "güncellendi")),
            Map.entry("id", List.of("diterbitkan", "diperbarui", "dipublikasikan", "dikemaskini")),
            Map.entry("vi", List.of("cập nhật", "ngày đăng", "đăng ngày", "đăng lúc")),
            // Korean, Chinese and Japanese labels stand glued to the date as often as not: "송고시간2023-08-14 11:32"
            Map.entry("ko", List.of("송고시간", "송고", "기사입력", "입력", "최종수정", "수정", "업데이트", "등록", "발행", "게재")),
            Map.entry("zh", List.of("发布时间", "发布日期", "发表时间", "发布于", "发表于", "更新时间", "时间", "日期", "發布時間", "發佈時間",
                    "更新時間", "時間")),
            Map.entry("ja", List.of("公開日", "公開", "更新日", "更新", "配信日", "配信", "掲載日", "掲載", "投稿日")));
    private static final Map<String, String> LANGUAGE_OF_LABEL = LABELS.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(label -> Map.entry(label, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /** Any of the labels, longest first, after "first", "last" or "originally" ("Last updated", "Originally published"). */
    public static final String LEAD = LANGUAGE_OF_LABEL.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|", "(?:(?:first|last|originally)\\s+)?(?:", ")"));
    private static final Pattern LEAD_WORD = Pattern.compile("(?<!\\p{L})(" + LEAD + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A lead word saying when the page was changed, not when it was published: weaker evidence. */
    public static final Pattern CHANGED = Pattern.compile(
            "^(?:last\\s+)?(?:updated|modified|mis à jour|mise à jour|modifié|aktualisiert|geändert|stand|actualizado|actualizada"
                    + "|modificado|обновлено|изменено|aggiornato|aggiornata|atualizado|atualizada|bijgewerkt|uppdaterad|zaktualizowano"
                    + "|aktualizacja|aktualizováno|güncelleme|güncellenme|güncellendi|diperbarui|dikemaskini|cập nhật"
                    + "|최종수정|수정|업데이트|更新时间|更新時間|更新日|更新)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Country-code domains sites use for other reasons than their country (".io", ".tv", ".co"): they settle nothing. */
    private static final Set<String> GENERIC_DOMAINS = Set.of("io", "ai", "co", "tv", "me", "fm", "am", "ly", "to", "cc", "gg", "ws",
            "nu", "tk", "ml", "ga", "cf", "gq", "la", "sh", "ac", "so", "vc", "gd", "st", "im", "eu");
    private static final Pattern HOST = Pattern.compile("(?i)^(?:https?://)?(?:[^/@\\s]*@)?([a-z0-9.-]+)");

    private DateWords() {}

    /**
     * The country a site's address names by its country-code domain, as a BCP 47 tag without a language ("und-IN" for
     * timesofindia.co.in, "und-GB" for .uk): how the outlet writes its numeric dates, when the page says no more.
     */
    public static Optional<String> regionOf(String url) {
        Matcher m = HOST.matcher(url.strip());
        if (!m.find()) return Optional.empty();
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (host.indexOf('.') < 0 || tld.length() != 2 || !Character.isLetter(tld.charAt(0)) || GENERIC_DOMAINS.contains(tld)) {
            return Optional.empty();
        }
        return Optional.of("und-" + (tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT)));
    }

    /**
     * The language of the first date label in the line ("Diterbitkan 05/03/2024" gives "id"), which settles the order
     * of a date's figures where the page declares no language: every language of the table but English writes the
     * day first.
     */
    public static Optional<String> labelLanguage(String line) {
        Matcher m = LEAD_WORD.matcher(line);
        if (!m.find()) return Optional.empty();
        String label = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^(?:first|last|originally)\\s+", "");
        return Optional.ofNullable(LANGUAGE_OF_LABEL.get(label.replaceAll("\\s+", " ")));
    }

    /** Weekdays written out in the languages of the labels: "Thursday, 07/03/2024" can be only one of its two readings. */
    private static final String[][] WEEKDAY_NAMES = {
            {"monday", "lundi", "montag", "lunes", "понедельник", "lunedì", "segunda-feira", "maandag", "måndag", "poniedziałek",
                    "pondělí", "pazartesi", "senin", "isnin"},
            {"tuesday", "mardi", "dienstag", "martes", "вторник", "martedì", "terça-feira", "dinsdag", "tisdag", "wtorek", "úterý",
                    "salı", "selasa"},
            {"wednesday", "mercredi", "mittwoch", "miércoles", "среда", "среду", "mercoledì", "quarta-feira", "woensdag", "onsdag",
                    "środa", "středa", "çarşamba", "rabu"},
            {"thursday", "jeudi", "donnerstag", "jueves", "четверг", "giovedì", "quinta-feira", "donderdag", "torsdag", "czwartek",
                    "čtvrtek", "perşembe", "kamis", "khamis"},
            {"friday", "vendredi", "freitag", "viernes", "пятница", "пятницу", "venerdì", "sexta-feira", "vrijdag", "fredag", "piątek",
                    "pátek", "cuma", "jumat", "jumaat"},
            {"saturday", "samedi", "samstag", "sábado", "суббота", "субботу", "sabato", "zaterdag", "lördag", "sobota", "cumartesi",
                    "sabtu"},
            {"sunday", "dimanche", "sonntag", "domingo", "воскресенье", "domenica", "zondag", "söndag", "niedziela", "neděle", "pazar",
                    "minggu", "ahad"}};
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (int d = 0; d < WEEKDAY_NAMES.length; d++) for (String name : WEEKDAY_NAMES[d]) WEEKDAYS.put(name, DayOfWeek.of(d + 1));
    }

    /** The weekday's names of the table, for the dateline reader to take out. */
    static Set<String> weekdayNames() {
        return WEEKDAYS.keySet();
    }

    /** The one weekday the text names, when it names exactly one. */
    public static Optional<DayOfWeek> weekdayIn(String text) {
        DayOfWeek found = null;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            DayOfWeek d = WEEKDAYS.get(word);
            if (d == null) continue;
            if (found != null && found != d) return Optional.empty();
            found = d;
        }
        return Optional.ofNullable(found);
    }

    /** A Japanese era's year: Reiwa began in 2019, Heisei in 1989; the first year is written 元. */
    private static final Pattern ERA_YEAR = Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*年");

    /**
     * The text with full-width figures and punctuation written in ASCII ("２０２３年１２月４日" → "2023年12月4日", one
     * character for one, so a position in either is the same) and a Japanese era's year as the Western year ("令和5年"
     * → "2023年"): the patterns above read only those. The same string when there is nothing to change.
     */
    public static String ascii(String text) {
        boolean wide = false, era = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') wide = true;
            else if (c == '令' || c == '平') era = true;
        }
        if (!wide && !era) return text;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) if (chars[i] >= '\uFF01' && chars[i] <= '\uFF5E') chars[i] -= 0xFEE0;
        String folded = new String(chars);
        return era ? ERA_YEAR.matcher(folded).replaceAll(m -> (m.group(1).equals("令和") ? 2018 : 1988)
                + (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2))) + "年") : folded;
    }

    /** 1 to 12 for a month's name or abbreviation in any of the languages (case and a final full stop ignored), else 0. */
    public static int month(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return MONTHS.getOrDefault(n, 0);
    }
}

package org.dossier.clean;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with in the languages Dossier reads (English, French, German, Spanish, Russian,
 * Italian, Portuguese):
 * cleaning finds datelines with them, extraction reads the dates. One table, so the two never disagree.
 *
 * <pre>{@code
 * DateWords.month("mars")    // 3
 * DateWords.month("марта")   // 3
 * }</pre>
 */
public final class DateWords {
    private static final String[][] NAMES = {
            {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "janeiro", "января", "январь", "янв"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "fev",
                    "февраля", "февраль", "фев"},
            {"march", "mar", "mars", "märz", "maerz", "mär", "mrz", "marzo", "março", "марта", "март"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр"},
            {"may", "mai", "mayo", "maggio", "maio", "мая", "май"},
            {"june", "jun", "juin", "juni", "junio", "giugno", "junho", "июня", "июнь", "июн"},
            {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", "июля", "июль", "июл"},
            {"august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентября", "сентябрь",
                    "сен", "сент"},
            {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "октября", "октябрь", "окт"},
            {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "нояб"},
            {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro",
                    "декабря", "декабрь", "дек"}};
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
    /** "2020-04-02". */
    public static final String ISO_DAY = "\\b(\\d{4}-\\d{2}-\\d{2})\\b";
    /**
     * "2023/03/14", "2023.03.14": the year first, then month and day, as Joomla, Bitrix and East Asian sites write them
     * (groups 1, 3, 4). No one writes the day before the month after a year, so no locale is needed.
     */
    public static final String YEAR_FIRST = "(?<![\\d./-])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d./-]?\\d)";
    /** "14/03/2022", "3.4.2022", "07-04-2024": day and month in an order only the locale tells (groups 1, 3, 4). */
    public static final String NUMERIC = "(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d./-]\\d)";

    /**
     * The words a line opens with to say the date that follows is when the page was published or changed: one list
     * per language (English, French, German, Spanish, Russian, Italian, Portuguese), not one per outlet.
     */
    public static final String LEAD = "(?:(?:first|last|originally)\\s+)?(?:published|posted|updated|modified|date|dated"
            + "|publié|publiée|mis à jour|mise à jour|modifié|veröffentlicht|aktualisiert|geändert|stand|publicado|publicada"
            + "|actualizado|actualizada|modificado|опубликовано|обновлено|изменено|дата публикации|дата|pubblicato|aggiornato"
            + "|atualizado|atualizada|fecha de publicación|fecha|date de publication|mis en ligne|mise en ligne|erschienen am|erschienen|datum)";

    /** A lead word saying when the page was changed, not when it was published: weaker evidence. */
    public static final Pattern CHANGED = Pattern.compile(
            "^(?:last\\s+)?(?:updated|modified|mis à jour|mise à jour|modifié|aktualisiert|geändert|stand|actualizado|actualizada"
                    + "|modificado|обновлено|изменено|aggiornato|atualizado|atualizada)",
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

    /** 1 to 12 for a month's name or abbreviation in any of the languages (case and a final full stop ignored), else 0. */
    public static int month(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return MONTHS.getOrDefault(n, 0);
    }
}

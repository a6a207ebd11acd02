package org.dossier.clean;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with in the languages Dossier reads (English, French, German, Spanish, Russian):
 * cleaning finds datelines with them, extraction reads the dates. One table, so the two never disagree.
 *
 * <pre>{@code
 * DateWords.month("mars")    // 3
 * DateWords.month("марта")   // 3
 * }</pre>
 */
public final class DateWords {
    private static final String[][] NAMES = {
            {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "января", "январь", "янв"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "февраля", "февраль", "фев"},
            {"march", "mar", "mars", "märz", "maerz", "mär", "mrz", "marzo", "марта", "март"},
            {"april", "apr", "avril", "avr", "abril", "abr", "апреля", "апрель", "апр"},
            {"may", "mai", "mayo", "мая", "май"},
            {"june", "jun", "juin", "juni", "junio", "июня", "июнь", "июн"},
            {"july", "jul", "juillet", "juil", "juli", "julio", "июля", "июль", "июл"},
            {"august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "сентября", "сентябрь", "сен", "сент"},
            {"october", "oct", "octobre", "oktober", "okt", "octubre", "октября", "октябрь", "окт"},
            {"november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноя", "нояб"},
            {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "декабря", "декабрь", "дек"}};
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

    /** The words a line opens with to say the date that follows is when the page was published or changed. */
    public static final String LEAD = "(?:(?:first|last|originally)\\s+)?(?:published|posted|updated|modified|date|dated"
            + "|publié|publiée|mis à jour|modifié|veröffentlicht|aktualisiert|geändert|publicado|actualizado|modificado"
            + "|опубликовано|обновлено|изменено|дата публикации|дата)";

    /** A lead word saying when the page was changed, not when it was published: weaker evidence. */
    public static final Pattern CHANGED = Pattern.compile(
            "^(?:last\\s+)?(?:updated|modified|mis à jour|modifié|aktualisiert|geändert|actualizado|modificado|обновлено|изменено)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateWords() {}

    /** 1 to 12 for a month's name or abbreviation in any of the languages (case and a final full stop ignored), else 0. */
    public static int month(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return MONTHS.getOrDefault(n, 0);
    }
}

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
import java.util.stream.Stream;

/**
 * The words dates are written with in the languages Dossier reads (English, French, German, Spanish, Russian,
 * Italian, Portuguese) and in those of the outlets it meets most beside them (Dutch, Swedish, Polish, Czech, Slovak, Turkish,
 * Indonesian and Malay, Māori months, and Vietnamese, Korean, Chinese and Japanese labels):
 * cleaning finds datelines with them, extraction reads the dates. One table, so the two never disagree.
 *
 * <pre>{@code
 * DateWords.month("mars")    // 3
 * DateWords.month("марта")   // 3
 * }</pre>
 */
public final class DateWords {
    private static final String[][] NAMES = {
            {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "janeiro", "января",
                    "январь", "янв", "januari", "stycznia", "styczeń", "ledna", "leden", "januára", "ocak", "tammikuuta", "tammikuu",
                    "siječnja", "siječanj", "siječnju", "januara", "јануар", "јануара", "január", "ianuarie", "ian",
                    "січня", "січень", "січні", "январе", "styczniu", "lednu", "hānuere"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "fev",
                    "февраля", "февраль", "фев", "februari", "lutego", "luty", "února", "únor", "februára", "şubat", "helmikuuta",
                    "helmikuu", "veljače", "veljača", "veljači", "februara", "фебруар", "фебруара", "február", "febr",
                    "februarie", "лютого", "лютий", "лютому", "феврале", "lutym", "únoru", "pēpuere"},
            {"march", "mar", "mars", "märz", "maerz", "mär", "mrz", "marzo", "março", "марта", "март", "maart", "maret",
                    "mac", "marca", "marzec", "března", "březen", "marec", "mart", "maaliskuuta", "maaliskuu", "ožujka", "ožujak",
                    "ožujku", "marta", "marts", "március", "márc", "martie", "березня", "березень", "березні", "марте",
                    "marcu", "březnu", "māehe"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр", "kwietnia", "kwiecień",
                    "dubna", "duben", "apríl", "apríla", "nisan", "huhtikuuta", "huhtikuu", "travnja", "travanj", "travnju", "aprila", "април",
                    "априла", "április", "ápr", "aprilie", "квітня", "квітень", "квітні", "апреле", "kwietniu", "dubnu", "āperira"},
            {"may", "mai", "mayo", "maggio", "maio", "мая", "май", "mei", "maj", "maja", "května", "květen", "mája", "mayıs",
                    "toukokuuta", "toukokuu", "svibnja", "svibanj", "svibnju", "мај", "маја", "május", "máj", "травня",
                    "травень", "травні", "мае", "maju", "květnu", "mag"},
            {"june", "jun", "juin", "juni", "junio", "giugno", "junho", "июня", "июнь", "июн", "czerwca", "czerwiec",
                    "června", "červen", "júna", "haziran", "kesäkuuta", "kesäkuu", "lipnja", "lipanj", "lipnju", "juna", "јун",
                    "јуна", "június", "jún", "iunie", "iun", "червня", "червень", "червні", "июне", "czerwcu", "červnu",
                    "giu", "hune"},
            {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", "июля", "июль", "июл", "lipca", "lipiec",
                    "července", "červenec", "júla", "temmuz", "heinäkuuta", "heinäkuu", "srpnja", "srpanj", "srpnju", "jula", "јул",
                    "јула", "július", "júl", "iulie", "iul", "julai", "липня", "липень", "липні", "июле", "lipcu",
                    "červenci", "lug", "hūrae"},
            {"august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг", "augustus", "augusti", "agustus",
                    "ogos", "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "elokuuta", "elokuu", "kolovoza",
                    "kolovoz", "kolovozu", "avgust", "avgusta", "augusta", "augusztus", "серпня", "серпень", "серпні",
                    "августе", "sierpniu", "srpnu", "ākuhata"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентября",
                    "сентябрь", "сен", "сент", "września", "wrzesień", "září", "eylül", "syyskuuta", "syyskuu", "rujna",
                    "rujan", "rujnu", "septembar", "septembra", "септембар", "септембра", "szeptember", "szept",
                    "septembrie", "вересня", "вересень", "вересні", "сентябре", "wrześniu", "hepetema"},
            {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "октября", "октябрь", "окт",
                    "października", "październik", "října", "říjen", "októbra", "ekim", "lokakuuta", "lokakuu", "oktobar", "oktobra",
                    "октобар", "октобра", "október", "octombrie", "жовтня", "жовтень", "жовтні", "октябре", "październiku",
                    "říjnu", "ott", "oketopa"},
            {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "нояб", "listopada",
                    "listopad", "listopadu", "kasım", "marraskuuta", "marraskuu", "studenoga", "studenog", "studeni",
                    "studenom", "novembar", "novembra", "новембар", "новембра", "noiembrie", "листопада", "листопад",
                    "листопаді", "ноябре", "listopadzie", "noema"},
            {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre",
                    "dezembro", "декабря", "декабрь", "дек", "desember", "disember", "grudnia", "grudzień", "prosince",
                    "prosinec", "aralık", "joulukuuta", "joulukuu", "prosinca", "prosinac", "prosincu", "decembar",
                    "decembra", "децембар", "децембра", "decembrie", "грудня", "грудень", "грудні", "декабре", "grudniu",
                    "prosinci", "tīhema"}};
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
    /**
     * "2024. március 5.", "2024 March 14": the year, the month's name and the day, as Hungarian writes dates (groups 1,
     * 2, 3).
     */
    public static final String YEAR_MONTH_DAY = "(?<![\\d./-])(\\d{4})\\.?\\s+(" + MONTH + ")\\s+(\\d{1,2})(?!\\d)\\.?";
    /**
     * "March 14", "14 mars", "14. März": a day and month with no year, which a dateline says when the page changed beside
     * the full date it was published ("Posted: Mar 14, 2024 | Last Updated: March 14"). No evidence of its own.
     */
    public static final String DAY_AND_MONTH = "(?<![\\p{L}\\d])(?:(" + MONTH + ")\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?("
            + MONTH + "))(?![\\p{L}\\d])";
    /** "July 2020", "févr. 2021", "abril de 2024": month and year (groups 1, 2). */
    public static final String MONTH_YEAR = "(?<![\\p{L}\\d])(" + MONTH + "),?\\s+(?:de\\s+)?(\\d{4})(?!\\d)";
    /** "2024. június", "2024 június": the year, then the month's name and no day, as Hungarian writes a month (groups 1, 2). */
    public static final String YEAR_MONTH = "(?<![\\d./-])(\\d{4})\\.?\\s+(" + MONTH + ")(?!\\s*\\d)";
    /** "5 tháng 6 năm 2024", "ngày 5 tháng 6, năm 2024": day, month and year as Vietnamese writes them in words (groups 1, 2, 3). */
    public static final String VIETNAMESE_DAY = "(?<![\\p{L}\\d])(\\d{1,2})\\s+(?iu:tháng)\\s+(\\d{1,2}),?\\s+(?iu:năm)\\s+(\\d{4})(?!\\d)";
    /** "tháng 6/2024", "Tháng 6 năm 2024": a month and year in Vietnamese, the month's number after its word (groups 1, 2). */
    public static final String VIETNAMESE_MONTH = "(?<![\\p{L}\\d])(?iu:tháng)\\s+(\\d{1,2})(?:\\s*/\\s*|,?\\s+(?iu:năm)\\s+)(\\d{4})(?!\\d)";
    /** "2020-04-02", also glued to a label in a script without spaces ("송고시간2023-08-14"). */
    public static final String ISO_DAY = "(?<![A-Za-z0-9_])(\\d{4}-\\d{2}-\\d{2})\\b";
    /**
     * "2023/03/14", "2023.03.14", "2023. 03. 14.": the year first, then month and day, as Joomla, Bitrix, East Asian and
     * Hungarian sites write them
     * (groups 1, 3, 4). No one writes the day before the month after a year, so no locale is needed.
     */
    public static final String YEAR_FIRST = "(?<![\\d./-])(\\d{4})([./]) ?(\\d{1,2})\\2 ?(\\d{1,2})(?![\\d./-]?\\d)";
    /** "2023年12月4日", "2023년 8월 14일": year, month and day as Chinese, Japanese and Korean write them (groups 1, 2, 3). */
    public static final String CJK_DAY = "(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]";
    /**
     * "14/03/2022", "3.4.2022", "07-04-2024", and Czech "7. 3. 2024" with a space after each point: day and month in an
     * order only the locale tells (groups 1, 3, 4).
     */
    public static final String NUMERIC = "(?<![\\d./-])(\\d{1,2})([./-]) ?(\\d{1,2})\\2 ?(\\d{4})(?![\\d./-]\\d)";

    /**
     * The labels a line opens with to say the date that follows is when the page was published, by the language they
     * are written in: one list per language, not one per outlet. The label's language tells how the date after it
     * orders its figures ("Gepubliceerd: 04-03-2024" is day first) and which month a name shared by two languages is
     * ("listopada"), where the page declares none.
     */
    private static final Map<String, List<String>> PUBLISHED = Map.ofEntries(
            Map.entry("en", List.of("published", "posted", "date", "dated")),
            Map.entry("fr", List.of("publié", "publiée", "date de publication", "mis en ligne", "mise en ligne")),
            Map.entry("de", List.of("veröffentlicht", "erschienen am", "erschienen", "datum")),
            Map.entry("es", List.of("publicado", "publicada", "fecha de publicación", "fecha")),
            Map.entry("ru", List.of("опубликовано", "дата публикации", "дата")),
            Map.entry("uk", List.of("опубліковано", "дата публікації")),
            Map.entry("it", List.of("pubblicato", "pubblicata", "pubblicato il", "data di pubblicazione")),
            Map.entry("pt", List.of("publicado em", "data de publicação")),
            Map.entry("nl", List.of("gepubliceerd", "geplaatst")),
            Map.entry("sv", List.of("publicerad", "publicerat")),
            Map.entry("no", List.of("publisert")),
            Map.entry("da", List.of("publiceret", "udgivet")),
            Map.entry("fi", List.of("julkaistu")),
            Map.entry("pl", List.of("opublikowano", "data publikacji", "dodano", "data dodania")),
            Map.entry("cs", List.of("publikováno", "vydáno", "zveřejněno")),
            Map.entry("sk", List.of("publikované", "uverejnené", "zverejnené")),
            Map.entry("hr", List.of("objavljeno", "објављено")),
            Map.entry("hu", List.of("közzétéve", "publikálva", "megjelent", "megjelenés", "létrehozva")),
            Map.entry("ro", List.of("publicat", "data publicării")),
            Map.entry("tr", List.of("yayınlanma", "yayınlanma tarihi", "giriş", "giriş tarihi")),
            Map.entry("id", List.of("diterbitkan", "dipublikasikan")),
            Map.entry("vi", List.of("ngày đăng", "đăng ngày", "đăng lúc")),
            // Korean, Chinese and Japanese labels stand glued to the date as often as not: "송고시간2023-08-14 11:32"
            Map.entry("ko", List.of("송고시간", "송고", "기사입력", "입력", "등록", "발행", "게재")),
            Map.entry("zh", List.of("发布时间", "发布日期", "发表时间", "发布于", "发表于", "时间", "日期", "發布時間", "發佈時間", "時間")),
            Map.entry("ja", List.of("公開日", "公開", "配信日", "配信", "掲載日", "掲載", "投稿日")));
    /**
     * The words that name an issue of a newsletter or bulletin, before or after its date ("June 2024 newsletter",
     * "Ausgabe Juni 2024", "Pānui Hune 2024"): the issue's date is the page's, as a publication label's is.
     */
    private static final Map<String, List<String>> ISSUES = Map.ofEntries(
            Map.entry("en", List.of("newsletter", "issue", "edition", "bulletin")),
            Map.entry("fr", List.of("lettre d'information", "édition", "bulletin d'information")),
            Map.entry("de", List.of("ausgabe", "rundbrief")),
            Map.entry("es", List.of("boletín", "edición")),
            Map.entry("it", List.of("edizione", "notiziario")),
            Map.entry("pt", List.of("boletim", "edição")),
            Map.entry("nl", List.of("nieuwsbrief", "editie")),
            Map.entry("pl", List.of("biuletyn", "wydanie")),
            Map.entry("cs", List.of("zpravodaj", "vydání")),
            Map.entry("hr", List.of("bilten", "izdanje")),
            Map.entry("hu", List.of("hírlevél", "lapszám")),
            Map.entry("ro", List.of("buletin", "ediția")),
            Map.entry("tr", List.of("bülten", "sayı")),
            Map.entry("vi", List.of("bản tin")),
            Map.entry("mi", List.of("pānui")));
    /** The labels that say when the page was changed, not when it was published: weaker evidence, by language as above. */
    private static final Map<String, List<String>> CHANGES = Map.ofEntries(
            Map.entry("en", List.of("updated", "modified")),
            Map.entry("fr", List.of("mis à jour", "mise à jour", "modifié", "actualisé")),
            Map.entry("de", List.of("aktualisiert", "geändert", "stand", "zuletzt aktualisiert")),
            Map.entry("es", List.of("actualizado", "actualizada", "modificado", "última actualización")),
            Map.entry("ru", List.of("обновлено", "изменено")),
            Map.entry("uk", List.of("оновлено", "змінено")),
            Map.entry("it", List.of("aggiornato", "aggiornata", "modifica", "modificato", "ultima modifica", "ultimo aggiornamento")),
            Map.entry("pt", List.of("atualizado", "atualizada", "atualizado em")),
            Map.entry("nl", List.of("bijgewerkt", "laatst bijgewerkt", "gewijzigd")),
            Map.entry("sv", List.of("uppdaterad", "uppdaterat", "senast uppdaterad")),
            Map.entry("no", List.of("oppdatert", "sist oppdatert")),
            Map.entry("da", List.of("opdateret", "senest opdateret")),
            Map.entry("fi", List.of("päivitetty")),
            Map.entry("pl", List.of("zaktualizowano", "aktualizacja")),
            Map.entry("cs", List.of("aktualizováno", "aktualizace", "upraveno")),
            Map.entry("sk", List.of("aktualizované", "aktualizácia")),
            Map.entry("hr", List.of("ažurirano", "ажурирано")),
            Map.entry("hu", List.of("frissítve", "módosítva", "utolsó frissítés")),
            Map.entry("ro", List.of("actualizat", "actualizare", "ultima actualizare", "modificat")),
            Map.entry("tr", List.of("güncelleme", "güncellenme", "güncellendi", "güncelleme tarihi")),
            Map.entry("id", List.of("diperbarui", "dikemaskini", "dikemas kini")),
            Map.entry("vi", List.of("cập nhật")),
            Map.entry("ko", List.of("최종수정", "수정", "업데이트")),
            Map.entry("zh", List.of("更新时间", "更新時間")),
            Map.entry("ja", List.of("更新日", "更新")));
    private static final Map<String, String> LANGUAGE_OF_LABEL = Stream.of(PUBLISHED, ISSUES, CHANGES).flatMap(m -> m.entrySet().stream())
            .flatMap(e -> e.getValue().stream().map(label -> Map.entry(label, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /** Labels as one alternation, longest first. */
    private static String alternation(Stream<String> labels) {
        return labels.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Any of the labels, longest first, after "first", "last" or "originally" ("Last updated", "Originally published"). */
    public static final String LEAD = "(?:(?:first|last|originally)\\s+)?" + alternation(LANGUAGE_OF_LABEL.keySet().stream());
    private static final Pattern LEAD_WORD = Pattern.compile("(?<!\\p{L})(" + LEAD + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A lead word saying when the page was changed, not when it was published: weaker evidence. */
    public static final Pattern CHANGED = Pattern.compile("^(?:last\\s+)?" + alternation(CHANGES.values().stream().flatMap(List::stream)),
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
     * Time zones written as letters that name one country's clock, or clocks whose countries all write numeric dates the
     * same way: the zone a dateline gives its time in ("12/03/2024, 09:10 WIB") says how the outlet orders the date's
     * figures, where the page says nothing else. Zones shared by countries that order them differently (EST, CST) are
     * not here.
     */
    private static final Map<String, String> ZONE_REGIONS = Map.ofEntries(
            Map.entry("WIB", "ID"), Map.entry("WITA", "ID"), Map.entry("WIT", "ID"), Map.entry("IST", "IN"), Map.entry("SAST", "ZA"),
            Map.entry("PKT", "PK"), Map.entry("NPT", "NP"), Map.entry("AEST", "AU"), Map.entry("AEDT", "AU"), Map.entry("ACST", "AU"),
            Map.entry("ACDT", "AU"), Map.entry("AWST", "AU"), Map.entry("NZST", "NZ"), Map.entry("NZDT", "NZ"), Map.entry("SGT", "SG"),
            Map.entry("MYT", "MY"), Map.entry("HKT", "HK"), Map.entry("PHT", "PH"), Map.entry("PHST", "PH"), Map.entry("EAT", "KE"),
            Map.entry("WAT", "NG"), Map.entry("CAT", "ZW"), Map.entry("MSK", "RU"), Map.entry("CET", "DE"), Map.entry("CEST", "DE"),
            Map.entry("MEZ", "DE"), Map.entry("MESZ", "DE"), Map.entry("EET", "GR"), Map.entry("EEST", "GR"), Map.entry("BST", "GB"),
            Map.entry("ICT", "TH"));
    private static final Pattern ZONE_WORD = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}{3,4})(?![\\p{L}\\d])");

    /** The region ("und-ID") of the first time zone in the line that names one ({@link #ZONE_REGIONS}). */
    public static Optional<String> zoneRegion(String line) {
        Matcher m = ZONE_WORD.matcher(line);
        while (m.find()) {
            String region = ZONE_REGIONS.get(m.group(1));
            if (region != null) return Optional.of("und-" + region);
        }
        return Optional.empty();
    }

    /**
     * The region whose money the text counts in ("und-GB" for pounds, "und-EU" for euros, "und-IN" for rupees), when it
     * names prices in one of them and never in dollars: every country that pays in these writes its dates day first,
     * while the dollar is also the United States', which writes them month first. An English text says no more.
     */
    public static Optional<String> currencyRegion(List<String> texts) {
        int[] signs = new int[MONEY.length()];
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                int k = MONEY.indexOf(t.charAt(i));
                if (k >= 0) signs[k]++;
            }
        }
        if (signs[0] > 0) return Optional.empty();
        int most = 1;
        for (int k = 2; k < signs.length; k++) if (signs[k] > signs[most]) most = k;
        return signs[most] == 0 ? Optional.empty() : Optional.of("und-" + MONEY_REGIONS[most]);
    }

    /** The dollar first, then the signs of money paid only where dates go day first, with their regions. */
    private static final String MONEY = "$£€₹";
    private static final String[] MONEY_REGIONS = {"US", "GB", "EU", "IN"};

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
            {"monday", "lundi", "montag", "lunes", "понедельник", "lunedì", "segunda-feira", "maandag", "måndag",
                    "poniedziałek", "pondělí", "pondelok", "pazartesi", "senin", "isnin", "mandag", "maanantai", "maanantaina",
                    "ponedjeljak", "ponedeljak", "понедељак", "hétfő", "luni", "понеділок", "lunedi"},
            {"tuesday", "mardi", "dienstag", "martes", "вторник", "martedì", "terça-feira", "dinsdag", "tisdag", "wtorek",
                    "úterý", "utorok", "salı", "selasa", "tirsdag", "tiistai", "tiistaina", "utorak", "уторак", "kedd", "marți",
                    "marţi", "marti", "вівторок", "martedi"},
            {"wednesday", "mercredi", "mittwoch", "miércoles", "среда", "среду", "mercoledì", "quarta-feira", "woensdag",
                    "onsdag", "środa", "středa", "çarşamba", "streda", "rabu", "keskiviikko", "keskiviikkona", "srijeda", "sreda",
                    "szerda", "miercuri", "середа", "середу", "mercoledi"},
            {"thursday", "jeudi", "donnerstag", "jueves", "четверг", "giovedì", "quinta-feira", "donderdag", "torsdag",
                    "czwartek", "čtvrtek", "štvrtok", "perşembe", "kamis", "khamis", "torstai", "torstaina", "četvrtak", "четвртак",
                    "csütörtök", "joi", "четвер", "giovedi"},
            {"friday", "vendredi", "freitag", "viernes", "пятница", "пятницу", "venerdì", "sexta-feira", "vrijdag",
                    "fredag", "piątek", "pátek", "piatok", "cuma", "jumat", "jumaat", "perjantai", "perjantaina", "petak", "петак",
                    "péntek", "vineri", "пʼятниця", "пʼятницю", "venerdi"},
            {"saturday", "samedi", "samstag", "sábado", "суббота", "субботу", "sabato", "zaterdag", "lördag", "sobota",
                    "cumartesi", "sabtu", "lørdag", "lauantai", "lauantaina", "subota", "субота", "суботу", "szombat",
                    "sâmbătă", "sâmbăta", "sambata"},
            {"sunday", "dimanche", "sonntag", "domingo", "воскресенье", "domenica", "zondag", "söndag", "niedziela",
                    "neděle", "nedeľa", "pazar", "minggu", "ahad", "søndag", "sunnuntai", "sunnuntaina", "nedjelja", "nedelja",
                    "недеља", "неділя", "неділю", "vasárnap", "duminică", "duminica"}};
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
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}'’ʼ-]+")) {
            DayOfWeek d = WEEKDAYS.get(apostrophe(word));
            if (d == null) continue;
            if (found != null && found != d) return Optional.empty();
            found = d;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The word with its apostrophes written as the letter "ʼ", as the tables write them: the Ukrainian "п'ятниця" is
     * typed with any of three.
     */
    static String apostrophe(String word) {
        return word.indexOf('\'') < 0 && word.indexOf('’') < 0 ? word : word.replace('\'', 'ʼ').replace('’', 'ʼ');
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

    /**
     * Names two languages give to different months: Croatian "listopad" is October, Polish and Czech November (the
     * table's reading). The language of the page or of its date label settles which.
     */
    private static final Map<String, Map<String, Integer>> MONTHS_OF_LANGUAGE = Map.of(
            "hr", Map.of("listopad", 10, "listopada", 10, "listopadu", 10));

    /** 1 to 12 for a month's name or abbreviation in any of the languages (case and a final full stop ignored), else 0. */
    public static int month(String name) {
        return month(name, Optional.empty());
    }

    /** As {@link #month(String)}, in the language given (an ISO 639-1 code or a locale's tag), where it names the month otherwise. */
    public static int month(String name, Optional<String> language) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        String key = n;
        return language.map(l -> MONTHS_OF_LANGUAGE.getOrDefault(Locale.forLanguageTag(l.replace('_', '-')).getLanguage(), Map.of()).get(key))
                .orElseGet(() -> MONTHS.getOrDefault(key, 0));
    }
}

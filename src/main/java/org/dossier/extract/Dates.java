package org.dossier.extract;

import org.dossier.clean.Block;
import org.dossier.clean.DateWords;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written in prose ("April 2, 2020", "2 April 2020", "14 mars 2022", "14. März 2022", "14 марта 2022") or
 * in figures ("14/03/2022", read with the page's locale), and judges which one is the article's own.
 */
final class Dates {
    private static final String MONTH = DateWords.MONTH;
    private static final Pattern MDY = Pattern.compile(DateWords.MONTH_DAY_YEAR);
    private static final Pattern DMY = Pattern.compile(DateWords.DAY_MONTH_YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(DateWords.MONTH_YEAR);
    private static final Pattern ISO_DAY = Pattern.compile(DateWords.ISO_DAY);
    private static final Pattern NUMERIC = Pattern.compile(DateWords.NUMERIC);
    private static final Pattern YEAR_FIGURES_FIRST = Pattern.compile(DateWords.YEAR_FIRST);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(DateWords.YEAR_MONTH_DAY);
    private static final Pattern CJK_DAY = Pattern.compile(DateWords.CJK_DAY);
    private static final Pattern VIETNAMESE_DAY = Pattern.compile(DateWords.VIETNAMESE_DAY);
    private static final Pattern YEAR_MONTH = Pattern.compile(DateWords.YEAR_MONTH);
    private static final Pattern VIETNAMESE_MONTH = Pattern.compile(DateWords.VIETNAMESE_MONTH);
    /** ISO 8601's basic form, which some CMSs put in their metadata: "20231204", "20231204180500", "20231204T1805". */
    private static final Pattern BASIC = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4}(?:\\d{2})?)?$");
    /**
     * A paragraph that opens with a place and a date: "WASHINGTON, April 2, 2020 —", "LONDON (Reuters), 2 April 2020 -",
     * "MADRID, 7 de marzo de 2024 (EFE).-", "Hamburg, 14.03.2024 –", and with the article French and Scandinavian
     * put before the day ("Grenoble, le 5 mars 2024 (AFP) –", "Stockholm den 8 november 2023 (TT) –"). A place
     * in mixed case is a word or three and a comma, as the sentence "Am 14. März 2024 – …" has none. An agency's
     * dateline with no year ("MOSCOW, Nov 8 (Reuters) -") dates nothing: the year would be a guess.
     */
    private static final Pattern OPENING_DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{Lu} .,'’()-]{2,60}?,?|\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}(?: \\([^()]{1,30}\\))?(?:,| (?=den ))"
                    + ")\\s*(?:(?:le|den)\\s+)?("
                    + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?\\d{4}"
                    + "|\\d{1,2}([./-])\\d{1,2}\\2\\d{4})\\s*[-–—:(]");

    private Dates() {}

    /** A way of writing a date with the month's name, and its pattern's groups of month, day and year. */
    private record Named(Pattern pattern, int month, int day, int year) {}

    private static final List<Named> NAMED = List.of(new Named(MDY, 1, 2, 3), new Named(DMY, 2, 1, 3), new Named(YEAR_MONTH_DAY, 2, 3, 1));

    /**
     * The first full date written in {@code text} with the month's name, in any of {@link DateWords}' languages: a
     * name two languages give to different months is read in {@code language}'s (a locale's tag), when given.
     */
    static Optional<LocalDate> firstIn(String text, Optional<String> language) {
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        for (Named form : NAMED) {
            Matcher m = form.pattern().matcher(text);
            if (!m.find() || m.start() >= at) continue;
            LocalDate d = monthDayYear(m.group(form.month()), m.group(form.day()), m.group(form.year()), language);
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        Matcher iso = ISO_DAY.matcher(text);
        if (iso.find() && iso.start() < at) {
            Optional<PartialDate> p = PartialDate.parse(iso.group(1));
            if (p.isPresent()) best = LocalDate.of(p.get().year(), p.get().month(), p.get().day());
        }
        return Optional.ofNullable(best);
    }

    /** As below, for evidence with no locale: a numeric date then counts only where its order is plain. */
    static Optional<PartialDate> evidence(String written) {
        return evidence(written, Optional.empty());
    }

    /**
     * Parses an evidence string: ISO date or date-time (or its basic form, "20231204"), a date phrase, a numeric date
     * read with the page's locale (a BCP 47 tag or "fr_FR"), one written year first ("2023/03/14", "2023年12月4日",
     * in full-width figures or a Japanese era's year as well), or a month and year ("July 2020").
     */
    static Optional<PartialDate> evidence(String evidence, Optional<String> locale) {
        String written = DateWords.ascii(evidence);
        // the language is sought only for a date in words: most evidence is a figure the first readings take
        return PartialDate.parse(written).or(() -> day(BASIC, written, 1, 2, 3))
                .or(() -> firstIn(written, monthLanguage(written, locale)).map(PartialDate::of))
                .or(() -> numeric(written, locale)).or(() -> day(YEAR_FIGURES_FIRST, written, 1, 3, 4))
                .or(() -> day(CJK_DAY, written, 1, 2, 3))
                .or(() -> day(VIETNAMESE_DAY, written, 3, 2, 1))
                .or(() -> monthYear(written, monthLanguage(written, locale)));
    }

    /** The language the month's name is read in: the page's, else its date label's ("Objavljeno: 8. listopada 2023."). */
    private static Optional<String> monthLanguage(String written, Optional<String> locale) {
        return locale.filter(l -> !l.startsWith("und")).or(() -> DateWords.labelLanguage(written));
    }

    /** The day the pattern's first match gives with its groups of year, month and day, when that day exists. */
    private static Optional<PartialDate> day(Pattern pattern, String written, int year, int month, int day) {
        Matcher m = pattern.matcher(written);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(PartialDate.of(LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "14/03/2022" is day-first whatever the locale, "03/14/2022" month-first; "03/04/2022" is read as the locale
     * writes dates, or else as the weekday beside it allows, and with neither (no locale, or one that does not settle
     * the order, as plain "en") it is no evidence.
     */
    static Optional<PartialDate> numeric(String written, Optional<String> locale) {
        Matcher m = NUMERIC.matcher(written);
        if (!m.find()) return Optional.empty();
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), year = Integer.parseInt(m.group(4));
        int day, month;
        if (a == b || a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else {
            Optional<Boolean> dayFirst = locale.flatMap(Dates::dayFirst).or(() -> byWeekday(written, a, b, year));
            if (dayFirst.isEmpty()) return Optional.empty();
            day = dayFirst.get() ? a : b;
            month = dayFirst.get() ? b : a;
        }
        try {
            return Optional.of(PartialDate.of(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "Thursday, 07/03/2024": of the two readings, the one that falls on the weekday written beside it (7 March 2024
     * was a Thursday, 3 July a Wednesday); nothing when the line names no weekday, or both or neither reading fits.
     */
    private static Optional<Boolean> byWeekday(String written, int a, int b, int year) {
        Optional<DayOfWeek> weekday = DateWords.weekdayIn(written);
        if (weekday.isEmpty()) return Optional.empty();
        boolean dayFirst = LocalDate.of(year, b, a).getDayOfWeek() == weekday.get();
        boolean monthFirst = LocalDate.of(year, a, b).getDayOfWeek() == weekday.get();
        return dayFirst == monthFirst ? Optional.empty() : Optional.of(dayFirst);
    }

    /** Where numbers go month first: the United States and the places that write dates as it does. */
    private static final Set<String> MONTH_FIRST = Set.of("US", "PH", "PR", "GU", "AS", "VI", "UM", "MP", "FM", "MH", "PW");
    /** Languages that write the year first, so a numeric date ending in the year says nothing about its order. */
    private static final Set<String> YEAR_FIRST = Set.of("zh", "ja", "ko", "hu", "lt", "mn");

    /**
     * Whether the locale writes the day before the month: empty when it does not say (English without a region,
     * Canada, which writes both, or a year-first language). A region without a language is read as English there.
     */
    static Optional<Boolean> dayFirst(String tag) {
        Locale l = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        String language = l.getLanguage(), region = l.getCountry();
        // A region alone ("und-IN", from a site's country domain) settles the order as the region's English would.
        if (language.isEmpty() && !region.isEmpty()) language = "en";
        if (language.isEmpty() || YEAR_FIRST.contains(language) || region.equals("CA")) return Optional.empty();
        if (MONTH_FIRST.contains(region)) return Optional.of(false);
        if (language.equals("en") && region.isEmpty()) return Optional.empty();
        return Optional.of(true);
    }

    /** A month and year: "July 2020", the Hungarian "2024. június", the Vietnamese "tháng 6/2024". */
    private static Optional<PartialDate> monthYear(String text, Optional<String> language) {
        Matcher m = MONTH_YEAR.matcher(text);
        Matcher yearFirst = YEAR_MONTH.matcher(text);
        Matcher vietnamese = VIETNAMESE_MONTH.matcher(text);
        LocalDate d = m.find() ? monthDayYear(m.group(1), "1", m.group(2), language)
                : yearFirst.find() ? monthDayYear(yearFirst.group(2), "1", yearFirst.group(1), language)
                : vietnamese.find() ? monthDayYear(vietnamese.group(1), "1", vietnamese.group(2), language) : null;
        return d == null ? Optional.empty() : Optional.of(new PartialDate(d.getYear(), d.getMonthValue(), 0));
    }

    /**
     * "WASHINGTON, April 2, 2020 — ..." at the start of the first paragraph; a date in figures is read with the
     * locale, the page's or else its text's language, and gives nothing where neither settles its order.
     */
    static Optional<PartialDate> opening(List<Block> blocks, Optional<String> locale) {
        for (Block b : blocks.subList(0, Math.min(2, blocks.size()))) {
            if (!(b instanceof Block.Paragraph)) continue;
            Matcher m = OPENING_DATELINE.matcher(b.text());
            if (m.find()) return firstIn(m.group(1), locale).map(PartialDate::of).or(() -> numeric(m.group(1), locale));
        }
        return Optional.empty();
    }

    /**
     * Embedded tweets bound an article's date from below: it was written on or after its newest tweet. When at least
     * two tweets fall within a week of the newest, the article is dated to that month; an old tweet quoted alone says nothing.
     */
    static Optional<PartialDate> fromTweets(List<Block> blocks) {
        List<LocalDate> dates = blocks.stream().filter(b -> b instanceof Block.Tweet).map(b -> ((Block.Tweet) b).date())
                .filter(d -> !d.isEmpty()).map(LocalDate::parse).sorted().toList();
        if (dates.size() < 2) return Optional.empty();
        LocalDate newest = dates.get(dates.size() - 1);
        long close = dates.stream().filter(d -> ChronoUnit.DAYS.between(d, newest) <= 7).count();
        return close >= 2 ? Optional.of(new PartialDate(newest.getYear(), newest.getMonthValue(), 0)) : Optional.empty();
    }

    /** The day, its month given by name or in figures ("6", as Vietnamese writes it after its word for month). */
    private static LocalDate monthDayYear(String month, String day, String year, Optional<String> language) {
        int m = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : DateWords.month(month, language);
        try {
            return m == 0 ? null : LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package org.dossier.extract;

import org.dossier.clean.Block;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates written in prose ("April 2, 2020", "2 April 2020", "Apr. 2, 2020") and judges which one is the article's own. */
final class Dates {
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern MDY = Pattern.compile("\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTH + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    /** A paragraph that opens with a place and a date: "WASHINGTON, April 2, 2020 —" or "LONDON (Reuters), 2 April 2020 -". */
    private static final Pattern OPENING_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} .,'’()-]{2,60}?,?\\s*(" + MONTH + "\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + "\\.?\\s+\\d{4})\\s*[-–—:(]");

    private Dates() {}

    /** The first full date written in {@code text}, in any of the usual English forms. */
    static Optional<LocalDate> firstIn(String text) {
        Matcher iso = ISO_DAY.matcher(text);
        Matcher mdy = MDY.matcher(text);
        Matcher dmy = DMY.matcher(text);
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        if (mdy.find() && mdy.start() < at) {
            best = monthDayYear(mdy.group(1), mdy.group(2), mdy.group(3));
            at = best == null ? at : mdy.start();
        }
        if (dmy.find() && dmy.start() < at) {
            LocalDate d = monthDayYear(dmy.group(2), dmy.group(1), dmy.group(3));
            if (d != null) {
                best = d;
                at = dmy.start();
            }
        }
        if (iso.find() && iso.start() < at) {
            Optional<PartialDate> p = PartialDate.parse(iso.group(1));
            if (p.isPresent()) best = LocalDate.of(p.get().year(), p.get().month(), p.get().day());
        }
        return Optional.ofNullable(best);
    }

    /** Parses an evidence string: ISO date or date-time, an English date phrase, or a month and year ("July 2020"). */
    static Optional<PartialDate> evidence(String written) {
        return PartialDate.parse(written).or(() -> firstIn(written).map(PartialDate::of)).or(() -> monthYear(written));
    }

    private static Optional<PartialDate> monthYear(String text) {
        Matcher m = MONTH_YEAR.matcher(text);
        if (!m.find()) return Optional.empty();
        LocalDate d = monthDayYear(m.group(1), "1", m.group(2));
        return d == null ? Optional.empty() : Optional.of(new PartialDate(d.getYear(), d.getMonthValue(), 0));
    }

    /** "WASHINGTON, April 2, 2020 — ..." at the start of the first paragraph. */
    static Optional<PartialDate> opening(List<Block> blocks) {
        for (Block b : blocks.subList(0, Math.min(2, blocks.size()))) {
            if (!(b instanceof Block.Paragraph)) continue;
            Matcher m = OPENING_DATELINE.matcher(b.text());
            if (m.find()) return firstIn(m.group(1)).map(PartialDate::of);
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

    private static final DateTimeFormatter MONTH_NAME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d uuuu").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ABBR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d uuuu").toFormatter(Locale.ENGLISH);

    private static LocalDate monthDayYear(String month, String day, String year) {
        String m = month.replace(".", "");
        if (m.equalsIgnoreCase("Sept")) m = "Sep";
        String s = m + " " + day + " " + year;
        for (DateTimeFormatter f : List.of(MONTH_NAME, MONTH_ABBR)) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the other form
            }
        }
        return null;
    }
}

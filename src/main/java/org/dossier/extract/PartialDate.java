package org.dossier.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date only as precise as its evidence: a year, a month, or a day. Ordered chronologically, a coarser date
 * before the finer dates it contains ("2020" &lt; "2020-04" &lt; "2020-04-02").
 *
 * @param month 1-12, or 0 when unknown
 * @param day   1-31, or 0 when unknown
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?$");

    public PartialDate {
        if (month == 0 && day != 0) throw new IllegalArgumentException("a day without a month");
        if (day != 0) LocalDate.of(year, month, day); // throws on 2020-02-30
        else if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month);
    }

    /** "2020", "2020-04", "2020-04-02" or an ISO date-time (its date part as written, without shifting time zones). */
    public static Optional<PartialDate> parse(String iso) {
        Matcher m = ISO.matcher(iso.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (y < 1000 || y > 2999) return Optional.empty();
            return Optional.of(new PartialDate(y, mo, d));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    @Override
    public int compareTo(PartialDate o) {
        if (year != o.year) return Integer.compare(year, o.year);
        if (month != o.month) return Integer.compare(month, o.month);
        return Integer.compare(day, o.day);
    }

    /** "2020", "2020-04" or "2020-04-02". Every page's links and keys print dates, so this avoids String.format. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        padded(sb, year, 4);
        if (month != 0) padded(sb.append('-'), month, 2);
        if (day != 0) padded(sb.append('-'), day, 2);
        return sb.toString();
    }

    /** As {@code %0<width>d} formats it: the sign counts towards the width. */
    private static void padded(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        if (value < 0) {
            sb.append('-');
            digits = digits.substring(1);
            width--;
        }
        sb.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}

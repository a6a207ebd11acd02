package org.dossier.render;

import org.dossier.extract.PartialDate;
import org.dossier.index.ArchiveIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A density strip of articles over time, drawn at build time as inline SVG (no script needed to read it): one bar
 * per month, or per year when the archive spans more than fifteen years.
 */
record Bars(List<Views.Bar> bars, int width, int height) {
    private static final int BAR = 8, GAP = 2, HEIGHT = 64;

    /** Where a bar links: the timeline's place for a month, or for a whole year when {@code month} is 0. */
    interface Where {
        String href(int year, int month);
    }

    static Bars of(List<ArchiveIndex.Entry> entries, Where where) {
        List<PartialDate> dates = entries.stream().map(e -> e.article().date()).flatMap(java.util.Optional::stream).toList();
        if (dates.isEmpty()) return new Bars(List.of(), 0, 0);
        int first = dates.stream().mapToInt(PartialDate::year).min().getAsInt();
        int last = dates.stream().mapToInt(PartialDate::year).max().getAsInt();
        boolean byYear = last - first >= 15;
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (PartialDate d : dates) {
            int key = byYear || d.month() == 0 ? d.year() * 100 : d.year() * 100 + d.month();
            counts.merge(key, 1, Integer::sum);
        }
        java.util.Set<Integer> yearOnlyBins = new java.util.HashSet<>();
        List<Integer> bins = new ArrayList<>();
        if (byYear) for (int y = first; y <= last; y++) bins.add(y * 100);
        else for (int y = first; y <= last; y++) for (int m = 1; m <= 12; m++) bins.add(y * 100 + m);
        if (!byYear) {
            // Year-only dates are shown on January of their year rather than dropped.
            for (int y = first; y <= last; y++) {
                Integer yearOnly = counts.remove(y * 100);
                if (yearOnly != null) {
                    counts.merge(y * 100 + 1, yearOnly, Integer::sum);
                    yearOnlyBins.add(y * 100 + 1);
                }
            }
            while (bins.size() > 1 && counts.getOrDefault(bins.get(0), 0) == 0) bins.remove(0);
            while (bins.size() > 1 && counts.getOrDefault(bins.get(bins.size() - 1), 0) == 0) bins.remove(bins.size() - 1);
        }
        java.util.Set<Integer> monthAnchors = new java.util.HashSet<>();
        for (PartialDate d : dates) if (!byYear && d.month() != 0) monthAnchors.add(d.year() * 100 + d.month());
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Views.Bar> bars = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            int key = bins.get(i);
            int n = counts.getOrDefault(key, 0);
            if (n == 0) continue;
            int h = Math.max(2, Math.round(n * (float) HEIGHT / max));
            int y = key / 100, m = key % 100;
            String when = m == 0 ? Integer.toString(y) : Display.monthName(m) + " " + y;
            boolean approximate = yearOnlyBins.contains(key);
            String label = when + ": " + n + (n == 1 ? " article" : " articles") + (approximate ? " (some known only by year)" : "");
            // A bin holding only year-dated articles links to its year: the timeline has no heading for that month.
            String href = where.href(y, monthAnchors.contains(key) ? m : 0);
            bars.add(new Views.Bar(i * (BAR + GAP), HEIGHT - h, h, label, href, y, m, when, n, approximate));
        }
        return new Bars(bars, Math.max(BAR, bins.size() * (BAR + GAP)), HEIGHT);
    }
}

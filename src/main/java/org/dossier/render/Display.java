package org.dossier.render;

import org.dossier.extract.PartialDate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Display forms shared by every view: dates as people read them, and paths as links that work from file://. */
final class Display {
    /** English month names, looked up once: every page's links print dates. */
    private static final String[] MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    private Display() {}

    static String date(Optional<PartialDate> d) {
        if (d.isEmpty()) return "Undated";
        PartialDate p = d.get();
        if (p.month() == 0) return Integer.toString(p.year());
        String month = monthName(p.month());
        return p.day() == 0 ? month + " " + p.year() : month + " " + p.day() + ", " + p.year();
    }

    static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /** A relative link to a site file whose name came from a seed: each segment percent-encoded. */
    static String href(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/", -1)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}

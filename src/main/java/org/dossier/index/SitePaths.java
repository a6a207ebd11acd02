package org.dossier.index;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where things live in the site, relative to its root: one place, so links and files always agree. */
public final class SitePaths {
    /** What the archive writes at the top of the site, besides its folders; {@code .dossier-site} marks a site. */
    private static final Set<String> FILES = Set.of("index.html", "report.html", "search.html", "404.html", "feed.xml",
            "robots.txt", "sitemap.xml", ".dossier-site");
    private static final Set<String> FOLDERS = Set.of("articles", "people", "timeline", "data", "search", "originals",
            "report");

    private SitePaths() {}

    /**
     * The archive's own file or folder ({@code "index.html"}, {@code "people/"}) that a site path would take, if any:
     * nothing else may be put there. Letter case is ignored, so the site also holds on a case-insensitive disk.
     */
    public static Optional<String> archiveClaim(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        if (FOLDERS.contains(first)) return Optional.of(first + "/");
        return slash < 0 && FILES.contains(p) ? Optional.of(p) : Optional.empty();
    }

    public static String article(String id) {
        return "articles/" + id + ".html";
    }

    public static String person(String slug) {
        return "people/" + slug + ".html";
    }

    /*
     * The pages of lists split when long, by name without ".html": a page cut further adds "-" and its first item's key
     * (an article id, a person's slug), which no name below ends in, so no two pages meet. Names are by period, letter or
     * content, never by a page number that an insertion would shift.
     */

    /** A year's timeline page ({@code "2019"}), or {@code "undated"}'s. */
    public static String timeline(String year) {
        return "timeline/" + year;
    }

    /** A month of the timeline ({@code month} 1 to 12), or with {@code month} 0 its articles known only by year. */
    public static String timelineMonth(int year, int month) {
        return "timeline/" + year + "-" + (month == 0 ? "sometime" : String.format(Locale.ROOT, "%02d", month));
    }

    /** The undated articles, when they are too many for their own page to list. */
    public static String timelineUndated() {
        return "timeline/undated-articles";
    }

    /** A person's articles of one year ({@code "2019"} or {@code "undated"}), when the person's page cannot list them all. */
    public static String personYear(String slug, String year) {
        return "people/" + slug + "/" + year;
    }

    /** The people under one letter ({@code "a"}, or {@code "other"}), when the people index cannot list everyone. */
    public static String peopleLetter(String letter) {
        return "people/index/" + letter;
    }

    /** The report's files, when report.html cannot list them all. */
    public static String reportFiles() {
        return "report/files";
    }
}

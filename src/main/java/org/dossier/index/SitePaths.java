package org.dossier.index;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where things live in the site, relative to its root: one place, so links and files always agree. */
public final class SitePaths {
    /** What the archive writes at the top of the site, besides its folders; {@code .dossier-site} marks a site. */
    private static final Set<String> FILES = Set.of("index.html", "report.html", "search.html", "404.html", "feed.xml",
            "robots.txt", "sitemap.xml", ".dossier-site");
    private static final Set<String> FOLDERS = Set.of("articles", "people", "timeline", "data", "search", "originals");

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
}

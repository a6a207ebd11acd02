package org.dossier.index;

import java.util.Locale;

/** Where things live in the site, relative to its root: one place, so links and files always agree. */
public final class SitePaths {
    private SitePaths() {}

    public static String article(String id) {
        return "articles/" + id + ".html";
    }

    public static String person(String slug) {
        return "people/" + slug + ".html";
    }

    /** A seed's original bytes: under a .txt name, so no browser runs a saved page's scripts. */
    public static String original(String source) {
        return "originals/" + (source.toLowerCase(Locale.ROOT).endsWith(".txt") ? source : source + ".txt");
    }
}

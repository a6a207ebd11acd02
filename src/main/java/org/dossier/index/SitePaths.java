package org.dossier.index;

/** Where things live in the site, relative to its root: one place, so links and files always agree. */
public final class SitePaths {
    private SitePaths() {}

    public static String article(String id) {
        return "articles/" + id + ".html";
    }

    public static String person(String slug) {
        return "people/" + slug + ".html";
    }
}

package org.dossier.render;

import java.util.List;

/**
 * What templates see: flat, immutable records with display-ready strings and relative URLs. Templates never see
 * the archive index, JBake's store or a seed's raw text. A {@code null} field means "absent" ({@code ??} in templates).
 */
public final class Views {
    private Views() {}

    /** What every page shows of the archive as a whole: kept to what rarely changes, as it is part of every page's key. */
    public record Site(String title, String description) {}

    public record Stats(int articles, int people, int rejected, int duplicates, String firstDate, String lastDate) {}

    /** @param date display form ("April 2, 2020", "April 2020", "2020" or "Undated"); iso the machine form or "" */
    public record ArticleLink(String title, String url, String date, String iso) {}

    public record PersonLink(String name, String url, int count) {}

    public record Removed(String kind, int count) {}

    /** @param url the page's path from the site root; {@code permalink} is the same made absolute with --base-url */
    public record Article(String id, String url, String title, String date, String iso, String dateSource, String titleSource,
                          List<PersonLink> people, String body, ArticleLink prev, ArticleLink next, String original,
                          String source, String sha256, long size, String decoding, List<Removed> removed, String permalink,
                          String byline, String jsonLd, int tweets, Captured captured) {}

    /**
     * Where and when a page from a web archive was captured.
     *
     * @param when    ISO 8601 UTC, as WARC-Date gives it
     * @param earlier the other captures of the same URL, which are its duplicates
     */
    public record Captured(String url, String when, List<String> earlier) {}

    public record Month(String name, String anchor, int count, List<ArticleLink> articles) {}

    /** @param approximate articles known only to this year */
    public record Year(String year, String anchor, int count, List<Month> months, List<ArticleLink> approximate) {}

    /**
     * One bin of a density strip. {@code month} is 0 for a bin of a whole year; {@code approximate} when the bin holds
     * articles known only to their year (drawn on January of that year).
     */
    public record Bar(int x, int y, int height, String label, String href, int year, int month, String when, int count,
                      boolean approximate) {}

    public record Timeline(List<Year> years, List<ArticleLink> undated, List<Bar> bars, int width, int height, int total) {}

    public record Person(String name, String slug, int count, String first, String last, List<ArticleLink> articles,
                         List<PersonLink> coMentions, List<String> aliases, List<String> bio, List<Bar> bars, int width,
                         int height, String jsonLd) {}

    public record Letter(String letter, String anchor, List<PersonLink> people) {}

    public record People(List<Letter> letters, List<PersonLink> byCount, int total) {}

    public record Home(Stats stats, List<ArticleLink> latest, List<PersonLink> topPeople, List<Year> years) {}

    public record Report(List<Row> rows, List<Problem> problems, int seeds, int articles, int rejected, int duplicates,
                         int skipped, List<Removed> totals) {}

    public record Row(String source, String outcome, String detail, String url, String decoding, List<Removed> removed) {}

    public record Problem(String source, String reason) {}
}

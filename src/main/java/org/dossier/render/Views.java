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

    /** A link to a page that holds part of a long list (or a group of it); {@code count} is how many items it holds. */
    public record PartLink(String label, String url, int count) {}

    /** Where a page of a split list sits: the page listing its parts, and the parts before and after it ({@code null} at the ends). */
    public record Pager(PartLink up, PartLink prev, PartLink next) {}

    /** A group of a split list (a month, a person's year, a letter) and the pages it is cut into (one when it is short). */
    public record Group(String name, String anchor, int count, List<PartLink> parts) {}

    public record Month(String name, String anchor, int count, List<ArticleLink> articles) {}

    /** @param approximate articles known only to this year */
    public record Year(String year, String anchor, int count, List<Month> months, List<ArticleLink> approximate) {}

    /**
     * One bin of a density strip. {@code month} is 0 for a bin of a whole year; {@code approximate} when the bin holds
     * articles known only to their year (drawn on January of that year).
     */
    public record Bar(int x, int y, int height, String label, String href, int year, int month, String when, int count,
                      boolean approximate) {}

    /**
     * The timeline's overview. {@code years} and {@code undated} list the articles themselves while the archive fits one
     * page; otherwise they are empty and {@code rows} link each month to its page.
     */
    public record Timeline(List<YearRow> rows, List<Year> years, List<ArticleLink> undated, int undatedCount, String undatedUrl,
                           List<Bar> bars, int width, int height, int total) {}

    /** A row of the year × month table: twelve months (count 0 when none) and the articles known only by year. */
    public record YearRow(String year, String anchor, String url, int count, List<PartLink> months, PartLink approximate) {}

    /**
     * A year's timeline page (or the undated articles'): the year's articles in {@code year} (or {@code undated}) when
     * they fit one page, else its months in {@code sections}, each with its pages.
     */
    public record TimelineYear(String title, String anchor, int count, Pager pager, Year year, List<ArticleLink> undated,
                               List<Group> sections) {}

    /** One page of a long list of articles: a month of the timeline, a year of a person's articles. */
    public record ArticlePage(String title, PartLink context, String heading, Pager pager, List<ArticleLink> articles,
                              boolean showDate, String current) {}

    /**
     * @param articles every article, or the latest when they are many; then {@code years} links the pages holding them all
     * @param first    the first dated article ({@code null} when none is dated), as {@code last} the last
     */
    public record Person(String name, String slug, int count, String firstDate, String lastDate, ArticleLink first,
                         ArticleLink last, List<ArticleLink> articles, List<Group> years, List<PersonLink> coMentions,
                         List<String> aliases, List<String> bio, List<Bar> bars, int width, int height, String jsonLd) {}

    public record Letter(String letter, String anchor, List<PersonLink> people) {}

    /**
     * @param letters  everyone, by letter, while they fit one page; else empty, and {@code pages} links each letter's pages
     * @param byCount  everyone by number of articles, or the most mentioned when the people are on letter pages
     */
    public record People(List<Letter> letters, List<PersonLink> byCount, int total, List<Group> pages) {}

    /** A page of the people index: one letter's people, or part of them. */
    public record PeoplePage(String letter, String heading, Pager pager, List<PersonLink> people) {}

    /** @param years each year's count and its page on the timeline */
    public record Home(Stats stats, List<ArticleLink> latest, List<PersonLink> topPeople, List<PartLink> years) {}

    /** @param rows every file while they fit one page; else empty, and {@code parts} links the pages holding them */
    public record Report(List<Row> rows, List<Problem> problems, int seeds, int articles, int rejected, int duplicates,
                         int skipped, List<Removed> totals, List<PartLink> parts) {}

    /** A page of the report's files. */
    public record ReportPage(String heading, Pager pager, List<Row> rows) {}

    public record Row(String source, String outcome, String detail, String url, String decoding, List<Removed> removed) {}

    public record Problem(String source, String reason) {}
}

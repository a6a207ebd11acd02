package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Generates plain-text scrapes in the seeds' format: an optional "date YYYY-MM-DD headline" header, then lines of
 * prose mixed with what scrapers drag along (captions, credits, READ MORE, tweets, glued links and hashtags), markup
 * pasted as text, odd white space and line endings, and very long lines.
 */
final class Scrapes {
    private static final List<String> HEADERS = List.of("date 2020-04-02 Alyssa Milano Appeals to Bernie Bros",
            " date 2020-04-02 https://news.example/2020/04/02/story.html", "Date: 2021-13-45 Impossible date",
            "date=2019-02-29 Not a leap year", "DATE 2020-02-29", "date 2020-04-02", "date 0000-00-00 <script>alert(1)</script>",
            "date 2020-04-02 The council voted on Tuesday to approve a new plan for the old harbour, ending two years of argument.",
            "date 9999-99-99\u00A0\u200B", "datE2020-04-02x");
    private static final List<String> LINES = List.of(
            "LOS ANGELES, CA - NOVEMBER 01: Alyssa Milano attends a summit on November 1, 2018 in Los Angeles. (Photo by Presley Ann/Getty Images)",
            "Presley Ann/Getty Images", "READ MORE: Council votes on harbour plan", "Advertisement", "Share this article",
            "By Jane Whitaker and Tom Okafor", "Published March 3, 2021", "Updated 10:42 a.m. ET, Tue March 3, 2021",
            "You’re entitled to unfollow and wish me away. pic.twitter.com/AbCdEf123 — Alyssa Milano (@Alyssa_Milano) April 2, 2020",
            "A tweet with an impossible date — Someone (@someone) February 30, 2020",
            "Supportershttps://t.co/AbCdEfGhIjkmore text#AlyssaMilano pandemic!#Bernie",
            "www.example.org/path?x=1&y=<2> and https://news.example/a_(b) and mailto:desk@news.example",
            "<script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">link</a>",
            "&lt;b&gt;escaped&lt;/b&gt; &amp; &#106;avascript:alert(1)", "<html><body onload=alert(1)>",
            "© 2020 Harbour Times. All rights reserved.", "We use cookies to improve your experience. Accept all cookies",
            "Sign up for our newsletter to get the latest updates in your inbox",
            "\u202Eright-to-left override\u202C and \u200Bzero\u200Bwidth\u200B and e\u0301 combining and 👩‍👩‍👧 emoji",
            "\u00A0\u2007\u202F\t ", "   ", "\f", "\u000B vertical tab \u0007 bell", "\uFEFF byte-order mark mid-text",
            "— (@) ,", ")", "(Photo: )", "A — B — C — D (@x) January 1, 2020 trailing");

    private Scrapes() {}

    static Arbitrary<String> scrapes() {
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(5, Prose.paragraph()), Tuple.of(3, Arbitraries.of(LINES)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
        Arbitrary<String> header = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(HEADERS)), Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> breakBetween = Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\u00A0\n", "\n\n\n\n");
        Arbitrary<List<Tuple.Tuple2<String, String>>> body = Combinators.combine(line, breakBetween).as(Tuple::of).list().ofMaxSize(40);
        // One scrape in five holds one very long line somewhere.
        Arbitrary<String> extra = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")), Tuple.of(1, longLine()));
        return Combinators.combine(header, body, extra, Arbitraries.integers().between(0, 40), Arbitraries.of("", "\n", "\r\n", "  \n\n"))
                .as((h, lines, longOne, at, end) -> {
                    StringBuilder sb = new StringBuilder(h.isEmpty() ? "" : h + "\n\n");
                    for (int i = 0; i < lines.size(); i++) {
                        if (i == at && !longOne.isEmpty()) sb.append(longOne).append('\n');
                        sb.append(lines.get(i).get1()).append(lines.get(i).get2());
                    }
                    return sb.append(end).toString();
                });
    }

    /** A line of 2,000 to 100,000 characters: a word, a URL or prose repeated, with or without spaces. */
    static Arbitrary<String> longLine() {
        return Combinators.combine(Arbitraries.of("word ", "x", "https://t.co/AbCdEfGhIj", "— ", "\u00A0", Prose.SENTENCES.get(0) + " ", "(Photo by "),
                Arbitraries.integers().between(2_000, 100_000)).as((unit, n) -> unit.repeat(Math.max(1, n / unit.length())));
    }
}

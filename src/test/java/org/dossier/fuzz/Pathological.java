package org.dossier.fuzz;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Seeds of the shapes that once made one file stall the archive (issue 17, items 5 and 7), and their relatives, each
 * made at any size: {@code shape.seed(n)} holds n repetitions of the shape's unit, so doubling n doubles the seed.
 * Generated rather than kept as files: the tests need them at several sizes, and the largest are megabytes.
 */
public enum Pathological {
    /** "Mr. A Mr. A ...": a sentence break after every abbreviation (Titles.firstSentence). */
    REPEATED_ABBREVIATIONS("abbreviations.txt", n -> "Mr. A ".repeat(n) + "\n\n" + Prose.SENTENCES.get(0) + "\n"),
    /** One article naming n different people: a donor or casualty list (people finding, co-mentions). */
    LIST_OF_NAMES("donors.txt", n -> "date 2020-04-02 Donors to the harbour fund\n\n" + Prose.SENTENCES.get(0)
            + "\n\nThe donors were " + String.join(", ", names(n)) + ".\n"),
    DEEP_DIVS("deep-divs.html", n -> page("<div>".repeat(n) + "<p>" + Prose.SENTENCES.get(1) + "</p>" + "</div>".repeat(n))),
    DEEP_SECTIONS("deep-sections.html", n -> page("<section>".repeat(n) + "<p>" + Prose.SENTENCES.get(3) + " " + Prose.SENTENCES.get(4)
            + "</p>" + "</section>".repeat(n))),
    DEEP_QUOTES("deep-quotes.html", n -> page(("<blockquote><p>" + Prose.SENTENCES.get(1) + "</p>").repeat(n))),
    DEEP_LISTS("deep-lists.html", n -> page("<ul><li>word ".repeat(n))),
    DEEP_SPANS("deep-spans.html", n -> page("<p>" + "<span>word ".repeat(n) + "</p>")),
    DEEP_NOISE("deep-noise.html", n -> page("<div class=\"ad\">advert ".repeat(n))),
    DEEP_OBJECTS("deep-objects.html", n -> page("<object>word ".repeat(n))),
    /** Unclosed inline and block tags: "&lt;div&gt;&lt;span&gt;&lt;b&gt;" over and over (HtmlCleaner.collectBlocks). */
    UNCLOSED_TAGS("unclosed.html", n -> page("<div><span><b>".repeat(n) + "<p>" + Prose.SENTENCES.get(5) + " " + Prose.SENTENCES.get(6)
            + "</p>")),
    LONG_LINE_WITHOUT_SPACES("long-line.txt", n -> Prose.SENTENCES.get(0) + "\n\n" + "abcdefghij".repeat(n) + "\n"),
    LONG_HTML_WORD("long-word.html", n -> page("<p>" + Prose.SENTENCES.get(0) + " " + "abcdefghij".repeat(n) + "</p>")),
    MANY_TWEETS("tweets.txt", n -> (Prose.SENTENCES.get(0) + "\n\n"
            + "We stand with the harbour workers today. — Jane Doe (@jane_doe) April 2, 2020\n\n".repeat(n))),
    MANY_LINKS("links.txt", n -> Prose.SENTENCES.get(0) + "\n\n" + "See https://t.co/AbCdEfGhIj#tag".repeat(n) + "\n"),
    MANY_HTML_LINKS("links.html", n -> page("<p>" + Prose.SENTENCES.get(0) + " " + "<a href=\"https://news.example/a\">a link</a> ".repeat(n) + "</p>")),
    /** Each caption with its own credit, which later lines are compared with. */
    MANY_CAPTIONS("captions.txt", n -> Prose.SENTENCES.get(0) + "\n\n" + java.util.stream.IntStream.range(0, n)
            .mapToObj(i -> "The harbour at dawn. (Photo by " + name(i) + "/Getty Images)\nShort line here.\n")
            .collect(java.util.stream.Collectors.joining())),
    MANY_SHORT_LINES("short-lines.txt", n -> Prose.SENTENCES.get(0) + "\n" + "Getty Images\nShort line here.\n".repeat(n)),
    /** A site's menu of bulleted one-word sections over the article: each block looks at its neighbours (BlockClassifier). */
    MANY_MENU_LINES("menu.txt", n -> java.util.stream.IntStream.range(0, n).mapToObj(i -> "  • Section " + i % 50 + "\n")
            .collect(java.util.stream.Collectors.joining()) + "\n" + Prose.SENTENCES.get(0) + "\n\n" + Prose.SENTENCES.get(1) + "\n"),
    MANY_PARAGRAPHS("paragraphs.html", n -> page(("<p>" + Prose.SENTENCES.get(2) + "</p>").repeat(n))),
    HUGE_TABLE("table.html", n -> page("<p>" + Prose.SENTENCES.get(0) + "</p><table>"
            + "<tr><td>cell</td><td>Harbour Fund</td><td>1,000</td><td>Jane Doe</td></tr>".repeat(n) + "</table>"));

    private static final List<String> GIVEN = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara");
    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ren", "dor", "vi", "sa", "tel", "bru", "nok",
            "pa", "zen", "fi", "gar", "hol", "quin");

    /** A name for a seed of this shape. */
    public final String file;
    private final IntFunction<String> make;

    Pathological(String file, IntFunction<String> make) {
        this.file = file;
        this.make = make;
    }

    public String seed(int n) {
        return make.apply(n);
    }

    boolean isHtml() {
        return file.endsWith(".html");
    }

    /** n distinct names. */
    static List<String> names(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(Pathological::name).toList();
    }

    /** The i-th of distinct names, each a given name and a made-up surname: "James Kason", "Mary Kason", ... */
    static String name(int i) {
        StringBuilder surname = new StringBuilder();
        for (int rest = i / GIVEN.size(); surname.isEmpty() || rest > 0; rest /= SYLLABLES.size()) {
            surname.append(SYLLABLES.get(rest % SYLLABLES.size()));
        }
        surname.append("son");
        return GIVEN.get(i % GIVEN.size()) + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    }

    private static String page(String inArticle) {
        return "<!doctype html><html><head><title>Harbour council story</title></head><body><article><h1>Harbour council story</h1><p>"
                + Prose.SENTENCES.get(0) + " " + Prose.SENTENCES.get(1) + "</p>" + inArticle + "</article></body></html>";
    }
}

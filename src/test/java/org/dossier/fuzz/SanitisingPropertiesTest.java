package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import org.jsoup.Jsoup;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reaches a page from a seed is safe, and sanitising keeps the article's text: checked on the HTML that
 * {@code BodyHtml} writes, parsed as a browser would parse it.
 */
@AddLifecycleHook(FuzzBudget.class)
class SanitisingPropertiesTest {
    /** A seed file: a hostile page (as .html or saved as .txt) or a plain-text scrape with markup pasted into it. */
    record Input(String name, String text, SeedBytes.Encoding encoding) {
        byte[] bytes() {
            return encoding.encode(text);
        }
    }

    /** A sentence as written in the page's HTML, and as its text must read after cleaning. */
    record Sentence(String html, String text) {}

    @Provide
    Arbitrary<Input> seeds() {
        Arbitrary<SeedBytes.Encoding> encoding = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(SeedBytes.Encoding.UTF8)),
                Tuple.of(1, Arbitraries.of(SeedBytes.Encoding.class)));
        Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("page.html")), Tuple.of(1, Arbitraries.just("saved.txt")));
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(names, HostileHtml.pages(), encoding).as(Input::new)),
                Tuple.of(1, Combinators.combine(Scrapes.scrapes(), encoding).as((t, e) -> new Input("scrape.txt", t, e))));
    }

    @Provide
    Arbitrary<Sentence> sentences() {
        return Combinators.combine(Arbitraries.integers().between(1000, 999_999), Arbitraries.of(
                new Sentence("Inspectors counted %d herring barrels at the north quay on Tuesday, the harbour office said.",
                        "Inspectors counted %d herring barrels at the north quay on Tuesday, the harbour office said."),
                new Sentence("Fish &amp; chips cost %d pence &lt;&gt; more than last year at the quay, traders said.",
                        "Fish & chips cost %d pence <> more than last year at the quay, traders said."),
                new Sentence("The <b>ferry</b> <em>timetable</em> changed %d times in <a href=\"https://example.org/\">one year</a>, riders complained.",
                        "The ferry timetable changed %d times in one year, riders complained."))).as((n, s) ->
                new Sentence(String.format(s.html(), n), String.format(s.text(), n)));
    }

    @Property
    void noScriptEventHandlerOrUnsafeUrlReachesAnArticleBody(@ForAll("seeds") Input input) {
        byte[] bytes = input.bytes();
        PageBody body = FuzzStats.timed(bytes.length, () -> PageBody.of(input.name(), bytes));
        assertTrue(body.leaks().isEmpty(), body::describe);
    }

    /** BodyHtml's tripwire refuses a body with unsafe markup; it must never fire on what cleaning let through (its Javadoc says so). */
    @Property
    void bodyHtmlAcceptsEveryCleanedArticle(@ForAll("seeds") Input input) {
        byte[] bytes = input.bytes();
        PageBody body = FuzzStats.timed(bytes.length, () -> PageBody.of(input.name(), bytes));
        assertTrue(body.refused().isEmpty(), body::describe);
    }

    /** A link the safelist took the target from is unwrapped: HTML allows no rel on an anchor without href. */
    @Property
    void everyLinkInAnArticleBodyHasATarget(@ForAll("seeds") Input input) {
        byte[] bytes = input.bytes();
        PageBody body = FuzzStats.timed(bytes.length, () -> PageBody.of(input.name(), bytes));
        body.html().ifPresent(html -> assertTrue(Jsoup.parseBodyFragment(html).select("a:not([href])").isEmpty(), body::describe));
    }

    @Provide
    Arbitrary<String> pagesAroundASentence() {
        return HostileHtml.pageAroundASentence();
    }

    @Property
    void sanitisingKeepsTheTextOfAParagraphWithoutHostileAttributes(@ForAll("sentences") Sentence sentence,
                                                                   @ForAll("pagesAroundASentence") String around) {
        String page = around.replace(HostileHtml.SENTENCE, sentence.html());
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        PageBody body = FuzzStats.timed(bytes.length, () -> PageBody.of("page.html", bytes));
        assertTrue(body.isArticle(), () -> "the page gave no article: " + body.cleaned() + "\n" + page);
        assertTrue(body.text().contains(sentence.text()), () -> "lost \"" + sentence.text() + "\" from\n" + page + "\ncleaned text:\n" + body.text());
    }
}

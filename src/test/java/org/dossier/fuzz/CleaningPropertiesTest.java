package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.dossier.clean.Block;
import org.dossier.clean.CleanedSeed;
import org.dossier.report.Outcome;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cleaning never throws: a decoded seed becomes an article's blocks or a reason, whatever the scrape or page holds. */
@AddLifecycleHook(FuzzBudget.class)
class CleaningPropertiesTest {
    @Provide
    Arbitrary<String> scrapes() {
        return Scrapes.scrapes();
    }

    @Provide
    Arbitrary<String> pages() {
        return HostileHtml.pages();
    }

    @Provide
    Arbitrary<SeedBytes.Encoding> encodings() {
        return Arbitraries.of(SeedBytes.Encoding.class);
    }

    @Property
    void cleaningAPlainTextScrapeNeverThrows(@ForAll("scrapes") String text, @ForAll("encodings") SeedBytes.Encoding encoding) {
        byte[] bytes = encoding.encode(text);
        assertCleanedOrRejected(FuzzStats.timed(bytes.length, () -> PageBody.of("scrape.txt", bytes)));
    }

    @Property
    void cleaningAHostilePageNeverThrows(@ForAll("pages") String html, @ForAll("encodings") SeedBytes.Encoding encoding) {
        byte[] bytes = encoding.encode(html);
        assertCleanedOrRejected(FuzzStats.timed(bytes.length, () -> PageBody.of("page.html", bytes)));
    }

    static void assertCleanedOrRejected(PageBody body) {
        if (body.cleaned() instanceof Outcome.Ok<CleanedSeed> ok) {
            assertFalse(ok.value().blocks().isEmpty(), "an article has blocks");
            for (Block b : ok.value().blocks()) assertFalse(b.text().isBlank(), "a block has text: " + b);
        } else {
            assertTrue(body.cleaned() instanceof Outcome.Failed<CleanedSeed> f && !f.problem().reason().isBlank(), "a rejected seed has a reason");
        }
    }
}

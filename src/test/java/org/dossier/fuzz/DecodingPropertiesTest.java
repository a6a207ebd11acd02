package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.ingest.Sha256;
import org.dossier.report.Outcome;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding takes any bytes: it gives clean text or a reason, and never throws. */
@AddLifecycleHook(FuzzBudget.class)
class DecodingPropertiesTest {
    @Provide
    Arbitrary<byte[]> seedBytes() {
        return SeedBytes.any();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("seed.txt", "page.html", "page.HTM", "story.xhtml", "noextension", "dir/sub/file.txt", "ünïcode name.txt");
    }

    @Property
    void decodingAnyBytesNeverThrowsAndGivesTextWithoutCarriageReturnsOrAReason(@ForAll("seedBytes") byte[] bytes, @ForAll("names") String name) {
        Outcome<Seed> decoded = FuzzStats.timed(bytes.length, () -> SeedReader.decode(name, Path.of(name), bytes));
        if (decoded instanceof Outcome.Ok<Seed> ok) {
            Seed s = ok.value();
            assertNotNull(s.text());
            assertFalse(s.text().isEmpty(), "an Ok seed has text");
            assertTrue(s.text().indexOf('\r') < 0, "carriage return left in the text");
            assertEquals(bytes.length, s.size());
            assertEquals(Sha256.hex(bytes), s.sha256());
            assertEquals(name, s.source());
            assertNotNull(s.kind());
            assertFalse(s.decoding().isBlank(), "says how it was decoded");
        } else {
            String reason = ((Outcome.Failed<Seed>) decoded).problem().reason();
            assertNotNull(reason);
            assertFalse(reason.isBlank(), "a rejected seed has a reason");
        }
    }

    /** Kept apart from the property above so that a failure here does not stop the search for crashes there. */
    @Property
    void decodedTextNeverStartsWithAByteOrderMark(@ForAll("seedBytes") byte[] bytes, @ForAll("names") String name) {
        Outcome<Seed> decoded = FuzzStats.timed(bytes.length, () -> SeedReader.decode(name, Path.of(name), bytes));
        if (decoded instanceof Outcome.Ok<Seed> ok) {
            assertFalse(ok.value().text().startsWith("\uFEFF"), "byte-order mark left at the start of the text (decoded as " + ok.value().decoding() + ")");
        }
    }
}

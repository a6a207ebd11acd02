package org.dossier.fuzz;

import org.dossier.ingest.Seed;
import org.dossier.report.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every input that ever broke decoding, cleaning or sanitising, kept as a file in
 * {@code src/test/resources/fuzz-regressions/} (see its README.md) and run through decode, clean and BodyHtml with
 * the fuzz properties' invariants: nothing throws, decoded text has no CR and no leading byte-order mark, BodyHtml
 * accepts the cleaned article and nothing unsafe reaches its HTML.
 */
class FuzzRegressionTest {
    static final Path DIR = Path.of("src/test/resources/fuzz-regressions");

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void savedInputDecodesCleansAndReachesAPageSafely(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        PageBody body = PageBody.of(name, bytes);
        if (body.decoded() instanceof Outcome.Ok<Seed> ok) {
            assertTrue(ok.value().text().indexOf('\r') < 0, name + ": carriage return left in the decoded text");
            assertFalse(ok.value().text().startsWith("\uFEFF"), name + ": byte-order mark left at the start of the decoded text");
        }
        assertTrue(body.refused().isEmpty(), () -> name + ": " + body.describe());
        assertTrue(body.leaks().isEmpty(), () -> name + ": " + body.describe());
    }
}

package org.dossier.ingest;

import org.dossier.config.Config;
import org.dossier.report.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SeedSizeTest {
    /**
     * {@code /proc/self/pagemap} reports a size of 0 and holds 8 bytes for every page of the address space: hundreds of
     * gigabytes. Trusting the reported size reads on until memory runs out; counting the bytes stops after the limit.
     */
    @Test
    void enforcesTheSizeLimitOnTheBytesReadNotOnTheReportedSize() throws Exception {
        Path proc = Path.of("/proc/self").toRealPath();
        Path pagemap = proc.resolve("pagemap");
        assumeTrue(Files.isReadable(pagemap) && Files.size(pagemap) == 0, "no /proc/self/pagemap reporting size 0 here");
        Outcome<byte[]> read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> SeedReader.readBytes(proc, pagemap));
        String reason = ((Outcome.Failed<byte[]>) read).problem().reason();
        assertEquals(String.format(java.util.Locale.ROOT, "too large (over %,d bytes, the limit): split it or trim it",
                Config.MAX_SEED_BYTES), reason);
    }
}

package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A folder or file the build may not read is rejected with its reason, named relative to the seeds folder. */
class UnreadableSeedsTest {
    /** Root reads anything: without these two capabilities, permissions hold for it too. */
    private static final List<String> WITHOUT_ROOTS_READ = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");

    @TempDir
    Path dir;

    @Test
    void rejectsAnUnreadableFolderAndFileWithReasonsAndPublishesNoMachinePath() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Files.createDirectories(seeds.resolve("private"));
        Files.writeString(seeds.resolve("private/a.txt"), SeedTexts.article(1));
        Files.writeString(seeds.resolve("locked.txt"), SeedTexts.article(2));
        Files.setPosixFilePermissions(seeds.resolve("private"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(seeds.resolve("locked.txt"), PosixFilePermissions.fromString("---------"));
        Sites.Run run;
        try {
            if (!Files.isReadable(seeds.resolve("locked.txt"))) {
                run = Sites.build(seeds, dir.resolve("site"));
            } else {
                assumeTrue(canDropRootsRead(), "running as root without setpriv: permissions cannot be made to hold");
                run = Jvm.build(WITHOUT_ROOTS_READ, Optional.empty(), seeds, dir.resolve("site"));
            }
        } finally {
            Files.setPosixFilePermissions(seeds.resolve("private"), PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(seeds.resolve("locked.txt"), PosixFilePermissions.fromString("rw-------"));
        }
        assertEquals(0, run.exit(), run.stderr());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("site/data/report.json").toFile());
        assertEquals(Map.of("private", "folder cannot be read (permission denied); its files are left out",
                "locked.txt", "cannot be read (permission denied)"), Sites.rejected(report));
        String machinePath = seeds.toAbsolutePath().toString();
        assertFalse(run.stderr().contains(machinePath), run.stderr());
        assertFalse(Files.readString(dir.resolve("site/data/report.json")).contains(machinePath));
        assertFalse(Sites.reportFiles(dir.resolve("site")).toString().contains(machinePath));
        assertFalse(Files.readString(dir.resolve("site/report.html")).contains(machinePath));
    }

    private static boolean canDropRootsRead() {
        try {
            List<String> probe = new java.util.ArrayList<>(WITHOUT_ROOTS_READ);
            probe.add("true");
            return new ProcessBuilder(probe).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

package org.dossier.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site holds exactly what its manifest lists, whatever the names, and verify names everything else. */
class SiteIntegrityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void namesWithLineBreaksAndBackslashesAreOneEscapedManifestLineEachAndVerifyIntact() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        List<String> names = List.of("line\nfeed.txt", "carriage\rreturn.txt", "tab\there.txt", " leading space.txt");
        for (String name : names) {
            Files.writeString(seeds.resolve(name), " date 2020-05-0" + (names.indexOf(name) + 1) + " Biden Campaign Notes " + names.indexOf(name)
                    + "\n\nJoe Biden's campaign released a statement on Friday about the schedule of events planned for the "
                    + "coming weeks, number " + names.indexOf(name) + ", and said volunteers were welcome.\n", StandardCharsets.UTF_8);
        }
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("pages"));
        // Seeds are published under safe names in originals/; curated files keep theirs, whatever they hold.
        for (String name : List.of("line\nfeed.txt", "carriage\rreturn.txt", "back\\slash.txt", "tab\there.txt")) {
            Files.writeString(content.resolve("pages").resolve(name), "A curated file, copied as it is.\n");
        }
        Path site = dir.resolve("site");
        Sites.Run r = Sites.build(seeds, site, "--content", content.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(Sites.rejected(JSON.readTree(site.resolve("data/report.json").toFile())).isEmpty(), r.stderr());

        List<String> lines = List.of(Files.readString(site.resolve("data/manifest-sha256.txt")).split("\n"));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\\\[0-9a-f]{64}  line\\\\nfeed\\.txt")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\\\[0-9a-f]{64}  carriage\\\\rreturn\\.txt")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\\\[0-9a-f]{64}  back\\\\\\\\slash\\.txt")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9a-f]{64}  tab\there\\.txt")), "plain names stay as they are");
        assertTrue(lines.stream().allMatch(l -> l.matches("\\\\?[0-9a-f]{64}  [^\r]+")), String.join("\n", lines));

        IntegrityTest.Result v = IntegrityTest.verify(site);
        assertEquals(0, v.exit(), v.err());

        Files.writeString(site.resolve("line\nfeed.txt"), "tampered");
        v = IntegrityTest.verify(site);
        assertEquals(1, v.exit(), v.err());
        assertTrue(v.err().contains("line\\nfeed.txt: changed"), v.err());
        assertEquals(2, v.err().split("\n").length, "one line per problem, then the total: " + v.err());
    }

    @Test
    void verifyNamesEverySymlinkFolderAndFifoTheManifestDoesNotList() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, Sites.build(Sites.SEEDS, site).exit());
        assertEquals(0, IntegrityTest.verify(site).exit());

        Files.createSymbolicLink(site.resolve("x.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(site.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(site.resolve("dangling.html"), dir.resolve("no-such-file"));
        Files.createDirectories(site.resolve("empty/deeper"));
        Files.createDirectories(site.resolve("people/drafts"));
        Path fifo = site.resolve("articles/pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // A listed file swapped for a link to a copy of itself: the same bytes, but no longer the site's file.
        Path copy = dir.resolve("report-copy.html");
        Files.copy(site.resolve("report.html"), copy);
        Files.delete(site.resolve("report.html"));
        Files.createSymbolicLink(site.resolve("report.html"), copy);

        IntegrityTest.Result v = IntegrityTest.verify(site);
        assertEquals(1, v.exit(), v.err());
        for (String expected : List.of("x.txt: extra symlink (not in the manifest; never followed)",
                "etc: extra symlink (not in the manifest; never followed)",
                "dangling.html: extra symlink",
                "empty/: extra folder", "empty/deeper/: extra folder", "people/drafts/: extra folder",
                "articles/pipe: extra fifo", "report.html: a symlink where the manifest lists a file")) {
            assertTrue(v.err().contains(expected), expected + " in:\n" + v.err());
        }
        assertTrue(v.err().contains(": 8 problem(s)"), v.err());
    }
}

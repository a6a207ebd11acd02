package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.net.StandardProtocolFamily.UNIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every entry of the seeds folder ends as an article, a duplicate or a rejected file with its reason: links out of
 * the folder publish nothing, special files are never opened, version-control and hidden folders are skipped once.
 */
class SeedFilesTest {
    @TempDir
    static Path dir;
    static Sites.Run site;
    static JsonNode report;
    static List<JsonNode> files;
    static boolean deviceMade;

    @BeforeAll
    static void build() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Files.createSymbolicLink(seeds.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(seeds.resolve("status.txt"), Path.of("/proc/self/status"));
        Files.createDirectories(seeds.resolve("sub"));
        Files.writeString(seeds.resolve("sub/inside.txt"), SeedTexts.article(1));
        Files.createSymbolicLink(seeds.resolve("zz-link.txt"), Path.of("sub/inside.txt"));
        Files.createSymbolicLink(seeds.resolve("dangling.txt"), Path.of("missing.txt"));
        Files.createSymbolicLink(seeds.resolve("folder-link"), Path.of("sub"));
        Files.createSymbolicLink(seeds.resolve("etc-link"), Path.of("/etc"));
        assertEquals(0, new ProcessBuilder("mkfifo", seeds.resolve("fifo.txt").toString()).inheritIO().start().waitFor());
        try (ServerSocketChannel socket = ServerSocketChannel.open(UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(seeds.resolve("socket.txt")));
        }
        deviceMade = new ProcessBuilder("mknod", seeds.resolve("null.txt").toString(), "c", "1", "3").start().waitFor() == 0;
        Files.createDirectories(seeds.resolve(".git/objects/ab"));
        Files.writeString(seeds.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(seeds.resolve(".git/objects/ab/cdef"), SeedTexts.article(2));
        Files.createDirectories(seeds.resolve("sub/.cache"));
        Files.writeString(seeds.resolve("sub/.cache/page.txt"), SeedTexts.article(3));
        Files.write(seeds.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        // A fifo opened for reading waits for a writer for ever: the build must not open it.
        site = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> Sites.build(seeds, dir.resolve("site")));
        report = new ObjectMapper().readTree(dir.resolve("site/data/report.json").toFile());
        files = Sites.reportFiles(dir.resolve("site"));
    }

    private static Map<String, String> rejected() {
        return Sites.rejected(report);
    }

    @Test
    void rejectsLinksToFilesOutsideTheSeedsFolderWithReason() {
        assertEquals(0, site.exit(), site.stderr());
        assertEquals("link to a file outside the seeds folder; copy the file in instead", rejected().get("passwd.txt"));
        assertEquals("link to a file outside the seeds folder; copy the file in instead", rejected().get("status.txt"));
    }

    @Test
    void noHostFileReachesOriginalsSearchShardsOrAnyPage() throws IOException {
        assertFalse(Files.exists(dir.resolve("site/originals/passwd.txt")));
        assertFalse(Files.exists(dir.resolve("site/originals/status.txt")));
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("site"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("root:x:0:0") || text.contains("TracerPid"), "host file content in " + f);
        }
    }

    @Test
    void readsALinkToAFileInsideTheSeedsFolder() {
        JsonNode duplicate = report.get("duplicates").get(0);
        assertEquals("zz-link.txt", duplicate.get("source").asText(), report.get("duplicates").toString());
        assertEquals("sub/inside.txt", duplicate.get("duplicateOf").asText());
    }

    @Test
    void rejectsFifosSocketsBrokenLinksAndLinksToFoldersWithReasons() {
        Map<String, String> r = rejected();
        assertEquals("named pipe (fifo), not a regular file (not read)", r.get("fifo.txt"));
        assertEquals("socket, not a regular file (not read)", r.get("socket.txt"));
        assertEquals("broken link (its target does not exist)", r.get("dangling.txt"));
        assertEquals("link to a folder, not followed (copy or move the folder in instead)", r.get("folder-link"));
        assertEquals("link to a folder, not followed (copy or move the folder in instead)", r.get("etc-link"));
    }

    @Test
    void rejectsDeviceFilesWithReason() {
        assumeTrue(deviceMade, "mknod is not permitted here");
        assertEquals("character device, not a regular file (not read)", rejected().get("null.txt"));
    }

    @Test
    void skipsVersionControlAndHiddenFoldersSayingSoOnceEach() {
        assertEquals(1, site.stderr().split("\\.git", -1).length - 1, site.stderr());
        assertTrue(site.stderr().contains("warning: .git: version-control folder skipped"), site.stderr());
        assertTrue(site.stderr().contains("warning: sub/.cache: hidden folder skipped"), site.stderr());
        files.forEach(f -> assertFalse(f.get("source").asText().contains(".git/")
                || f.get("source").asText().contains(".cache/"), f.toString()));
    }

    /** A hidden file is read like any other (a saved article may be named so); a system's own is no article. */
    @Test
    void readsHiddenFilesLikeAnyOther() {
        assertEquals("binary file (contains NUL bytes), not an article", rejected().get(".DS_Store"));
    }

    @Test
    void accountsForEveryEntryOfTheSeedsFolder() {
        assertTrue(site.stderr().contains("4 articles, 1 duplicate, " + (deviceMade ? 9 : 8) + " rejected"), site.stderr());
        assertEquals(deviceMade ? 14 : 13, files.size(), files.toString());
    }
}

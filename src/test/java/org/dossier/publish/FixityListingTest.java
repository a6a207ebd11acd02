package org.dossier.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An incremental build's manifest is the live one with its changed lines spliced in: byte for byte the manifest a
 * build writes in full from every file's digest, whatever the paths (escaped ones, letters beyond the first 65,536,
 * which UTF-8 and Java's strings order differently).
 */
class FixityListingTest {
    @Property(tries = 200)
    void aSplicedManifestIsTheManifestWrittenInFull(@ForAll("sites") Map<String, String> before, @ForAll("sites") Map<String, String> changes,
                                                    @ForAll("sites") Map<String, String> removals) throws Exception {
        Path dir = Files.createTempDirectory("listing");
        try {
            Fixity.write(dir, new TreeMap<>(before));
            Fixity.Listing live = Fixity.Listing.read(dir);
            for (Map.Entry<String, String> e : before.entrySet()) assertEquals(e.getValue(), live.digest(e.getKey()));
            assertEquals(new ArrayList<>(new TreeSet<>(before.keySet())), list(live.paths()));
            assertEquals(Fixity.folders(before.keySet()), live.folders());

            SortedMap<String, String> put = new TreeMap<>(changes);
            Set<String> deleted = new TreeSet<>(removals.keySet());
            deleted.retainAll(before.keySet());
            deleted.removeAll(put.keySet());
            SortedMap<String, String> after = new TreeMap<>(before);
            after.keySet().removeAll(deleted);
            after.putAll(put);
            Path full = Files.createTempDirectory("full");
            try {
                java.io.ByteArrayOutputStream spliced = new java.io.ByteArrayOutputStream();
                live.spliced(spliced, put, deleted);
                assertArrayEquals(Fixity.write(full, after), spliced.toByteArray());
            } finally {
                Files.delete(full.resolve(Fixity.MANIFEST));
                Files.delete(full.resolve("data"));
                Files.delete(full);
            }
            assertNull(live.digest("no/such/file.html"));
        } finally {
            Files.delete(dir.resolve(Fixity.MANIFEST));
            Files.delete(dir.resolve("data"));
            Files.delete(dir);
        }
    }

    /** A manifest edited by hand reads the same, line for line, as a listing and as a map: malformed lines left out. */
    @Property(tries = 200)
    void aListingReadsTheLinesTheManifestReads(@ForAll("lines") List<String> lines, @ForAll boolean crlf) throws Exception {
        Path dir = Files.createTempDirectory("listing");
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve(Fixity.MANIFEST), String.join(crlf ? "\r\n" : "\n", lines));
            Map<String, String> read = Fixity.read(dir);
            Fixity.Listing listing = Fixity.Listing.read(dir);
            // A path listed twice is read once by the map, and its two lines by the listing.
            assertEquals(new TreeSet<>(read.keySet()), new TreeSet<>(list(listing.paths())));
        } finally {
            Files.delete(dir.resolve(Fixity.MANIFEST));
            Files.delete(dir.resolve("data"));
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> sha = Arbitraries.strings().withChars("0123456789abcdefA\n ").ofMinLength(60).ofMaxLength(66);
        Arbitrary<String> good = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        Arbitrary<String> path = Arbitraries.of("a", "b/c.html", "x\\\\y", "x\\ny", "x\\q", "", " ", "é/z", "\r");
        Arbitrary<String> line = Arbitraries.oneOf(
                Combinators.combine(good, path).as((d, p) -> d + "  " + p),
                Combinators.combine(good, path).as((d, p) -> "\\" + d + "  " + p),
                Combinators.combine(sha, path).as((d, p) -> d + "  " + p),
                Combinators.combine(good, path).as((d, p) -> d + " " + p),
                Arbitraries.strings().withChars("ab \\").ofMaxLength(5));
        return line.list().ofMaxSize(12);
    }

    private static List<String> list(Iterable<String> paths) {
        List<String> out = new ArrayList<>();
        paths.forEach(out::add);
        return out;
    }

    @Provide
    Arbitrary<Map<String, String>> sites() {
        Arbitrary<String> name = Arbitraries.of("a", "b", "index.html", "articles", "x\\y", "line\nfeed", "\uFF21", "\uD83D\uDE00",
                "é", "people", "z.html");
        Arbitrary<String> path = name.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("/", parts));
        Arbitrary<String> sha = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        return Arbitraries.maps(path, sha).ofMaxSize(30);
    }
}

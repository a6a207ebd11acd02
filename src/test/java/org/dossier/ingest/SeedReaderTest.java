package org.dossier.ingest;

import org.dossier.report.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedReaderTest {
    static Outcome<Seed> decode(byte[] bytes) {
        return SeedReader.decode("x.txt", Path.of("x.txt"), bytes);
    }

    static String reason(Outcome<Seed> o) {
        return ((Outcome.Failed<Seed>) o).problem().reason();
    }

    @Test
    void decodesWindows1252WhenTheBytesAreNotUtf8AndSaysSo() {
        Seed s = ((Outcome.Ok<Seed>) decode("“Café” – naïve".getBytes(Charset.forName("windows-1252")))).value();
        assertEquals("“Café” – naïve", s.text());
        assertEquals("windows-1252 (not valid UTF-8)", s.decoding());
    }

    @Test
    void stripsUtf8ByteOrderMarkAndNormalisesLineEndings() {
        byte[] b = "\uFEFFone\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8);
        Seed s = ((Outcome.Ok<Seed>) decode(b)).value();
        assertEquals("one\ntwo\nthree", s.text());
        assertEquals("UTF-8 with BOM", s.decoding());
    }

    /** HTML and the Atom feed forbid control characters: a page that carried one would be invalid (found by check-site). */
    @Test
    void replacesControlCharactersBySpacesAndFormFeedsByLineBreaksAndSaysHowMany() {
        Seed s = ((Outcome.Ok<Seed>) decode("Ctrl \u0001 title\fBody \u000b vt \u007f del \u001b[31m and \u0085 next, said the mayor.\tEnd"
                .getBytes(StandardCharsets.UTF_8))).value();
        assertEquals("Ctrl   title\nBody   vt   del  [31m and   next, said the mayor.\tEnd", s.text());
        assertEquals("UTF-8 (5 control characters replaced by spaces)", s.decoding());
    }

    @Test
    void rejectsEmptyWhitespaceNulAndImageBytes() {
        assertTrue(reason(decode(new byte[0])).startsWith("empty file"));
        assertTrue(reason(decode(" \n\t\u00A0".getBytes(StandardCharsets.UTF_8))).startsWith("whitespace-only"));
        assertTrue(reason(decode(new byte[] {'a', 0, 'b'})).contains("NUL"));
        assertTrue(reason(decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2})).contains("JPEG"));
    }

    @Test
    void treatsMarkupSavedUnderATxtNameAsHtml() {
        Seed s = ((Outcome.Ok<Seed>) decode("<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8))).value();
        assertEquals(Seed.Kind.HTML, s.kind());
    }

    /** The build takes each seed's name from the listing: made once per seed, it must be the name the reader gives. */
    @Test
    void listsEachFileWithItsSourceNameInCodePointOrder(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (String name : List.of("b/z.txt", "a.txt", "b/~x y.txt", "b/a.txt", "B.txt")) {
            Path f = seeds.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, name);
        }
        SeedReader.Listing listing = SeedReader.list(seeds);
        assertEquals(List.of("B.txt", "a.txt", "b/a.txt", "b/z.txt", "b/~x y.txt"), listing.sources());
        assertEquals(listing.sources(), listing.files().stream().map(f -> SeedReader.sourceName(seeds, f)).toList());
    }
}

package org.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundedHeapTest {
    @TempDir
    Path seeds;

    @Test
    void aFlatFolderOfSeedsIsCountedByItsNamesWithWebArchivesByTheirSize() throws IOException {
        for (int i = 0; i < 5; i++) Files.writeString(seeds.resolve(i + ".txt"), "An article " + i);
        Files.write(seeds.resolve("crawl.warc.gz"), new byte[35 * 10_240]);
        Files.write(seeds.resolve("tiny.wacz"), new byte[10]);

        assertEquals(5 + 35 + 1, BoundedHeap.seedCount(seeds));
    }

    @Test
    void seedsInSubFoldersAreCountedWhereverTheyLie() throws IOException {
        Files.writeString(seeds.resolve("top.txt"), "An article");
        Path year = Files.createDirectories(seeds.resolve("2019.archive").resolve("march"));
        for (int i = 0; i < 4; i++) Files.writeString(year.resolve(i + ".html"), "<p>An article</p>");
        Files.write(year.resolve("site.warc"), new byte[20 * 10_240]);

        assertEquals(1 + 4 + 20, BoundedHeap.seedCount(seeds));
    }
}

package org.dossier.write;

import org.dossier.clean.Block;
import org.dossier.extract.Article;
import org.dossier.extract.TextFingerprint;
import org.dossier.report.Removals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two seeds with the same bytes (an article saved twice, under two names) are one article with one content page. The
 * build writes seeds on every core, so both may write that page at the same moment: it must come out whole, and the
 * same whichever thread comes first.
 */
class SharedContentPageTest {
    @TempDir
    Path dir;

    private static final List<Block> BLOCKS = List.of(
            new Block.Paragraph("The council voted on Tuesday.", "The council voted on Tuesday."),
            new Block.Paragraph("The plan takes effect in May.", "The plan takes effect in May."));

    @Test
    void anArticleTwoSeedsShareIsWrittenWholeUnderTheFirstSourceInNameOrderWhateverTheThreadsDo() throws Exception {
        // Names of different lengths: the longer page's tail is what a torn write leaves behind the shorter one.
        Article first = article("report-again.txt"), second = article("report.txt");
        String expected = ContentPages.page(first, BLOCKS);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 300; round++) {
                ContentPages pages = new ContentPages(dir.resolve("work" + round));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Article> order = round % 2 == 0 ? List.of(first, second) : List.of(second, first);
                List<Future<Void>> writes = order.stream().map(a -> threads.submit(() -> {
                    start.await();
                    pages.write(a, BLOCKS);
                    return (Void) null;
                })).toList();
                for (Future<Void> w : writes) w.get();
                assertEquals(expected, Files.readString(pages.page(first.id()), StandardCharsets.UTF_8), "round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Article article(String source) {
        return new Article("report-1a2b3c4d", source, "0".repeat(64), 120, "UTF-8", "Council votes", "header", Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), 0, Removals.none(), List.of(),
                new TextFingerprint(1, 2, new long[TextFingerprint.HASHES]), "key", Optional.empty());
    }
}

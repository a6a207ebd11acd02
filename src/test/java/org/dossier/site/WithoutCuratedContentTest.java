package org.dossier.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An archive with no curated content of its own (run from any folder) still links only files that exist. */
class WithoutCuratedContentTest {
    @TempDir
    Path dir;

    @Test
    void aSiteWithoutCuratedPagesGetsTheDefaultAboutPageAndNoBrokenLink() throws IOException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        Path empty = Files.createDirectories(dir.resolve("no-content"));
        Path site = dir.resolve("site");
        Sites.Run run = Sites.build(seeds, site, "--content", empty.toString());
        assertEquals(0, run.exit(), run.stderr());

        Document about = Jsoup.parse(site.resolve("about.html").toFile(), "UTF-8");
        assertTrue(about.select("h1").text().contains("About this archive"), about.select("h1").text());
        assertEquals(1, about.select("article.page a[href=report.html]").size());
        assertEquals(List.of(), Sites.brokenLinks(site));
    }
}

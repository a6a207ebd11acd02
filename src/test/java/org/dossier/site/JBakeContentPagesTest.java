package org.dossier.site;

import org.dossier.write.ContentPages;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content pages a build writes are JBake's: JBake's own parser reads from each the body the archive renders and
 * the metadata its article page shows (duplicates have a content page but no article page of their own).
 */
class JBakeContentPagesTest {
    @TempDir
    Path dir;

    @Test
    void everyContentPageReadsWithJBakesOwnParserAsTheArchiveReadsIt() throws Exception {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS, Path.of("src/test/resources/devset/seeds"));
        Path site = dir.resolve("site");
        Sites.Run run = Sites.build(seeds, site);
        assertEquals(0, run.exit(), run.stderr());

        Path pages = dir.resolve(".dossier/site/articles");
        Files.createDirectories(dir.resolve("jbake"));
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(dir.resolve("jbake").toFile(), dir.resolve("jbake-out").toFile(), false);
        Parser parser = new Parser(config);
        List<Path> all;
        try (Stream<Path> s = Files.list(pages)) {
            all = s.sorted().toList();
        }
        int shown = 0;
        for (Path page : all) {
            DocumentModel doc = parser.processFile(page.toFile());
            assertNotNull(doc, "JBake could not parse " + page.getFileName());
            assertEquals(doc.getBody(), ContentPages.body(page), page.getFileName().toString());
            assertEquals("article", doc.getType());
            assertEquals("published", doc.getStatus());

            String id = (String) doc.get("id");
            // a duplicate keeps its content page but gets no article page of its own
            if (!Files.exists(site.resolve("articles/" + id + ".html"))) continue;
            shown++;
            Document article = run.page("articles/" + id + ".html");
            assertEquals(doc.getTitle(), article.selectFirst("h1#article-title").text(), id);
            assertEquals(doc.get("sha256"), article.selectFirst("code.hash").text(), id);
            @SuppressWarnings("unchecked")
            List<String> people = (List<String>) ((Map<String, Object>) doc.get("people")).get("names");
            assertEquals(people, article.select(".people-line a.person").eachText(), id);
            assertFalse(doc.getBody().isBlank(), id);
        }
        assertTrue(shown >= 20, "article pages checked: " + shown);
    }
}

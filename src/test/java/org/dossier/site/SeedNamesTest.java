package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.ingest.Sha256;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a seed is called, it becomes an article (or is named with its reason), and its original is linked. */
class SeedNamesTest {
    @TempDir
    static Path dir;
    static Sites.Run site;
    static JsonNode report;
    static JsonNode articles;

    static final String LONG = "x".repeat(245) + ".html";
    /** Every seed by the name the report gives it. */
    static final Set<String> SOURCES = new TreeSet<>(List.of("000_edb852ce98d0f322.txt", "001_9c26234b053ef2da.txt",
            "002_00d09475fcb2e337.txt", "report\\2020.txt", "story.html", "story.html.txt", LONG, "caf%E9.txt", "café.txt",
            "Notes.txt", "notes.txt", "-rf.txt", "line%0Abreak.txt", "esc%1B]0;title%07.txt", "aux.txt", "100%.txt", "sub/deeper/inside.txt"));

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        Path seeds = Sites.seedsFrom(dir, Sites.SEEDS);
        int n = 0;
        for (String name : SOURCES) {
            if (name.startsWith("00") || name.equals("caf%E9.txt")) continue;
            // Control characters are named by their bytes, as a terminal or a page cannot show them.
            Path f = seeds.resolve(name.replace("%0A", "\n").replace("%1B", "\u001b").replace("%07", "\u0007"));
            Files.createDirectories(f.getParent());
            String text = SeedTexts.article(++n);
            if (name.endsWith(".html")) {
                String[] lines = text.strip().split("\n\n");
                text = "<html><body><article><h1>" + lines[0].replaceFirst("date \\S+ ", "") + "</h1><p>"
                        + String.join("</p><p>", List.of(lines).subList(1, lines.length)) + "</p></article></body></html>";
            }
            Files.writeString(f, text);
        }
        // A Latin-1 name: its bytes are not UTF-8, so the JDK cannot spell it; the shell makes it.
        Files.writeString(dir.resolve("latin1.txt"), SeedTexts.article(++n));
        Process p = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$(printf 'caf\\351.txt')\"", dir.resolve("latin1.txt").toString())
                .directory(seeds.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        site = Sites.build(seeds, dir.resolve("site"));
        report = new ObjectMapper().readTree(dir.resolve("site/data/report.json").toFile());
        articles = new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile());
    }

    @Test
    void buildsWhateverTheNamesAndAccountsForEverySeedByItsName() throws IOException {
        assertEquals(0, site.exit(), site.stderr());
        Set<String> reported = new TreeSet<>();
        Sites.reportFiles(dir.resolve("site")).forEach(f -> reported.add(f.get("source").asText()));
        assertEquals(SOURCES, reported);
        assertEquals(SOURCES.size(), articles.size(), site.stderr());
    }

    @Test
    void namesAFileWhoseNameIsNotUtf8WithPercentEscapesOfItsBytes() {
        assertTrue(article("caf%E9.txt") != null, articles.toString());
    }

    @Test
    void originalsHaveUniqueBoundedSafeNamesEvenWithCaseIgnored() throws IOException {
        List<Path> originals;
        try (Stream<Path> s = Files.walk(dir.resolve("site/originals"))) {
            originals = s.filter(Files::isRegularFile).toList();
        }
        assertEquals(SOURCES.size(), originals.size());
        Set<String> folded = new HashSet<>();
        for (Path o : originals) {
            String rel = dir.resolve("site").relativize(o).toString();
            assertTrue(folded.add(rel.toLowerCase(Locale.ROOT)), "two originals differ only in case: " + rel);
            for (String part : rel.split("/")) {
                assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 200, rel);
                assertTrue(part.matches("[A-Za-z0-9_][A-Za-z0-9._ -]*[A-Za-z0-9_-]"), "unsafe name: " + rel);
            }
        }
    }

    @Test
    void eachArticleLinksItsOwnOriginalBytes() throws IOException {
        for (JsonNode a : articles) {
            Element link = site.page(a.get("url").asText()).selectFirst("a.original-link");
            String href = java.net.URLDecoder.decode(link.attr("href").replace("+", "%2B"), StandardCharsets.UTF_8);
            Path original = dir.resolve("site").resolve(a.get("url").asText()).getParent().resolve(href).normalize();
            assertEquals(a.get("sha256").asText(), Sha256.hex(Files.readAllBytes(original)), a.get("source").asText());
        }
        assertEquals(List.of(), Sites.brokenLinks(dir.resolve("site")));
    }

    @Test
    void aSafeNameStaysAsItIsAndTheSeedWithThatNameKeepsIt() throws IOException {
        assertEquals(article("story.html.txt").get("sha256").asText(),
                Sha256.hex(Files.readAllBytes(dir.resolve("site/originals/story.html.txt"))));
        assertTrue(Files.isRegularFile(dir.resolve("site/originals/000_edb852ce98d0f322.txt")));
        assertTrue(Files.isRegularFile(dir.resolve("site/originals/sub/deeper/inside.txt")));
    }

    private static JsonNode article(String source) {
        for (JsonNode a : articles) if (a.get("source").asText().equals(source)) return a;
        return null;
    }
}

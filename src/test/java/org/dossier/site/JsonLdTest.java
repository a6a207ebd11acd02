package org.dossier.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema.org JSON-LD is valid JSON, and stays inside its script element, whatever a title or a name holds. */
class JsonLdTest {
    /** Everything that once broke out of a script element or out of JSON: comment openers, closing tags, escapes. */
    private static final String HOSTILE = "<!-- x </script><script>alert(1)</script> <SCRIPT \"quoted\" back\\slash \u0007bell \u2028line & >";
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dir;

    @Test
    void everyJsonLdBlockParsesAndRoundTripsHostileTitlesAndNames() throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("a.txt"), " date 2020-04-02 Senate vote " + HOSTILE + "\n\n"
                + "Joe Biden spoke on Thursday about the vote. " + HOSTILE + " The senators met again in the evening.\n\n"
                + "A second paragraph says what was decided, and why the vote was delayed until the spring.\n");
        Files.writeString(seeds.resolve("b.txt"), " date 2020-05-01 A quiet budget week\n\n"
                + "Joe Biden and the committee met on the budget. Nothing unusual happened, and the report was filed.\n\n"
                + "A second paragraph about the budget, the committee and its members, for enough text.\n");
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("corrections"));
        Files.createDirectories(content.resolve("people"));
        // Properties syntax: the title's backslash doubled; names separated by ';'.
        Files.writeString(content.resolve("corrections/b.txt.properties"),
                "title=Budget " + HOSTILE.replace("\\", "\\\\") + "\npeople.add=Ann <!--O'Neil; Bob </script><script> \"Smith\"\n");
        Files.writeString(content.resolve("people/joe-biden.md"), "name: Joe Biden\naliases: <!-- Joe; Joe </script> B\n\nA bio.\n");

        Sites.Run r = Sites.build(seeds, dir.resolve("site"), "--content", content.toString());
        assertEquals(0, r.exit(), r.stderr());

        Map<String, String> titleByUrl = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (JsonNode a : STRICT.readTree(dir.resolve("site/data/articles.json").toFile())) {
            titleByUrl.put(a.get("url").asText(), a.get("title").asText());
            a.get("people").forEach(p -> people.add(p.asText()));
        }
        assertTrue(titleByUrl.values().stream().anyMatch(t -> t.contains("<!--") && t.contains("</script>")), titleByUrl.toString());
        assertTrue(people.stream().anyMatch(p -> p.contains("</script>")), people.toString());

        int articles = 0, persons = 0;
        for (Path html : Sites.files(r.out(), ".html")) {
            String path = r.out().relativize(html).toString();
            Document page = r.page(path);
            List<Element> blocks = page.select("script[type=application/ld+json]");
            assertEquals(count(r.text(path), "<script"), page.select("script").size(), path + ": a script element inside another");
            for (Element block : blocks) {
                assertFalse(block.data().contains("<"), path + ": '<' inside JSON-LD: " + block.data());
                JsonNode ld = STRICT.readTree(block.data());
                switch (ld.get("@type").asText()) {
                    case "NewsArticle" -> {
                        assertEquals(titleByUrl.get(path), ld.get("headline").asText(), path);
                        articles++;
                    }
                    case "Person" -> {
                        assertTrue(people.contains(ld.get("name").asText()), path + ": " + ld);
                        persons++;
                    }
                    default -> throw new AssertionError(path + ": unexpected JSON-LD " + ld);
                }
            }
        }
        assertEquals(titleByUrl.size(), articles);
        assertTrue(persons >= 3, "person pages with JSON-LD: " + persons);
        JsonNode biden = STRICT.readTree(r.page("people/joe-biden.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals("Joe </script> B", biden.get("alternateName").get(1).asText());
    }

    /** Occurrences, in any case, as an HTML parser finds tags: what Jsoup should see as that many elements. */
    private static int count(String text, String tag) {
        Matcher m = Pattern.compile(Pattern.quote(tag), Pattern.CASE_INSENSITIVE).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}

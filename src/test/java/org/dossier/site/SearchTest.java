package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Search finds every word of the texts, the names of JavaScript's object members included. */
class SearchTest {
    /** Each is, folded as search folds it, a member of every plain JavaScript object or close to one. */
    private static final List<String> MEMBER_NAMES = List.of("constructor", "prototype", "toString", "__proto__", "hasOwnProperty",
            "valueOf", "isPrototypeOf", "toLocaleString", "propertyIsEnumerable", "__defineGetter__");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Sites.Run site;
    static String memberArticle;

    @BeforeAll
    static void build() throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("members.txt"), " date 2021-03-04 The programmers' reading group\n\n"
                + "At the meeting the reading group discussed " + String.join(", ", MEMBER_NAMES) + " at length.\n\n"
                + "Members agreed to meet again in the spring and to read a chapter each before then.\n");
        Files.writeString(seeds.resolve("other.txt"), " date 2021-03-05 The gardeners' club\n\n"
                + "At the meeting the club discussed tomatoes, beans and the weather at length.\n\n"
                + "Members agreed to meet again in the spring and to plant a row each before then.\n");
        site = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, site.exit(), site.stderr());
        for (JsonNode a : JSON.readTree(dir.resolve("site/data/articles.json").toFile())) {
            if (a.get("source").asText().equals("members.txt")) memberArticle = a.get("url").asText();
        }
    }

    @Test
    void indexHoldsObjectMemberNamesAsTerms() throws IOException {
        String js = site.text("search/index.js");
        String prefix = "window.DOSSIER_INDEX=";
        assertTrue(js.startsWith(prefix), js);
        JsonNode index = JSON.readTree(js.substring(prefix.length(), js.lastIndexOf(';')));
        int memberDoc = -1;
        for (int i = 0; i < index.get("docs").size(); i++) if (index.get("docs").get(i).get(2).asText().equals(memberArticle)) memberDoc = i;
        for (String word : List.of("constructor", "prototype", "tostring", "proto", "hasownproperty", "valueof", "isprototypeof")) {
            JsonNode postings = index.get("terms").get(word);
            assertTrue(postings != null && postings.isTextual(), word + " is not a term");
            assertEquals(Integer.toString(memberDoc, 36), postings.asText(), word);
        }
    }

    @Test
    void browserSearchFindsObjectMemberNames() throws Exception {
        for (String word : MEMBER_NAMES) {
            assertEquals(List.of(memberArticle), search(word).links(), word);
        }
        assertEquals(List.of(memberArticle), search("valueOf constructor toString").links());
        assertEquals(List.of(), search("constructor tomatoes").links());
        assertEquals(List.of(), search("tomatoes hasOwnProperty").links());
    }

    private record Found(String status, List<String> links) {}

    /** The site's own search script run by node, as search.html?q=QUERY runs it; skipped where node is missing. */
    private static Found search(String query) throws Exception {
        Path out = Files.createTempFile(dir, "search", ".json"), err = Files.createTempFile(dir, "search", ".err");
        Process p;
        try {
            p = new ProcessBuilder("node", Path.of("src/test/resources/search/run-search.js").toString(), site.out().toString(), query)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed, so the search script cannot run here (" + e.getMessage() + ")");
            throw e;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), () -> "node failed on " + query + ": " + read(err));
        JsonNode r = JSON.readTree(out.toFile());
        List<String> links = new ArrayList<>();
        r.get("links").forEach(l -> links.add(l.asText()));
        return new Found(r.get("status").asText(), links);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

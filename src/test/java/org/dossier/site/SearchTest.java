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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void termPiecesHoldObjectMemberNamesAsTerms() throws IOException {
        // A tiny archive has one term piece; its list runs term, postings, term, postings.
        String js = site.text("search/t/0.js");
        String prefix = "DOSSIER_SEARCH_PIECE(\"t\",0,";
        assertTrue(js.startsWith(prefix), js);
        JsonNode piece = JSON.readTree(js.substring(prefix.length(), js.lastIndexOf(')')));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < piece.size(); i += 2) terms.add(piece.get(i).asText());
        for (String word : List.of("constructor", "prototype", "tostring", "proto", "hasownproperty", "valueof", "isprototypeof")) {
            assertTrue(terms.contains(word), word + " is not a term");
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

    private static SearchRunner.Found search(String query) throws Exception {
        return SearchRunner.search(site.out(), dir, query);
    }
}

package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A built site's own search script (assets/js/search.js) run by node, as search.html?q=QUERY runs it in a browser,
 * its pieces loaded by script elements from the site's files (src/test/resources/search/run-search.js). Skipped
 * where node is missing.
 */
final class SearchRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the page shows: the status line, the result links and snippets in order, and the files it loaded. */
    record Found(String status, List<String> links, List<String> snippets, List<String> loaded) {}

    private SearchRunner() {}

    static Found search(Path site, Path scratch, String query) throws Exception {
        return search(site, scratch, query, "");
    }

    /** @param more further URL parameters, such as {@code "&page=2"} */
    static Found search(Path site, Path scratch, String query, String more) throws Exception {
        Path out = Files.createTempFile(scratch, "search", ".json"), err = Files.createTempFile(scratch, "search", ".err");
        Process p;
        try {
            p = new ProcessBuilder("node", Path.of("src/test/resources/search/run-search.js").toString(), site.toString(), query, more)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed, so the search script cannot run here (" + e.getMessage() + ")");
            throw e;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), () -> "node failed on " + query + ": " + read(err));
        JsonNode r = JSON.readTree(out.toFile());
        return new Found(r.get("status").asText(), strings(r.get("links")), strings(r.get("snippets")), strings(r.get("loaded")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(l -> list.add(l.asText()));
        return list;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

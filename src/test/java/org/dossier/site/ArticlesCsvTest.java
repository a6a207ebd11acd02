package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * data/articles.csv holds what data/articles.json holds, one record per article in the same order, as RFC 4180 says:
 * read back by a strict reader, every field comes out as it went in, whatever quotes, commas and line breaks it holds.
 */
class ArticlesCsvTest {
    private static final Path FIXTURE = Path.of("src/test/resources/csv-fields");

    @Test
    void everyFieldReadsBackByRfc4180AsArticlesJsonHoldsIt(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("corrections"));
        try (var fixtures = Files.list(FIXTURE.resolve("corrections"))) {
            for (Path f : fixtures.toList()) Files.copy(f, content.resolve("corrections").resolve(f.getFileName()));
        }
        Sites.Run run = Sites.build(Sites.SEEDS, dir.resolve("site"), "--content", content.toString());
        assertEquals(0, run.exit(), run.stderr());

        List<List<String>> records = rfc4180(Files.readString(run.out().resolve("data/articles.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("id", "title", "date", "dateSource", "people", "source", "url", "sha256"), records.get(0));
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode a : new ObjectMapper().readTree(run.out().resolve("data/articles.json").toFile())) {
            List<String> people = new ArrayList<>();
            a.get("people").forEach(p -> people.add(p.asText()));
            expected.add(List.of(a.get("id").asText(), a.get("title").asText(), text(a.get("date")), text(a.get("dateSource")),
                    String.join("; ", people), a.get("source").asText(), a.get("url").asText(), a.get("sha256").asText()));
        }
        assertTrue(expected.stream().anyMatch(r -> r.get(1).equals("Ayes\rnoes\rand the \"undecided\"")), "the corrections apply");
        assertEquals(expected, records.subList(1, records.size()));
    }

    private static String text(JsonNode nullable) {
        return nullable.isNull() ? "" : nullable.asText();
    }

    /**
     * The records of a CSV file, read as strictly as RFC 4180 writes them: each record ends with CRLF; a field is
     * either quoted (a quote inside doubled) or holds no quote, comma, CR or LF.
     */
    private static List<List<String>> rfc4180(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            StringBuilder field = new StringBuilder();
            if (csv.charAt(i) == '"') {
                for (i++; ; i++) {
                    assertTrue(i < csv.length(), "a quoted field is closed");
                    char c = csv.charAt(i);
                    if (c != '"') field.append(c);
                    else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') field.append(csv.charAt(++i));
                    else break;
                }
                i++;
            } else {
                for (; i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r'; i++) {
                    char c = csv.charAt(i);
                    assertTrue(c != '"' && c != '\n', "an unquoted field holds no quote or line feed, at " + i + ": " + field);
                    field.append(c);
                }
            }
            record.add(field.toString());
            assertTrue(i < csv.length(), "the last record ends with CRLF");
            if (csv.charAt(i) == ',') {
                i++;
            } else {
                assertTrue(csv.startsWith("\r\n", i), "a record ends with CRLF, at " + i + " after " + record);
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            }
        }
        return records;
    }
}

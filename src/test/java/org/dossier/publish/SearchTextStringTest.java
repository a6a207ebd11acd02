package org.dossier.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The index reads each article's text, a script-safe JSON string in UTF-8, without Jackson
 * ({@link SearchIndex#jsonString}): it must read every string Jackson writes as Jackson reads it, escapes and all (a
 * lone surrogate, which UTF-8 cannot hold, is read as what the bytes hold).
 */
class SearchTextStringTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 3_000)
    void readsEveryTextAsJacksonReadsIt(@ForAll("texts") String text) throws Exception {
        byte[] json = JSON.writeValueAsString(text).replace("</", "<\\/").getBytes(StandardCharsets.UTF_8);
        String read = JSON.readValue(json, String.class);
        assertEquals(read, SearchIndex.jsonString(json, 0, json.length));
        byte[] framed = ("x(" + new String(json, StandardCharsets.UTF_8) + ");\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(read, SearchIndex.jsonString(framed, 2, framed.length - 3));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("Plain words", "\"quoted\"", "back\\slash", "</script>", "\n", "\t", "\r\n", "\b\f", "\u0001", "\u001f",
                        "café", "日本", "𝐀𝐁", "\uD835", "\uDC00", "é\\u00e9", "/", "").list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    @Test
    void aTextThatIsNoJsonStringIsAnError() {
        for (String bad : new String[] {"", "\"", "plain", "\"ends in \\\"x", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\""}) {
            byte[] b = bad.getBytes(StandardCharsets.UTF_8);
            assertThrows(IOException.class, () -> SearchIndex.jsonString(b, 0, b.length), bad);
        }
    }
}

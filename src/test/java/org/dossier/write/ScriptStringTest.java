package org.dossier.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The text search ships is the JSON string Jackson writes for the joined texts, safe inside a script element; a content
 * page's people header is the object Jackson writes for their names.
 */
class ScriptStringTest {
    @Property
    void textsJoinAndEscapeAsJacksonWritesThemWithScriptEndsBroken(@ForAll("texts") List<String> texts) throws Exception {
        String jackson = new ObjectMapper().writeValueAsString(String.join("\n", texts)).replace("</", "<\\/");
        assertEquals(jackson, ContentPages.scriptString(texts));
    }

    @Property
    void peopleHeaderIsTheObjectJacksonWritesForTheNames(@ForAll("texts") List<String> names) throws Exception {
        assertEquals(new ObjectMapper().writeValueAsString(Map.of("names", names)), ContentPages.peopleJson(names));
    }

    /** Markup, quotes, backslashes, every control character, non-ASCII letters and lone surrogates, often side by side. */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<Character> odd = Arbitraries.of('<', '/', '"', '\\', '\n', '\r', '\t', '\b', '\f', '\u007F', '\u00E9', '\u2019',
                '\uD83D', '\uDE00', ' ', 'a');
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(40),
                odd.list().ofMaxSize(40).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)),
                Arbitraries.strings().all().ofMaxLength(20));
        return text.list().ofMaxSize(5);
    }
}

package org.dossier.write;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BodyHtml's one-pass tripwire flags exactly what its specification, a regular expression, finds. */
class TripwireTest {
    private static final String TAG_START = "<[a-z][a-z0-9]*(?:\\s+[a-z-]+=\"[^\"]*\")*\\s+";
    private static final Pattern SPECIFICATION = Pattern.compile(
            "<(script|iframe|object|embed|style|svg|form|base|meta|link)\\b|" + TAG_START + "on[a-z]+\\s*=|"
                    + TAG_START + "(href|src|cite)=\"\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    /** Markup made of the pieces the specification turns on, so that near misses are common. */
    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of("<", ">", "</", "p", "a", "b1", "script", "SCRIPT", "svg", "linkx", "meta", "_", "1", "-", " ", "  ", "\n", "\t",
                        "=", "\"", "=\"", "on", "onclick", "ON", "href", "src", "cite", "data-x", "javascript", "JavaScript", "vbscript",
                        "data", ":", "x", "https://example.org/", "&lt;", "title")
                .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 20_000)
    void agreesWithItsRegularExpression(@ForAll("markup") String html) {
        assertEquals(SPECIFICATION.matcher(html).find(), BodyHtml.unsafe(html), html);
    }

    @Example
    void flagsScriptsHandlersAndScriptUrlsButNotTextThatMentionsThem() {
        assertTrue(BodyHtml.unsafe("<p>x</p><SCRIPT>alert(1)</SCRIPT>"));
        assertTrue(BodyHtml.unsafe("<a href=\"https://example.org/\" onmouseover = \"x\">y</a>"));
        assertTrue(BodyHtml.unsafe("<a rel=\"nofollow\" href=\" javascript:alert(1)\">y</a>"));
        assertFalse(BodyHtml.unsafe("<p>He typed &lt;script&gt; and onclick=\"x\" in a <a href=\"https://example.org/?q=onload=1\">search</a>.</p>"));
        assertFalse(BodyHtml.unsafe("<a title=\" onclick=x\" href=\"https://example.org/\">y</a>"));
    }
}

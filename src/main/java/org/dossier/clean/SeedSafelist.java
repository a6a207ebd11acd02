package org.dossier.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

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

    private SeedSafelist() {}

    /**
     * The element's inner HTML reduced to the safelist. A link whose target the safelist refused (javascript:, a
     * relative path) is no link any more: its text stays, without the element, which HTML does not allow to carry
     * a rel without an href.
     */
    static String inlineHtml(Element e) {
        Document dirty = Document.createShell("");
        dirty.body().appendChild(e.clone());
        Document clean = CLEANER.clean(dirty);
        clean.body().select("a:not([href])").unwrap();
        return clean.body().html().replace('\n', ' ');
    }

    /** Whether an HTML fragment passes unchanged: the last check before a seed's markup is written anywhere. */
    public static boolean isSafe(String bodyHtml) {
        return Jsoup.isValid(bodyHtml, SAFELIST);
    }
}

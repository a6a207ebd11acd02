package org.dossier.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the part of a saved page that holds the article, from the shape of its text rather than from the names of
 * furniture seen on known sites; the way readability does it, on boilerpipe's shallow features (text length, link
 * density):
 * <ul>
 *   <li>every run of paragraph text (25 characters or more) adds to the score of the elements above it, more for
 *   longer text and for more commas (prose has commas, menus and teasers do not), less the further up it goes;</li>
 *   <li>a class or id that says "article", "content" or "story" weighs a candidate up, one that says "comments",
 *   "sidebar" or "share" weighs it down, and text made of links counts for little (link density);</li>
 *   <li>the best candidate widens to an ancestor that holds several near-best candidates (a body split into
 *   several boxes), and is joined by siblings that score close to it or are plain prose paragraphs;</li>
 *   <li>inside the result, boxes shaped like furniture (mostly links, more images than paragraphs, a few words
 *   and no picture, runs of paragraphs that are only links) are marked for removal, as readability's conditional cleaning does.</li>
 * </ul>
 * Navigation, hidden and scripted parts of the page are left out before scoring; class names that mark furniture
 * ("related", "newsletter", ...) leave a box out only while that still leaves an article, else the page is scored
 * again with them in. One pass over the page gathers every element's text, link text, comma and child counts, so
 * the extraction is linear in the size of the page. The page is not changed until {@link #root()} is called.
 */
final class MainText {
    /** Class and id words of page furniture: a box carrying one is no candidate (unless it also says it is content). */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|aside|related|recirc|more-stories|"
                    + "share|sharing|social|newsletter|subscribe|signup|promo|advert|advertisement|ads?|ad-slot|sponsor|"
                    + "cookie|consent|gdpr|banner|popup|modal|overlay|comments?|disqus|outbrain|taboola|"
                    + "author-bio|tags|toolbar|skip-link|visually-hidden|sr-only|caption|credit|font-?size|text-?size|tools|"
                    + "utility|follow|print|video|gallery|slideshow|byline|author|podcast-promo|embed)($|[\\s_-])");
    private static final Pattern MAYBE_CONTENT = Pattern.compile("(?i)article|body|content|main|column|story");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|page|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|contact|footer|masthead|media|meta|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                    + "sponsor|shopping|tags|widget|banner|combx|outbrain|hidden|(^|[\\s_-])ad($|[\\s_-])");
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "frame",
            "frameset", "object", "embed", "applet", "svg", "canvas", "video", "audio", "map", "button", "input", "select",
            "textarea", "dialog", "nav", "aside", "footer");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "search");
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code",
            "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    /** Blocks whose own text is a paragraph of the article when long enough; list items and captions are not. */
    private static final Set<String> PARAGRAPH = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "div", "section",
            "article", "main", "center", "blockquote", "body");
    /** Boxes that conditional cleaning looks at. */
    private static final Set<String> CLEANED = Set.of("div", "section", "table", "ul", "ol", "dl", "form");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final String COMMAS = ",،﹐︐︑⹁⸴⸲，";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display:none|visibility:hidden|opacity:0(\\.0*)?(;|$)|font-size:0|(left|top|text-indent|margin-left):-\\d{3,}|clip:rect\\(0|"
                    + "(height|width|max-height):0(px)?(;|$)");
    /** Readability's figures: below this many characters a result is retried without the class-name exclusions. */
    private static final int ENOUGH_TEXT = 500;
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTORS_SCORED = 5;

    /** What one pass learns of an element; the counts cover its whole subtree, furniture left out. */
    private static final class Stats {
        int text;
        int links;
        int commas;
        /** Text directly in this block, not inside a nested block: a paragraph of its own when long enough. */
        int ownText;
        int ownLinks;
        int ownCommas;
        int blockChildren;
        int paragraphs;
        int images;
        int items;
        double score;
        boolean scored;
    }

    private final Element body;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Element> candidates = new ArrayList<>();
    private final List<Element> parts;

    /** Whether boxes that class names mark as furniture were left out (the strict pass): they are then {@link #furniture}. */
    private final boolean skipUnlikely;

    private MainText(Element body, boolean skipUnlikely) {
        this.body = body;
        this.skipUnlikely = skipUnlikely;
        measure(skipUnlikely);
        parts = choose();
    }

    /** The article's part of the page, or empty when the page has no body. */
    static Optional<MainText> of(Document doc) {
        Element body = doc.body();
        if (body == null) return Optional.empty();
        MainText strict = new MainText(body, true);
        if (strict.textLength() >= ENOUGH_TEXT) return Optional.of(strict);
        MainText loose = new MainText(body, false);
        return Optional.of(loose.textLength() > strict.textLength() ? loose : strict);
    }

    /**
     * The element holding the article: the best candidate itself, or a new element holding it and the siblings
     * that join it, moved out of the page in reading order.
     */
    Element root() {
        if (parts.size() == 1) return parts.get(0);
        Element root = new Element("div");
        for (Element part : parts) root.appendChild(part);
        return root;
    }

    /**
     * Whether the text was found with every box left in, class names unread (a text too short to be found without the
     * boxes they mark): a caption its class names is then no {@link #furniture}, and is the caller's to find.
     */
    boolean classNamesUnread() {
        return !skipUnlikely;
    }

    /**
     * The outermost boxes inside {@code root} that are page furniture, in reading order: left out before scoring,
     * or shaped like furniture. Call after {@link #root()}; boxes already removed from the root are not listed.
     */
    List<Element> furniture(Element root) {
        List<Element> found = new ArrayList<>();
        int whole = textLength();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) return FilterResult.CONTINUE;
                if (furniture.contains(e) || (stats.containsKey(e) && (shapedLikeFurniture(e, whole) || inRunOfLinks(e)))) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return found;
    }

    /** Text hidden from readers with inline style: spam and tracking text that a scrape carries along. */
    static boolean isHidden(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        return HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "")).find();
    }

    /** Class and id words of page furniture. */
    private static boolean isUnlikely(Element e) {
        String marker = e.className() + " " + e.id();
        return !marker.isBlank() && UNLIKELY.matcher(marker).find();
    }

    private int textLength() {
        return parts.stream().mapToInt(p -> stats.containsKey(p) ? stats.get(p).text : 0).sum();
    }

    /** One pass: text, link text and commas per element and per paragraph, and the paragraphs' scores. */
    private void measure(boolean skipUnlikely) {
        Deque<Stats> blocks = new ArrayDeque<>();
        int[] inLink = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (blocks.isEmpty()) return FilterResult.CONTINUE;
                    String s = t.getWholeText();
                    int len = collapsedLength(s);
                    int commas = commas(s);
                    Stats block = blocks.peek();
                    block.ownText += len;
                    block.ownCommas += commas;
                    if (inLink[0] > 0) block.ownLinks += len;
                    Stats p = stats.get(t.parent());
                    if (p != null) {
                        p.text += len;
                        p.commas += commas;
                        if (inLink[0] > 0) p.links += len;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (e != body && isFurniture(e, skipUnlikely)) {
                    furniture.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stats s = new Stats();
                stats.put(e, s);
                if (!INLINE.contains(e.normalName())) blocks.push(s);
                if (e.normalName().equals("a")) inLink[0]++;
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e) || !stats.containsKey(e)) return FilterResult.CONTINUE;
                Stats s = stats.get(e);
                String tag = e.normalName();
                boolean block = !INLINE.contains(tag);
                if (block) blocks.pop();
                if (tag.equals("a")) inLink[0]--;
                if (block && s.ownText >= MIN_PARAGRAPH) scoreParagraph(e, s);
                Element parent = e.parent();
                Stats p = parent == null ? null : stats.get(parent);
                if (p != null) {
                    p.text += s.text;
                    p.links += s.links;
                    p.commas += s.commas;
                    p.paragraphs += s.paragraphs + (tag.equals("p") ? 1 : 0);
                    p.images += s.images + (tag.equals("img") ? 1 : 0);
                    p.items += s.items + (tag.equals("li") ? 1 : 0);
                    if (block) p.blockChildren++;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - linkDensity(s);
        }
    }

    private boolean isFurniture(Element e, boolean skipUnlikely) {
        // Not Element.is(selector): that walks up to the document for every element, and pages can be deep.
        if (FURNITURE_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                || FURNITURE_ROLES.contains(e.attr("role")) || isHidden(e)) return true;
        return skipUnlikely && isUnlikely(e) && !MAYBE_CONTENT.matcher(e.className() + " " + e.id()).find() && !holdsQuote(e);
    }

    /**
     * A box around nothing but a blockquote (and the script that styles it) holds a post the article quotes (a tweet,
     * whose box is named "embed" or "social"): the article's own text, kept as a quote card.
     */
    private static boolean holdsQuote(Element e) {
        boolean quote = false;
        for (Element child : e.children()) {
            if (child.normalName().equals("blockquote")) quote = true;
            else if (!FURNITURE_TAGS.contains(child.normalName())) return false;
        }
        return quote;
    }

    /**
     * A block's own text is a paragraph: a block of nothing but text (a {@code p}, or a {@code div} used as one)
     * scores its parent and the ancestors above; text set loose in a container among other blocks scores the
     * container first.
     */
    private void scoreParagraph(Element e, Stats s) {
        String tag = e.normalName();
        if (!PARAGRAPH.contains(tag)) return;
        double score = (1 + s.ownCommas + Math.min(s.ownText / 100, 3)) * (1 - (double) s.ownLinks / s.ownText);
        Element target = s.blockChildren == 0 ? e.parent() : e;
        for (int level = 0; target != null && level < ANCESTORS_SCORED && stats.containsKey(target); level++) {
            Stats t = stats.get(target);
            if (!t.scored) {
                t.scored = true;
                t.score = initialScore(target);
                candidates.add(target);
            }
            t.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            target = target.parent();
        }
    }

    /** Readability's steps from the best candidate to the article: widen, climb, then join siblings. */
    private List<Element> choose() {
        Element top = null;
        for (Element c : candidates) if (top == null || score(c) > score(top)) top = c;
        if (top == null) return List.of(body);
        top = widen(top);
        Element parent = top.parent();
        double last = score(top);
        while (parent != null && parent != body) {
            if (stats.containsKey(parent) && stats.get(parent).scored) {
                double s = score(parent);
                if (s < last / 3) break;
                if (s > last) {
                    top = parent;
                    break;
                }
                last = s;
            }
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        return withSiblings(top);
    }

    /** An ancestor shared by three of the best few candidates that score near the best is the article. */
    private Element widen(Element top) {
        List<Element> near = candidates.stream().filter(c -> c != top && score(c) >= 0.75 * score(top))
                .sorted((a, b) -> Double.compare(score(b), score(a))).limit(4).toList();
        if (near.size() < 3) return top;
        Map<Element, Integer> holding = new IdentityHashMap<>();
        for (Element c : near) for (Element up = c.parent(); up != null && up != body; up = up.parent()) holding.merge(up, 1, Integer::sum);
        for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
            if (holding.getOrDefault(up, 0) >= 3) {
                Stats s = stats.get(up);
                if (s != null && !s.scored) {
                    s.scored = true;
                    s.score = initialScore(up);
                }
                return up;
            }
        }
        return top;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double threshold = Math.max(10, score(top) * 0.2);
        List<Element> joined = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                joined.add(sibling);
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null) continue;
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? score(top) * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                joined.add(sibling);
            } else if (sibling.normalName().equals("p") && s.text > 0) {
                double density = linkDensity(s);
                // Readability wants a short one free of links that ends a sentence; a sentence with a link in it, or
                // with a quotation after it, is prose all the same.
                if (density < 0.25 && (s.text > 80 || holdsSentence(sibling.text()))) joined.add(sibling);
            }
        }
        return joined;
    }

    /**
     * Readability's conditional cleaning, for boxes inside the chosen article; a box that holds most of the article's
     * text is the article's own, whatever its shape (a photo story has more pictures than paragraphs).
     */
    private boolean shapedLikeFurniture(Element e, int whole) {
        if (!CLEANED.contains(e.normalName()) || holdsQuote(e)) return false;
        Stats s = stats.get(e);
        if (2 * s.text > whole) return false;
        int weight = classWeight(e);
        if (weight + (s.scored ? s.score : 0) < 0) return true;
        if (s.commas >= 10) return false;
        boolean list = LISTS.contains(e.normalName());
        double density = linkDensity(s);
        return (s.images > 1 && s.paragraphs < 0.5 * s.images)
                || (!list && s.items - 100 > s.paragraphs)
                || (!list && s.text < MIN_PARAGRAPH && (s.images == 0 || s.images > 2))
                || (weight < 25 && density > (list ? 0.5 : 0.2))
                || (weight >= 25 && density > 0.5);
    }

    /**
     * A paragraph that is nothing but a link, next to another such: a list of headlines set as paragraphs ("You may
     * also like" and the stories below it), which no list or class name gives away.
     */
    private boolean inRunOfLinks(Element e) {
        return isLink(e) && (isLink(e.previousElementSibling()) || isLink(e.nextElementSibling()));
    }

    private boolean isLink(Element e) {
        Stats s = e == null ? null : stats.get(e);
        return s != null && e.normalName().equals("p") && s.text > 0 && linkDensity(s) >= 0.9;
    }

    private double score(Element e) {
        Stats s = stats.get(e);
        return s == null ? 0 : s.score;
    }

    private int initialScore(Element e) {
        int base = switch (e.normalName()) {
            case "div", "article", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(e);
    }

    private static int classWeight(Element e) {
        int weight = 0;
        for (String marker : new String[] {e.className(), e.id()}) {
            if (marker.isEmpty()) continue;
            if (NEGATIVE.matcher(marker).find()) weight -= 25;
            if (POSITIVE.matcher(marker).find()) weight += 25;
        }
        return weight;
    }

    private static double linkDensity(Stats s) {
        return s.text == 0 ? 0 : (double) s.links / s.text;
    }

    /** Whether a sentence ends in the text: at its end, or before a space. */
    private static boolean holdsSentence(String text) {
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            if (".!?…".indexOf(t.charAt(i)) >= 0 && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) return true;
        }
        return false;
    }

    /** Length with every run of whitespace counted as one character, as the reader sees it. */
    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
            if (!ws || !space) n++;
            space = ws;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (COMMAS.indexOf(s.charAt(i)) >= 0) n++;
        return n;
    }
}

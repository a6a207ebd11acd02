package org.dossier.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.ingest.Seed;
import org.dossier.report.Deadline;
import org.dossier.report.Removals;
import org.dossier.report.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a saved HTML page: takes the article's main text that {@link MainText} finds, reads its metadata from meta
 * tags and JSON-LD, and keeps only what the {@link SeedSafelist} allows.
 */
final class HtmlCleaner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMOVE_ALWAYS = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "applet, svg, canvas, video, audio, source, track, map, form, button, input, select, textarea, link, meta, "
            + "base, dialog, nav, aside, footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search]";
    private static final Pattern STATUS_URL = Pattern.compile("https://(?:mobile\\.)?(?:twitter|x)\\.com/\\w{1,15}/status/\\d+(?:\\?\\S*)?");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre, dd, td";
    /*
     * Tag names as sets, not selectors: Element.is(selector) walks up to the document's root on every call, which costs
     * a page nested thousands deep the square of its depth.
     */
    private static final Set<String> BLOCK_TAGS = Set.of(BLOCKS.split(", "));
    /** Boxes whose loose text is wrapped into paragraphs. */
    private static final Set<String> WRAPPERS = Set.of("div", "section", "article", "main");
    /** Other boxes that are no inline markup. */
    private static final Set<String> OTHER_BOXES = Set.of("ul", "ol", "table", "tbody", "tr", "figure", "header", "h1");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** A front or section page lists at least this many stories. */
    private static final int FRONT_PAGE_TEASERS = 3;
    /** A story's teaser is its headline and a line or two: a box longer than this is more than a teaser. */
    private static final int TEASER_CHARS = 1000;
    /** A label before a link is a few words: "Le puede interesar: ", "Lesen Sie auch: ". */
    private static final int LABEL_LENGTH = 45;
    /*
     * Selectors matched element by element with the root given, as a selection does: Element.is would walk up to the
     * document's root for each.
     */
    private static final Evaluator FURNITURE = QueryParser.parse(REMOVE_ALWAYS);
    private static final Evaluator CAPTIONS = QueryParser.parse("figure, figcaption, .caption, .wp-caption-text");
    /**
     * A class that names its box a caption or a credit among its words, as each CMS spells them ("photo-caption",
     * "img_credit", "caption-text"); a box so named that holds more than a caption's characters is a wrapper.
     */
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:caption|credit)s?(?:$|[\\s_-])");
    private static final int CAPTION_BOX_CHARS = 400;
    private static final Evaluator EMBEDS = QueryParser.parse("iframe, object, embed, frame");
    private static final String OBSOLETE_VOID = "isindex, nextid, spacer, menuitem";

    private HtmlCleaner() {}

    static CleanedSeed clean(Seed seed, Deadline deadline) {
        Removals.Builder removed = new Removals.Builder();
        Document doc = Jsoup.parse(seed.text());
        countHostile(doc, removed);
        // Void elements of older HTML that the parser no longer knows, and so reads as holding everything after them:
        // an article's paragraphs would move into one, and the paragraphs above it would be left out of the article.
        doc.select(OBSOLETE_VOID).unwrap();

        Optional<String> declaredSite = firstMeta(doc, "meta[property=og:site_name]", "meta[name=application-name]");
        JsonNode ld = jsonLdArticle(doc);
        Optional<String> date = firstMeta(doc, "meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
                "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
                "meta[name=dcterms.created]", "meta[name=date]", "meta[name=Date]", "meta[property=og:published_time]")
                .or(() -> text(ld, "datePublished"))
                .or(() -> attr(doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]"), "datetime"))
                // Drupal's RDFa: <span property="dc:date dc:created" content="2024-03-05T14:20:00+01:00">
                .or(() -> attr(doc.selectFirst(RDFA_DATE), "content"))
                .map(d -> shownDay(doc, d).orElse(d));

        // Read before page furniture is removed: a dateline often sits in the byline box beside the headline.
        List<String> pageDatelines = Datelines.onPage(doc);
        Element h1 = null;
        Optional<MainText> main = MainText.of(doc);
        Element root = main.map(MainText::root).orElse(null);
        List<Element> teasers = root == null ? List.of() : teasers(doc, root);
        if (root != null && teasers.isEmpty()) teasers = listedStories(root);
        if (root != null) h1 = root.selectFirst("h1");
        if (h1 == null) h1 = doc.selectFirst("h1");
        // Undeclared, the site's name is its masthead's: a blog's h1 above the post, linking to its front page.
        Element first = h1;
        Optional<String> masthead = Optional.ofNullable(first).flatMap(e -> mastheadName(e, doc.title()));
        Optional<String> siteName = declaredSite.or(() -> masthead);
        Optional<String> metaTitle = text(ld, "headline").filter(Headlines::isTitle)
                .or(() -> firstMeta(doc, "meta[property=og:title]", "meta[name=twitter:title]").map(t -> stripSiteSuffix(t, siteName))
                        .filter(Headlines::isTitle));
        if (h1 != null && (root == null || !h1.parents().contains(root)) && isBanner(TextCleaner.collapse(h1.text()), siteName, metaTitle)) {
            h1 = null;
        } else if (masthead.isPresent()) {
            // the masthead inside the text's root (a theme that wraps the whole page): the site's, not the article's
            removed.add("page-furniture", masthead.get());
            h1.remove();
            h1 = null;
        }
        // Without an h1, the heading that opens the article's text, above its first paragraph, is its headline.
        Element opening = h1 == null && root != null ? openingHeading(root) : null;
        // Each candidate in turn, skipping the menu, a section label or the date line standing where a headline should.
        Optional<String> headline = !teasers.isEmpty() ? Optional.<String>empty()
                : Optional.ofNullable(h1).map(e -> TextCleaner.collapse(e.text())).filter(Headlines::isTitle)
                .or(() -> metaTitle)
                .or(() -> entryTitle(doc))
                .or(() -> Optional.ofNullable(opening).map(e -> TextCleaner.collapse(e.text())))
                .or(() -> Optional.of(stripSiteSuffix(doc.title(), siteName)).filter(Headlines::isTitle))
                .map(Headlines::withoutAppendedDate);
        if (date.isEmpty() && root != null) date = attr(root.selectFirst("time[datetime]"), "datetime");
        Optional<String> byline = firstText(doc, "[rel=author]", "[itemprop=author]", ".byline", ".author")
                .or(() -> author(ld));

        List<Block> blocks = new ArrayList<>();
        List<String> datelines = new ArrayList<>();
        // A front or section page holds no article of its own: its stories are the navigation it offers.
        for (Element t : teasers) removed.add("navigation", TextCleaner.collapse(t.text()));
        if (root != null && teasers.isEmpty()) {
            for (Element noise : outermost(root, e -> FURNITURE.matches(root, e))) {
                removed.add(isLoginForm(noise, headline) ? "login-form" : "page-furniture", noise.tagName() + summary(noise));
                noise.remove();
            }
            for (Element fig : outermost(root, e -> CAPTIONS.matches(root, e))) {
                if (!fig.text().isBlank()) removed.add("caption", TextCleaner.collapse(fig.text()));
                fig.remove();
            }
            for (Element caption : captionsBesidePictures(root)) {
                removed.add("caption", TextCleaner.collapse(caption.text()));
                caption.remove();
            }
            for (Element caption : captionsInItalics(root)) {
                removed.add("caption", TextCleaner.collapse(caption.text()));
                caption.remove();
            }
            for (Element e : main.get().furniture(root)) {
                if (!e.text().isBlank()) removed.add(kindOf(e), TextCleaner.collapse(e.text()));
                e.remove();
            }
            // a box its class calls a caption, left in when the text was too short to be found with class names read
            for (Element caption : main.get().classNamesUnread() ? outermost(root, HtmlCleaner::isCaptionClassed) : List.<Element>of()) {
                if (!caption.text().isBlank()) removed.add("caption", TextCleaner.collapse(caption.text()));
                caption.remove();
            }
            if (h1 != null && h1.parent() != null) {
                for (Element kicker : kickers(root, h1)) {
                    removed.add("section-label", TextCleaner.collapse(kicker.text()));
                    kicker.remove();
                }
                h1.remove();
            }
            if (opening != null && headline.isPresent() && headline.get().equals(TextCleaner.collapse(opening.text()))) opening.remove();
            for (Element a : root.select("a")) {
                if (Boilerplate.INLINE_RELATED.matcher(" " + a.text()).matches()) {
                    removed.add("read-more", TextCleaner.collapse(a.text()));
                    a.remove();
                }
            }
            removeInfoBoxes(root, removed, datelines);
            wrapLooseText(root);
            Set<Block> linkOnly = Collections.newSetFromMap(new IdentityHashMap<>());
            collectBlocks(root, blocks, removed, datelines, siteName, siteNames(doc, siteName, headline), linkOnly, deadline);
            removeEndNotes(blocks, byline, linkOnly, removed);
            removeCaptionsBetween(blocks, removed);
        }
        Optional<String> dateSource = date.map(d -> "meta");
        if (date.isEmpty()) {
            // A visible dateline, "Published March 3, 2021", when the page has no date in its metadata: in the text,
            // else anywhere on the page (it often sits above the article element, beside the byline).
            if (datelines.isEmpty()) datelines = pageDatelines;
            date = Datelines.published(datelines);
            dateSource = date.map(d -> "text");
        }
        Evidence evidence = new Evidence(headline, headline.map(h -> "meta"), date, dateSource, byline, locale(doc, ld),
                ld == null ? declaredListing(doc) : Optional.empty());
        return new CleanedSeed(seed, evidence, blocks, removed.build());
    }

    /**
     * The captions that no figure or class names: a plain short sentence, or a phrase of a few words with no full stop
     * ({@link Asides#isCaptionShaped}), straight after a picture, in a box that holds only the two, or with a paragraph longer than a caption after it (a story's short
     * sentence beside a picture ends the text or stands among sentences as short).
     */
    private static List<Element> captionsBesidePictures(Element root) {
        List<Element> captions = new ArrayList<>();
        for (Element img : root.getElementsByTag("img")) {
            // the picture with the link and the boxes around it that hold nothing else (Blogger's "separator" div)
            Element picture = img;
            // (hasText stops at the first word: the text of the box that has one may be the whole article's)
            while (picture.parent() != root && picture.parent().parent() != null && !picture.parent().hasText()) picture = picture.parent();
            Element caption = nextWithText(picture);
            // a heading, or a paragraph wholly in bold, after a picture is the text's subheading, whatever its shape
            if (caption == null || !picture.parent().ownText().isBlank() || HEADINGS.contains(caption.normalName())
                    || isWhollyIn(caption, "strong", "b")) continue;
            String text = TextCleaner.collapse(caption.text());
            // after a picture set in a paragraph of its own, the text goes on: a short sentence there is the story's
            // ("We found no evidence for the claim."), and only a phrase with no sentence's end its caption
            if (!Asides.isCaptionShaped(text, true) || picture != img && Sentences.endsLikeSentence(text)) continue;
            Element after = nextWithText(caption);
            boolean ownBox = after == null && picture.previousElementSibling() == null;
            if (ownBox || after != null && Asides.isLongerThanCaption(TextCleaner.collapse(after.text()))) captions.add(caption);
        }
        return captions;
    }

    /**
     * The captions set apart in italics between two of the story's paragraphs, with no picture left beside them
     * ("&lt;p&gt;&lt;em&gt;Farmers drying maize outside the depot&lt;/em&gt;&lt;/p&gt;"): a phrase of a caption's shape
     * ({@link Asides#isPhraseCaption}), each neighbour longer than a caption. A note or a quotation set in italics is a
     * sentence.
     */
    private static List<Element> captionsInItalics(Element root) {
        List<Element> captions = new ArrayList<>();
        for (Element e : root.select("p, div")) {
            if (!isWhollyIn(e, "em", "i") || !Asides.isPhraseCaption(TextCleaner.collapse(e.text()))) continue;
            Element before = previousWithText(e), after = nextWithText(e);
            if (before != null && after != null && Asides.isLongerThanCaption(TextCleaner.collapse(before.text()))
                    && Asides.isLongerThanCaption(TextCleaner.collapse(after.text()))) captions.add(e);
        }
        return captions;
    }

    /** The next sibling with text, past the empty ones a page sets for space ("&lt;div&gt;&lt;br&gt;&lt;/div&gt;"). */
    private static Element nextWithText(Element e) {
        Element next = e.nextElementSibling();
        while (next != null && !next.hasText()) next = next.nextElementSibling();
        return next;
    }

    private static Element previousWithText(Element e) {
        Element previous = e.previousElementSibling();
        while (previous != null && !previous.hasText()) previous = previous.previousElementSibling();
        return previous;
    }

    /** A box named a caption or a credit by its class, and no longer than one. */
    private static boolean isCaptionClassed(Element e) {
        return !e.className().isEmpty() && CAPTION_CLASS.matcher(e.className()).find() && e.text().length() <= CAPTION_BOX_CHARS;
    }

    /**
     * A form in the main text that asks for a password and is what the page's headline speaks of ("Logga in för att
     * fortsätta läsa" over a form whose button says "Logga in"): the page is its sign-in, whatever its language. A sign-in
     * box elsewhere on an article's page shares no word with the story's headline.
     */
    private static boolean isLoginForm(Element e, Optional<String> headline) {
        return e.nameIs("form") && e.selectFirst("input[type=password]") != null
                && headline.filter(h -> Headlines.shared(TextCleaner.collapse(e.text()), Headlines.stemsOf(h)) > 0).isPresent();
    }

    /** Whether all the box's text is in one child of one of the tags: "&lt;p&gt;&lt;strong&gt;…&lt;/strong&gt;&lt;/p&gt;". */
    private static boolean isWhollyIn(Element e, String tag, String other) {
        return e.children().size() == 1 && e.ownText().isBlank() && (e.child(0).nameIs(tag) || e.child(0).nameIs(other));
    }

    /** The kinds of a page's fields that an info box lists. */
    private static final Set<String> INFO_FIELDS = Set.of("byline", "section-label", "dateline", "counter", "tags");
    /** An info box lists at least this many fields. */
    private static final int INFO_BOX_FIELDS = 2;

    /**
     * A CMS's info box written as a definition list (Joomla's "Details", then "Author: …", "Category: …",
     * "Published: …", "Hits: …"): its values are each a field of the page that {@link Boilerplate#classify} names
     * ({@link #INFO_FIELDS}), its terms labels of a word or two. It goes field by field, each with its kind, the date
     * among them as the page's dateline. A list with anything else in it (a picture's "Фото:" over its credit, a
     * glossary) is left to be read as the text's.
     */
    private static void removeInfoBoxes(Element root, Removals.Builder removed, List<String> datelines) {
        for (Element dl : root.getElementsByTag("dl")) {
            List<String> terms = new ArrayList<>(), values = new ArrayList<>(), kinds = new ArrayList<>();
            for (Element item : dl.children()) {
                String text = TextCleaner.collapse(item.text());
                if (text.isEmpty()) continue;
                if (item.nameIs("dt") && Headlines.isSectionLabel(text)) {
                    terms.add(text);
                    continue;
                }
                Optional<String> kind = item.nameIs("dd") ? Boilerplate.classify(text, Set.of(), true).map(Boilerplate.Hit::kind)
                        .filter(INFO_FIELDS::contains).or(() -> markedField(item, text)) : Optional.empty();
                if (kind.isEmpty()) {
                    values.clear();
                    break;
                }
                values.add(text);
                kinds.add(kind.get());
            }
            if (values.size() < INFO_BOX_FIELDS) continue;
            for (String term : terms) removed.add("section-label", term);
            for (int i = 0; i < values.size(); i++) {
                removed.add(kinds.get(i), values.get(i));
                if (kinds.get(i).equals("dateline")) datelines.add(values.get(i));
            }
            dl.remove();
        }
    }

    /**
     * A field of the info box in a language whose labels no pattern reads ("Napsal Lenka Horáková", "Publikováno: 18.
     * duben 2023", "Zobrazeno: 412"), told by what the page's markup says it holds: its author or its date, from which
     * the page's metadata is read, or, after its label, a count and nothing else.
     */
    private static Optional<String> markedField(Element dd, String text) {
        if (dd.is("[itemprop=author], [rel=author]") || dd.selectFirst("[itemprop=author], [rel=author]") != null) return Optional.of("byline");
        if (dd.selectFirst("time[datetime], [itemprop~=^date(Published|Created|Modified)$]") != null) return Optional.of("dateline");
        return LABELLED_COUNT.matcher(text).matches() ? Optional.of("counter") : Optional.empty();
    }

    /** "Zobrazeno: 412": a label of one word, a colon and a count. */
    private static final Pattern LABELLED_COUNT = Pattern.compile("\\p{L}{3,20}\\s?:\\s*\\d[\\d\\s.,]{0,8}");

    /** The captions left between two paragraphs with no picture beside them ({@link Asides#isCaptionBetween}). */
    private static void removeCaptionsBetween(List<Block> blocks, Removals.Builder removed) {
        for (int i = 1; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Paragraph p && blocks.get(i - 1) instanceof Block.Paragraph before
                    && blocks.get(i + 1) instanceof Block.Paragraph after && Asides.isCaptionBetween(before.text(), p.text(), after.text())) {
                removed.add("caption", p.text());
                blocks.remove(i--);
            }
        }
    }

    /**
     * The notes under the story on its author and where it first appeared ({@link Asides#endNote}), from the end up, and
     * a last line that is wholly a link and no sentence ("Повернутися до списку новин", "Back to all news"): the page's
     * way on, not the story's end; and a heading left last, over nothing of the story ("Keskustelua tästä julkaisusta"),
     * unless it is a sentence the story closes on ("Vote for your favourite!").
     *
     * @param linkOnly the blocks whose text is wholly that of their links
     */
    private static void removeEndNotes(List<Block> blocks, Optional<String> byline, Set<Block> linkOnly, Removals.Builder removed) {
        while (blocks.size() > 1 && !(blocks.get(blocks.size() - 1) instanceof Block.Tweet)) {
            Block last = blocks.get(blocks.size() - 1);
            List<Block> above = blocks.subList(0, blocks.size() - 1);
            // a heading with nothing of the story under it heads what the page put there: its comments, its other stories
            String kind = last instanceof Block.Heading ? Optional.ofNullable(Asides.endNote(last.text(), name -> false, byline))
                    .orElse(Sentences.endsLikeSentence(last.text()) ? null : "outside-article")
                    : linkOnly.contains(last) && !Sentences.endsLikeSentence(last.text()) ? "navigation"
                    : Asides.endNote(last.text(), name -> above.stream().anyMatch(b -> b.text().contains(name)), byline);
            if (kind == null) return;
            removed.add(kind, last.text());
            blocks.remove(blocks.size() - 1);
        }
    }

    /**
     * @param site     the site's own name, when the page gives it: a line that names it with its newsletter or channel
     *                 is the site's promotion ({@link Boilerplate#isPromotion})
     * @param names    every name the page gives the site ({@link #siteNames}): a block that is one of them alone is the
     *                 masthead's, not the story's
     * @param linkOnly filled with the paragraphs whose text is wholly that of their links
     */
    private static void collectBlocks(Element root, List<Block> blocks, Removals.Builder removed, List<String> datelines,
                                      Optional<String> site, Set<String> names, Set<Block> linkOnly, Deadline deadline) {
        Set<String> credits = Boilerplate.credits();
        // under a label of other stories ("Related content"), the headlines it lists, as a text's list is read
        boolean inStoryList = false;
        for (Element e : textBlocks(root)) {
            deadline.check(Stage.CLEAN);
            String text = TextCleaner.collapse(e.text());
            if (text.isEmpty()) continue;
            if (inStoryList && (Boilerplate.isHeadlineLike(text) || BlockClassifier.isListItem(text))) {
                removed.add("read-more", text);
                continue;
            }
            inStoryList = false;
            if (e.nameIs("blockquote") && e.hasClass("twitter-tweet")) {
                Optional<Block.Tweet> tweet = Tweets.parse(text);
                if (tweet.isPresent()) {
                    String status = e.select("a[href]").stream().map(a -> a.attr("href").strip())
                            .filter(h -> STATUS_URL.matcher(h).matches()).reduce((a, b) -> b).orElse("");
                    blocks.add(tweet.get().withStatus(status.replaceFirst("\\?.*$", "")));
                    continue;
                }
            }
            if (names.contains(text.toLowerCase(Locale.ROOT))) {
                removed.add("site-name", text);
                continue;
            }
            Optional<Boilerplate.Hit> hit = Boilerplate.classify(text, credits, blocks.size() < 3)
                    .or(() -> Boilerplate.isPromotion(text, site, false) ? Optional.of(new Boilerplate.Hit("newsletter", Optional.empty())) : Optional.empty());
            if (hit.isPresent()) {
                removed.add(hit.get().kind(), text);
                hit.get().credit().ifPresent(credits::add);
                if (hit.get().kind().equals("dateline")) datelines.add(text);
                inStoryList = Boilerplate.isListLabel(text);
                continue;
            }
            // below the first paragraph only: above it, "Label: words" is the page's title or kicker
            Optional<String> aside = blocks.isEmpty() ? Optional.empty() : Asides.labelled(text, linkAfterLabel(e, text));
            if (aside.isPresent()) {
                removed.add(aside.get(), text);
                // a label alone ("Powiązane artykuły", "【関連記事】") leads to the headlines under it, as a pattern's does
                inStoryList = aside.get().equals("read-more") && Asides.leadsToStories(text);
                continue;
            }
            if (HEADINGS.contains(e.normalName())) {
                blocks.add(new Block.Heading(text));
                continue;
            }
            if (inCallout(e, root)) {
                removed.add("page-furniture", text);
                continue;
            }
            Optional<Block.Tweet> tweet = Tweets.parse(text);
            if (tweet.isPresent()) {
                blocks.add(tweet.get());
            } else {
                Block.Paragraph p = new Block.Paragraph(text, SeedSafelist.inlineHtml(e));
                // a way on is a short line: a paragraph is not searched for its links
                if (text.length() <= LINK_LINE && text.equals(TextCleaner.collapse(e.select("a").text()))) linkOnly.add(p);
                blocks.add(p);
            }
        }
    }

    /**
     * Whether the block stands in a callout card, the box a blog sets beside its story for a tip, a pitch or an appeal
     * ("💡 Where to donate: …" in Ghost's kg-callout-card): the story's own text is not boxed off so.
     */
    private static boolean inCallout(Element block, Element root) {
        for (Element e = block; e != null && e != root; e = e.parent()) {
            if (e.className().contains("callout")) return true;
        }
        return false;
    }

    /** Whether all the block says after a short label is the text of its links: "Le puede interesar: <a>…</a>". */
    private static boolean linkAfterLabel(Element block, String text) {
        if (text.indexOf(':') < 0) return false;
        String links = TextCleaner.collapse(block.select("a").text());
        return !links.isEmpty() && text.endsWith(links) && text.length() - links.length() <= LABEL_LENGTH;
    }

    /** An ISO date-time in UTC: "2024-05-06T21:30:00.000Z", "2024-05-06T21:30:00+00:00". */
    private static final Pattern UTC = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*(?:Z|[+-]00:?00)$");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");

    /**
     * The day the page shows for a date-time its metadata gives in UTC: a time element's date, written in the
     * outlet's own zone, a day before or after Greenwich's (a story of the evening east of it, of the morning west). A
     * date's calendar day is the outlet's; UTC's is only where the outlet is on Greenwich time.
     */
    private static Optional<String> shownDay(Document doc, String date) {
        Optional<LocalDate> greenwich = UTC.matcher(date).matches() ? day(date) : Optional.empty();
        if (greenwich.isEmpty()) return Optional.empty();
        for (Element time : doc.select("time[datetime]")) {
            String shown = time.attr("datetime").strip();
            if (time.text().isBlank() || UTC.matcher(shown).matches()) continue;
            Optional<LocalDate> day = day(shown);
            if (day.isPresent() && Math.abs(ChronoUnit.DAYS.between(greenwich.get(), day.get())) == 1) return Optional.of(shown);
        }
        return Optional.empty();
    }

    /** The day an ISO date or date-time opens with, when it is one ("2024-13-45" is not). */
    private static Optional<LocalDate> day(String iso) {
        Matcher m = ISO_DAY.matcher(iso);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Text set straight into a container ("&lt;article&gt;&lt;p&gt;...&lt;/p&gt;Loose text&lt;br&gt;more&lt;/article&gt;") becomes a
     * paragraph of its own, so no run of the article's words is lost for want of a tag around it.
     */
    private static void wrapLooseText(Element root) {
        // A stack of containers still to look into, not recursion: pages nest thousands of divs deep.
        Deque<Element> containers = new ArrayDeque<>(List.of(root));
        List<Node> run = new ArrayList<>();
        while (!containers.isEmpty()) {
            Element container = containers.pop();
            for (Node child : new ArrayList<>(container.childNodes())) {
                boolean inline = child instanceof org.jsoup.nodes.TextNode
                        || (child instanceof Element el && !BLOCK_TAGS.contains(el.normalName()) && !WRAPPERS.contains(el.normalName())
                        && !OTHER_BOXES.contains(el.normalName()));
                if (inline) {
                    run.add(child);
                    continue;
                }
                wrap(run);
                if (child instanceof Element el && WRAPPERS.contains(el.normalName())) containers.push(el);
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        boolean hasText = run.stream().anyMatch(n -> n instanceof org.jsoup.nodes.TextNode t ? !t.isBlank()
                : n instanceof Element e && !e.text().isBlank());
        if (hasText && run.get(0).parent() instanceof Element parent && !parent.nameIs("p")) {
            Element p = new Element("p");
            run.get(0).before(p);
            for (Node n : run) p.appendChild(n);
        }
        run.clear();
    }

    /**
     * The elements whose text makes a block, in document order: paragraph-like elements, and divs that hold none and no
     * div (a div that does is a container), but none inside a paragraph-like element, whose text is taken with it. Two
     * walks without recursion, each visiting a node once: a page nested thousands deep neither overflows the stack nor
     * costs its depth for every element.
     */
    private static List<Element> textBlocks(Element root) {
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node instanceof Element e && (isBlockOrDiv(e) || containers.contains(e))) containers.add(e.parent());
            }
        });
        List<Element> found = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
                // A table cell that holds paragraphs is a layout's box (a hand-made page's one-cell table), not a cell of data.
                boolean block = BLOCK_TAGS.contains(e.normalName()) && !(e.nameIs("td") && containers.contains(e));
                if ((block || e.nameIs("div") && !containers.contains(e)) && (e != root || !insideTextBlock(root))) found.add(e);
                return block && e != root ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }
        });
        return found;
    }

    /**
     * The elements under {@code root} (itself included) that {@code what} accepts, in document order, but none inside
     * another: what lies inside goes with it. Nested furniture is taken, and reported, once, not once per level of
     * nesting, which cost the square of its depth.
     */
    private static List<Element> outermost(Element root, Predicate<Element> what) {
        List<Element> found = new ArrayList<>();
        root.filter((node, depth) -> {
            if (!(node instanceof Element e) || !what.test(e)) return NodeFilter.FilterResult.CONTINUE;
            found.add(e);
            // The root taken leaves its content to be looked at, as a selection would have.
            return e == root ? NodeFilter.FilterResult.CONTINUE : NodeFilter.FilterResult.SKIP_CHILDREN;
        });
        return found;
    }

    private static boolean isBlockOrDiv(Element e) {
        return e.nameIs("div") || BLOCK_TAGS.contains(e.normalName());
    }

    private static boolean insideTextBlock(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (BLOCK_TAGS.contains(p.normalName())) return true;
        return false;
    }

    private static String kindOf(Element e) {
        if (MainText.isHidden(e)) return "hidden";
        String m = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (m.contains("cookie") || m.contains("consent") || m.contains("gdpr")) return "cookie";
        if (m.contains("newsletter") || m.contains("subscribe") || m.contains("signup")) return "newsletter";
        if (m.contains("ad") || m.contains("sponsor") || m.contains("promo")) return "ad";
        if (m.contains("share") || m.contains("social")) return "social";
        if (m.contains("caption") || m.contains("credit")) return "caption";
        if (m.contains("related") || m.contains("recirc") || m.contains("more-stories")) return "read-more";
        return "page-furniture";
    }

    private static void countHostile(Document doc, Removals.Builder removed) {
        for (Element s : doc.select("script:not([type=application/ld+json])")) removed.add("script", "<script>" + summary(s));
        for (Element f : outermost(doc, e -> EMBEDS.matches(doc, e))) removed.add("embed", "<" + f.tagName() + ">" + summary(f));
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
                if (key.startsWith("on")) removed.add("event-handler", "<" + e.tagName() + " " + key + ">");
                else if (value.startsWith("javascript:") || value.startsWith("vbscript:") || (value.startsWith("data:") && !key.equals("content")))
                    removed.add("unsafe-url", "<" + e.tagName() + " " + key + "=" + abbreviate(a.getValue(), 60) + ">");
            }
        }
    }

    private static String summary(Element e) {
        String t = e.nameIs("script") || e.nameIs("style") ? e.data() : e.text();
        return t.isBlank() ? "" : " " + abbreviate(TextCleaner.collapse(t), 80);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /**
     * Whether an h1 outside the article's text is the site's banner ("Little Hadwell Notes" atop a blog post): it is
     * the site's declared name, or the page's metadata gives a headline that shares no word with it.
     */
    /**
     * The story teasers of a front or section page, or none when the page holds an article: at least
     * {@link #FRONT_PAGE_TEASERS} headings that link to other pages, each over a line or two of its story (the largest
     * box around it that holds no other such heading, at most {@link #TEASER_CHARS} long), with the main text one of
     * them or made of them and little else. An article's own links to related stories sit beside or below its text,
     * which is longer than a teaser, even a brief's with its headline and dateline.
     */
    static List<Element> teasers(Document doc, Element root) {
        List<Element> linked = new ArrayList<>();
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            Element a = h.closest("a[href]");
            if (a == null) {
                a = h.selectFirst("a[href]");
                if (a == null || !TextCleaner.collapse(a.text()).equals(TextCleaner.collapse(h.text()))) continue;
            }
            String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
            if (!href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:")) linked.add(h);
        }
        if (linked.size() < FRONT_PAGE_TEASERS) return List.of();
        // How many of the linked headings each box holds.
        IdentityHashMap<Element, Integer> holds = new IdentityHashMap<>();
        for (Element h : linked) {
            for (Element e = h; e != null; e = e.parent()) holds.merge(e, 1, Integer::sum);
        }
        List<Element> teasers = new ArrayList<>();
        for (Element h : linked) {
            Element box = h;
            while (box.parent() != null && holds.get(box.parent()) == 1) box = box.parent();
            if (TextCleaner.collapse(box.text()).length() <= TEASER_CHARS) teasers.add(box);
        }
        if (teasers.size() < FRONT_PAGE_TEASERS) return List.of();
        int inRoot = 0;
        for (Element t : teasers) {
            if (t == root || root.parents().contains(t)) return teasers;
            if (t.parents().contains(root)) inRoot += TextCleaner.collapse(t.text()).length();
        }
        int outside = TextCleaner.collapse(root.text()).length() - inRoot;
        return inRoot >= outside && outside <= TEASER_CHARS ? teasers : List.of();
    }

    /**
     * The stories of a section front that lists them as links, one to an item, each a headline with perhaps its time
     * or a teaser ("Monreale, il sindaco firma l'ordinanza anti-vetro per la festa · 3 ore fa"), or none: at least
     * {@link #LISTED_STORIES} such items, little text in the main text besides them, and no sentence of prose in it. An
     * article's list of related stories stands beside the article's text, a brief's among its sentences.
     */
    static List<Element> listedStories(Element root) {
        // Each item read once: a link straight inside a list item (or its heading or paragraph) that holds no list of its
        // own, so that the items' texts do not overlap and a page of lists nested thousands deep costs its length.
        List<Element> items = new ArrayList<>();
        Set<Element> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        int inItems = 0;
        for (Element a : root.select("a[href]")) {
            Element li = a.parent() != null && a.parent().nameIs("li") ? a.parent()
                    : a.parent() != null && a.parent().parent() != null && a.parent().parent().nameIs("li") ? a.parent().parent() : null;
            if (li == null || listed.contains(li) || holdsList(li)) continue;
            String link = TextCleaner.collapse(a.text()), all = TextCleaner.collapse(li.text());
            // the headline first, perhaps with a teaser of a line or two under it
            if (Substance.words(link) >= STORY_WORDS && (link.length() * 3 >= all.length() * 2
                    || all.startsWith(link) && all.length() <= TEASER_CHARS / 2)) {
                items.add(li);
                listed.add(li);
                inItems += all.length();
            }
        }
        if (items.size() < LISTED_STORIES) return List.of();
        // the list is the page's text, as a front's headings with teasers are ({@link #teasers}): a page of offers in
        // lists is an article; and what the page says besides holds no sentence
        List<String> outside = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && listed.contains(e)) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof Element e && isBlockOrDiv(e)) breakLine(outside, line);
                else if (node instanceof TextNode t) line.append(t.text());
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && isBlockOrDiv(e)) breakLine(outside, line);
                return FilterResult.CONTINUE;
            }
        }, root);
        breakLine(outside, line);
        int outsideChars = outside.stream().mapToInt(String::length).sum();
        if (outsideChars > inItems || outsideChars > TEASER_CHARS) return List.of();
        for (String text : outside) if (Sentences.endsLikeSentence(text) && Substance.words(text) >= STORY_WORDS) return List.of();
        return items;
    }

    /** Whether a list item holds a list of its own among its children: a menu's branch, not a story. */
    private static boolean holdsList(Element li) {
        for (Element c : li.children()) if (c.nameIs("ul") || c.nameIs("ol")) return true;
        return false;
    }

    private static void breakLine(List<String> lines, StringBuilder line) {
        String text = TextCleaner.collapse(line.toString());
        if (!text.isEmpty()) lines.add(text);
        line.setLength(0);
    }

    /** A line that is wholly a link is no longer than this. */
    private static final int LINK_LINE = 200;
    /** A section front lists at least this many stories, each headline at least this many words. */
    private static final int LISTED_STORIES = 5, STORY_WORDS = 4;

    /**
     * The names the page gives its site, in lower case: og:site_name, the part of its {@code <title>} beside the
     * headline ("Headline｜相模原日日新聞"), and the masthead's, the text or picture of the link to the site's home.
     */
    private static Set<String> siteNames(Document doc, Optional<String> siteName, Optional<String> headline) {
        Set<String> names = new HashSet<>();
        siteName.ifPresent(names::add);
        String title = TextCleaner.collapse(doc.title());
        if (headline.isPresent() && title.startsWith(headline.get()) && title.length() > headline.get().length()) {
            names.add(title.substring(headline.get().length()).replaceFirst("^\\s*[|｜:·•—–-]\\s*", ""));
        }
        for (Element home : doc.select("a[href=/], a[href=./], a[href=index.html]")) {
            names.add(home.text());
            for (Element logo : home.select("img[alt]")) names.add(logo.attr("alt"));
        }
        Set<String> normalised = new HashSet<>();
        for (String name : names) {
            String n = TextCleaner.collapse(name);
            if (n.length() > 1 && n.length() <= SITE_NAME_CHARS) normalised.add(n.toLowerCase(Locale.ROOT));
        }
        return normalised;
    }

    /** A site's name is a few words, never a sentence of the story. */
    private static final int SITE_NAME_CHARS = 60;

    /**
     * The blocks of the article's box above its headline that are neither a sentence nor a line the patterns know (those
     * go by their kind): the section's name or a kicker ("Zprávy z Ústeckého kraje"), at most {@value #KICKERS} of a
     * few words. The story's text begins under its headline.
     */
    private static List<Element> kickers(Element root, Element h1) {
        if (!h1.parents().contains(root)) return List.of();
        List<Element> kickers = new ArrayList<>();
        for (Element e : textBlocks(root)) {
            if (e == h1 || e.parents().contains(h1) || h1.parents().contains(e)) break;
            if (!precedes(e, h1)) break;
            String text = TextCleaner.collapse(e.text());
            if (text.isEmpty()) continue;
            if (Sentences.endsLikeSentence(text) || Substance.scriptWords(text) > KICKER_WORDS) return List.of();
            if (Boilerplate.classify(text, Set.of(), true).isEmpty() && !Datelines.is(text)) kickers.add(e);
        }
        return kickers.size() <= KICKERS ? kickers : List.of();
    }

    private static final int KICKERS = 2, KICKER_WORDS = 8;

    /** Whether {@code a} comes before {@code b} in the document: compared where their ancestors part. */
    private static boolean precedes(Element a, Element b) {
        List<Element> pa = new ArrayList<>(a.parents()), pb = new ArrayList<>(b.parents());
        Collections.reverse(pa);
        pa.add(a);
        Collections.reverse(pb);
        pb.add(b);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
        if (i == pa.size() || i == pb.size()) return i == pa.size();
        return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
    }

    private static boolean isBanner(String h1, Optional<String> siteName, Optional<String> metaTitle) {
        if (siteName.filter(n -> n.strip().equalsIgnoreCase(h1)).isPresent()) return true;
        return metaTitle.isPresent() && Headlines.shared(h1, Headlines.stemsOf(metaTitle.get())) == 0;
    }

    /** The post's title where a blog's template marks it (hAtom's entry-title, Blogger's post-title, schema.org's headline). */
    private static Optional<String> entryTitle(Document doc) {
        return Optional.ofNullable(doc.selectFirst(".entry-title, .post-title, [itemprop=headline]")).map(e -> TextCleaner.collapse(e.text()))
                .filter(t -> Boilerplate.isHeadlineLike(t) && Headlines.isTitle(t));
    }

    /** A link to a site's front page: its root, with or without the host, or its index page. */
    private static final Pattern FRONT_PAGE = Pattern.compile("(?i)^(?:(?:https?:)?//[^/?#]+)?/?(?:index\\.(?:html?|php))?$");

    /**
     * The site's name as its masthead shows it: the h1 above the article when it is a link to the front page (a blog's
     * name on Blogger or WordPress), or when it is the part of the page's title before or after a separator, the
     * other part being the post's heading ("Negros Health Watch: Bacolod hospital opens …" over an h3 of its words).
     */
    private static Optional<String> mastheadName(Element h1, String pageTitle) {
        String name = TextCleaner.collapse(h1.text());
        if (name.isEmpty()) return Optional.empty();
        Elements links = h1.select("a[href]");
        boolean home = !links.isEmpty() && links.stream().allMatch(a -> FRONT_PAGE.matcher(a.attr("href").strip()).matches()
                && TextCleaner.collapse(a.text()).equals(name));
        if (home) return Optional.of(name);
        // The title's other part must be a heading of the page's, the post's: a news page's h1 is its headline, and
        // its title "Headline | Outlet" shares the h1 too.
        String title = TextCleaner.collapse(pageTitle);
        Document doc = h1.ownerDocument();
        for (String sep : SITE_SEPARATORS) {
            String rest = title.startsWith(name + sep) ? title.substring(name.length() + sep.length())
                    : title.endsWith(sep + name) ? title.substring(0, title.length() - name.length() - sep.length()) : null;
            // and longer than the name: a headline's h1 under the title "Headline | Politics" is no site's name
            if (rest != null && Substance.words(rest) > Substance.words(name) && doc != null && doc.select("h1, h2, h3, .entry-title").stream()
                    .anyMatch(e -> e != h1 && TextCleaner.collapse(e.text()).equals(rest.strip()))) return Optional.of(name);
        }
        return Optional.empty();
    }

    /** What stands between a page's title and its site's name: " | The Site", "The Site: …", "The Site » …". */
    private static final List<String> SITE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ", ": ");

    /** The h2 or h3 that comes before any paragraph of the article's text and reads as a headline, or null. */
    private static Element openingHeading(Element root) {
        for (Element e : root.select("p, h2, h3")) {
            if (e.nameIs("p")) {
                if (!e.text().isBlank()) return null;
                continue;
            }
            String text = TextCleaner.collapse(e.text());
            return Boilerplate.isHeadlineLike(text) && Headlines.isTitle(text) ? e : null;
        }
        return null;
    }

    /** " | The Site" / " - The Site" suffixes of page titles; the site name comes from og:site_name when present. */
    /** An element whose RDFa property is a Dublin Core date ("dc:date", "dc:created", "dcterms:issued") and says it in its content. */
    private static final String RDFA_DATE = "[property~=(^|\\s)dc(terms)?:(date|created|issued)(\\s|$)][content]";

    static String stripSiteSuffix(String title, Optional<String> siteName) {
        String t = TextCleaner.collapse(title);
        if (siteName.isPresent()) {
            for (String sep : SITE_SEPARATORS) {
                String suffix = sep + siteName.get().strip();
                if (t.endsWith(suffix)) return t.substring(0, t.length() - suffix.length()).strip();
                // a blog's title puts its name first: "Negros Health Watch: Bacolod hospital opens …"
                String prefix = siteName.get().strip() + sep;
                if (t.startsWith(prefix) && t.length() > prefix.length()) return t.substring(prefix.length()).strip();
            }
        }
        int bar = Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" — "));
        if (bar > 10 && t.length() - bar < 40) return t.substring(0, bar).strip();
        int dash = t.lastIndexOf(" - ");
        if (dash > 10 && t.length() - dash < 30) return t.substring(0, dash).strip();
        return t;
    }

    /**
     * The locale the page declares: {@code <html lang>}, og:locale, Content-Language or JSON-LD inLanguage. The first
     * one naming a region wins, as the region is what settles how numeric dates are written ("en-GB", not "en"); with
     * none, the country domain of the page's canonical address gives the region ("en" at a .co.in address: "en-IN").
     */
    private static Optional<String> locale(Document doc, JsonNode ld) {
        Element html = doc.selectFirst("html");
        List<String> declared = new ArrayList<>();
        if (html != null && !html.attr("lang").isBlank()) declared.add(html.attr("lang").strip());
        firstMeta(doc, "meta[property=og:locale]").ifPresent(declared::add);
        firstMeta(doc, "meta[http-equiv~=(?i)content-language]").ifPresent(declared::add);
        text(ld, "inLanguage").ifPresent(declared::add);
        Optional<String> withRegion = declared.stream().filter(t -> t.matches("[A-Za-z]{2,3}[-_][A-Za-z]{2}\\b.*")).findFirst();
        if (withRegion.isPresent()) return withRegion;
        // No declared region: the country of the page's own address (canonical or og:url) is the next evidence.
        Optional<String> region = attr(doc.selectFirst("link[rel=canonical][href]"), "href")
                .or(() -> firstMeta(doc, "meta[property=og:url]")).flatMap(DateWords::regionOf);
        Optional<String> language = declared.stream().findFirst();
        if (region.isPresent()) return Optional.of(language.map(l -> l.replaceFirst("[-_].*", "")).orElse("und") + region.get().substring(3));
        return language;
    }

    private static Optional<String> firstMeta(Document doc, String... selectors) {
        for (String s : selectors) {
            Element m = doc.selectFirst(s);
            if (m != null && !m.attr("content").isBlank()) return Optional.of(TextCleaner.collapse(m.attr("content")));
        }
        return Optional.empty();
    }

    private static Optional<String> firstText(Document doc, String... selectors) {
        for (String s : selectors) {
            Element m = doc.selectFirst(s);
            if (m != null && !m.text().isBlank() && m.text().length() < 120) return Optional.of(TextCleaner.collapse(m.text()));
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Element e, String name) {
        return Optional.ofNullable(e).map(x -> x.attr(name)).filter(s -> !s.isBlank());
    }

    /** The first JSON-LD object typed as an article (NewsArticle, Article, ReportageNewsArticle, ...), or null. */
    private static JsonNode jsonLdArticle(Document doc) {
        Elements scripts = doc.select("script[type=application/ld+json]");
        for (Element s : scripts) {
            try {
                JsonNode found = findArticle(JSON.readTree(s.data()));
                if (found != null) return found;
            } catch (Exception e) {
                // Malformed JSON-LD is common on real pages; the meta tags and text remain as evidence.
            }
        }
        return null;
    }

    /** The types a page of other stories' links declares in its JSON-LD: an author's, a tag's or section's, a search's. */
    private static final Set<String> LISTING_TYPES = Set.of("ProfilePage", "CollectionPage", "SearchResultsPage");

    /**
     * What a page with no article in its JSON-LD declares itself to be when that is a list: a JSON-LD type of
     * {@link #LISTING_TYPES}, or Open Graph's "profile" (an author's page).
     */
    private static Optional<String> declaredListing(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<String> type = listingType(JSON.readTree(s.data()));
                if (type.isPresent()) return type;
            } catch (Exception e) {
                // Malformed JSON-LD is common on real pages; Open Graph may still say what the page is.
            }
        }
        return firstMeta(doc, "meta[property=og:type]").filter(t -> t.equalsIgnoreCase("profile"));
    }

    private static Optional<String> listingType(JsonNode n) {
        if (n == null) return Optional.empty();
        if (n.isArray() || n.has("@graph")) {
            for (JsonNode x : n.isArray() ? n : n.get("@graph")) {
                Optional<String> t = listingType(x);
                if (t.isPresent()) return t;
            }
            return Optional.empty();
        }
        JsonNode type = n.get("@type");
        if (type == null) return Optional.empty();
        for (JsonNode t : type.isArray() ? type : List.of(type)) if (LISTING_TYPES.contains(t.asText())) return Optional.of(t.asText());
        return Optional.empty();
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode x : n) {
                JsonNode f = findArticle(x);
                if (f != null) return f;
            }
            return null;
        }
        if (n.has("@graph")) return findArticle(n.get("@graph"));
        JsonNode type = n.get("@type");
        String t = type == null ? "" : type.toString();
        return t.contains("Article") || t.contains("BlogPosting") ? n : null;
    }

    private static Optional<String> text(JsonNode n, String field) {
        if (n == null || !n.hasNonNull(field) || !n.get(field).isTextual()) return Optional.empty();
        return Optional.of(TextCleaner.collapse(n.get(field).asText())).filter(s -> !s.isEmpty());
    }

    private static Optional<String> author(JsonNode n) {
        if (n == null || !n.has("author")) return Optional.empty();
        JsonNode a = n.get("author");
        if (a.isArray() && !a.isEmpty()) a = a.get(0);
        if (a.isTextual()) return Optional.of(a.asText());
        return a.hasNonNull("name") ? Optional.of(a.get("name").asText()) : Optional.empty();
    }
}

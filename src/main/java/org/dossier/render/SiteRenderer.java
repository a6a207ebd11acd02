package org.dossier.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.dossier.extract.PartialDate;
import org.dossier.index.ArchiveIndex;
import org.dossier.index.Dependencies;
import org.dossier.index.SitePaths;
import org.dossier.ingest.Sha256;
import org.dossier.write.ContentPages;
import org.dossier.write.SiteFiles;
import org.dossier.ingest.Capture;
import org.dossier.report.Removals;
import org.dossier.report.SeedOutcome;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns the archive index into pages: every view is computed from the one in-memory index (nothing is queried per
 * page), and pages render in parallel. Each article's body is read back from its content page. The templates come
 * from {@link JBakeEngine}, so this class does not depend on JBake's types.
 */
final class SiteRenderer {
    /** Renders one template with a model into a writer. */
    interface Templates {
        void render(String template, Map<String, Object> model, Writer out) throws Exception;
    }

    /** Writes JSON-LD, and a page's key material: Optional as its value, so a key changes when an optional field does. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());
    private static final ObjectWriter SCRIPT_JSON = JSON.writer(new ScriptEscapes());
    /** Most articles first, then by name: the people index's second list and the home page's top people. */
    private static final java.util.Comparator<ArchiveIndex.Person> MOST_MENTIONED =
            java.util.Comparator.comparing((ArchiveIndex.Person p) -> -p.entries().size()).thenComparing(ArchiveIndex.Person::name);

    /**
     * @param inputs what the page's key is made from: its view, or for article pages (tens of thousands) what
     *               determines the view, which costs less to gather than the view itself
     * @param view   turns the inputs into the view rendered; called only when the page cannot be reused
     * @param reads  the archive's inputs the page is made from (see {@link Dependencies}): while none has changed, the
     *               page keeps its previous key and its inputs are not even gathered
     */
    private record Job(String path, String template, Supplier<Object> inputs, UnaryOperator<Object> view, Dependencies.Reads reads) {
        /** A page whose key is made from its view itself. */
        Job(String path, String template, Supplier<Object> view, Dependencies.Reads reads) {
            this(path, template, view, UnaryOperator.identity(), reads);
        }
    }

    /**
     * What an article page shows: its content page's key stands for the title, date, people, source, decoding and
     * body it holds; the rest is what cleaning recorded beside it, its people's pages and its neighbours' links.
     */
    private record ArticleInputs(String contentKey, long size, Optional<String> byline, int tweets, Map<String, Integer> removed,
                                 List<ArchiveIndex.PersonRef> people, Views.ArticleLink prev, Views.ArticleLink next,
                                 Optional<Capture> capture) {}

    /**
     * What a person page shows: its links (all, or the latest and the pages of each year), its chart, its first and
     * last dated article, and the curated profile.
     */
    private record PersonInputs(String name, String slug, Optional<org.dossier.extract.Curation.Profile> profile, int count,
                                Views.ArticleLink first, Views.ArticleLink last, List<Views.ArticleLink> articles,
                                List<Views.Group> years, Bars bars, List<Views.PersonLink> coMentions) {}

    /**
     * Items a page lists before its list is split (shared-design rule 1, {@link Parts}): on the 1,000-article GenCorpus
     * site a timeline link takes about 280 bytes and a report row about 230, so 1,000 make about 250 kB (the goal is
     * 300 kB). The people index lists everyone twice (about 420 bytes a person), so it splits at half as many. Tests
     * set {@code dossier.pageItems} lower to split small archives.
     */
    static final int PAGE_ITEMS = 1000;
    /** The articles a person page lists when the rest are on the person's pages per year. */
    private static final int LATEST = 20;
    /** The people the people index ranks by articles when everyone is on letter pages. */
    private static final int TOP_PEOPLE = 100;
    private static final String TIMELINE = "timeline/index.html";
    /** The latest dated articles the feed lists. */
    private static final int FEED = 50;

    /** A page of a split list of articles: its site path, how other pages name it, and its articles. */
    private record ArticlePart(String path, String label, List<ArchiveIndex.Entry> entries) {}

    /**
     * A group of a split list of articles (a month, a person's year) and its pages.
     *
     * @param reached whether a bounded change can have reached the group's articles: else its pages list the last
     *                build's, and their digest is taken from it ({@link Dependencies#declareList})
     */
    private record ArticleGroup(String name, String anchor, List<ArchiveIndex.Entry> entries, List<ArticlePart> parts, boolean reached) {}

    private final RenderInput in;
    private final Templates templates;
    private final SiteFiles files;
    private final Views.Site site;
    private final Views.Stats stats;
    private final Map<String, ArchiveIndex.Entry> byId = new java.util.HashMap<>();
    private final Map<String, Integer> personCounts = new java.util.HashMap<>();
    private final int pageItems;
    /** Pages carried as they were planned ({@link #carried}): planned on one thread, before any job runs. */
    private int carried;
    /** The dated articles by year, then month (0 for those known only by year), in timeline order. */
    private final TreeMap<Integer, TreeMap<Integer, List<ArchiveIndex.Entry>>> years = new TreeMap<>();
    private final List<ArchiveIndex.Entry> undated = new ArrayList<>();
    /** Everyone, by the first letter of their surname. */
    private final Map<String, List<ArchiveIndex.Person>> letters;

    SiteRenderer(RenderInput in, Templates templates, SiteFiles files) {
        this.in = in;
        this.templates = templates;
        this.files = files;
        in.index().timeline().forEach(e -> byId.put(e.id(), e));
        in.index().people().forEach(p -> personCounts.put(p.slug(), p.entries().size()));
        this.pageItems = Integer.getInteger("dossier.pageItems", PAGE_ITEMS);
        for (ArchiveIndex.Entry e : in.index().timeline()) {
            Optional<PartialDate> d = e.article().date();
            if (d.isEmpty()) undated.add(e);
            else years.computeIfAbsent(d.get().year(), k -> new TreeMap<>()).computeIfAbsent(d.get().month(), k -> new ArrayList<>()).add(e);
        }
        this.letters = letters();
        List<ArchiveIndex.Entry> dated = in.index().timeline().stream().filter(e -> e.article().date().isPresent()).toList();
        this.site = new Views.Site(in.site().title(), in.site().description());
        this.stats = new Views.Stats(in.index().timeline().size(), in.index().people().size(),
                in.report().with(SeedOutcome.Status.REJECTED).size(), in.report().with(SeedOutcome.Status.DUPLICATE).size(),
                dated.isEmpty() ? "" : Display.date(dated.get(0).article().date()),
                dated.isEmpty() ? "" : Display.date(dated.get(dated.size() - 1).article().date()));
    }

    /** Renders every page; returns how many pages the site has. Failures are collected and thrown together at the end. */
    int renderAll() throws RenderFailure {
        // The pages about the whole archive first: each lists every article (70 ms at 10,000) and cannot be split, so
        // last in line they would finish alone while the other cores wait.
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(TIMELINE, "timeline.ftl", this::timeline, listing(TIMELINE, timelineShown())));
        jobs.add(new Job("report.html", "report.ftl", this::report, listing("report.html", reportShown())));
        jobs.add(new Job("index.html", "index.ftl", this::home, listing("index.html", homeShown())));
        jobs.add(new Job("people/index.html", "people.ftl", this::people, listing("people/index.html", peopleShown())));
        jobs.add(new Job("feed.xml", "feed.ftl", this::feed, listing("feed.xml", articles(new Dependencies.Digest(), latestDated(in.index().timeline(), FEED)))));
        if (in.baseUrl().isPresent()) jobs.add(new Job("sitemap.xml", "sitemap.ftl", this::sitemap, listing("sitemap.xml", sitemapShown())));
        jobs.add(new Job("search.html", "search.ftl", () -> "search", Dependencies.only(Dependencies.SITE)));
        jobs.add(new Job("404.html", "404.ftl", () -> "404", Dependencies.only(Dependencies.SITE)));
        // A page whose inputs are unchanged is carried here, as it is planned: no job, no task, nothing gathered
        // (at 100,000 articles a job per page was most of a change's render stage). When the change was bounded, only
        // the pages that read what it reached are visited at all, and the others are kept unsaid where they are.
        Optional<Dependencies.Reach> reach = files.staysInPlace() ? in.dependencies().reach() : Optional.empty();
        for (ArchiveIndex.Entry e : reach.isPresent() ? reached(reach.get()) : in.index().timeline()) {
            Dependencies.Reads reads = Dependencies.articlePage(e);
            if (!carried(e.url(), reads)) jobs.add(new Job(e.url(), "article.ftl", () -> articleInputs(e), inputs -> article(e, body(e)), reads));
        }
        // A person's chart links each year and month where the timeline shows it: the person's page reads how it is cut.
        Dependencies.Digest cut = new Dependencies.Digest().add(timelineWhole() ? 1 : 0);
        if (!timelineWhole()) years.keySet().forEach(y -> { if (!yearWhole(y)) cut.add(y); });
        in.dependencies().declare(Dependencies.TIMELINE_PAGES, cut.add(pageItems).value());
        // Cut as the last build cut them, the lists a bounded change did not reach are the last build's.
        Optional<Dependencies.Reach> bounded = reach.filter(r -> Dependencies.only(Dependencies.TIMELINE_PAGES).unchanged(in.dependencies()));
        Set<String> timelineReached = bounded.map(this::timelineReached).orElse(null);
        if (!timelineWhole()) timelineJobs(jobs, part -> timelineReached == null || timelineReached.contains(part));
        Optional<Set<String>> persons = bounded.map(Dependencies.Reach::persons);
        int visited = 0;
        for (ArchiveIndex.Person p : in.index().people()) {
            boolean reached = persons.isEmpty() || persons.get().contains(p.slug());
            List<ArticleGroup> groups = p.entries().size() <= pageItems ? List.of() : personYears(p, reached);
            // A person the change did not reach keeps the page the last build put, kept unsaid with the others.
            if (reached) {
                visited++;
                Dependencies.Reads reads = Dependencies.personPage(p).and(Dependencies.only(Dependencies.TIMELINE_PAGES));
                if (!carried(SitePaths.person(p.slug()), reads)) {
                    jobs.add(new Job(SitePaths.person(p.slug()), "person.ftl", () -> personInputs(p, groups), inputs -> person(p, (PersonInputs) inputs), reads));
                }
            }
            if (groups.isEmpty()) continue;
            String root = "../../";
            Views.PartLink page = new Views.PartLink(p.name(), personHref(p.slug(), root), 0);
            articlePages(jobs, groups, root, page, page, p.name() + ", ", "people");
        }
        if (persons.isPresent()) {
            files.keepPages("people/", reach.get().gonePersons().stream().map(SitePaths::person).collect(Collectors.toSet()));
            carried += in.index().people().size() - visited;
        }
        if (in.index().people().size() > pageItems / 2) letterJobs(jobs);
        if (in.report().seeds().size() > pageItems) reportJobs(jobs);
        in.dependencies().listsDeclared();

        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        jobs.parallelStream().forEach(job -> {
            try {
                render(job);
            } catch (Exception ex) {
                errors.add(job.path() + ": " + ex.getMessage());
            } catch (OutOfMemoryError ex) {
                errors.add(job.path() + ": too big to render in memory (" + ex.getMessage() + ")");
            }
        });
        if (!errors.isEmpty()) {
            List<String> sorted = new ArrayList<>(errors);
            Collections.sort(sorted);
            throw new RenderFailure(sorted);
        }
        return jobs.size() + carried;
    }

    /**
     * The articles whose pages read what a bounded change reached: their own facts, or a neighbour's link. Every other
     * article page is kept unsaid where the last build put it.
     */
    private List<ArchiveIndex.Entry> reached(Dependencies.Reach reach) {
        Set<String> ids = new TreeSet<>(reach.articles());
        for (String id : reach.links()) {
            ArchiveIndex.Entry e = byId.get(id);
            e.prev().ifPresent(ids::add);
            e.next().ifPresent(ids::add);
        }
        files.keepPages("articles/", reach.goneArticles().stream().map(SitePaths::article).collect(Collectors.toSet()));
        carried += in.index().timeline().size() - ids.size();
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Whether the page keeps its previous key and stays in the live site as the previous build put it ({@link
     * SiteFiles#carried}); when not, its job keys it (or takes its previous key, when only its stamp is missing).
     */
    private boolean carried(String path, Dependencies.Reads reads) {
        Optional<String> previous = in.dependencies().unchangedKey(path, reads);
        if (previous.isEmpty() || !files.carried(path, previous.get())) return false;
        carried++;
        return true;
    }

    /**
     * Renders the page, unless the previous site has it from the same view, templates and code: known without gathering
     * the view when the page's inputs are unchanged.
     */
    private void render(Job job) throws Exception {
        Optional<String> previous = in.dependencies().previousKey(job.path(), job.reads());
        // A page that keeps its key stays as the previous build put it, unlooked at: nothing of it is gathered.
        if (previous.isPresent()) {
            if (!files.carried(job.path(), previous.get())) files.put(job.path(), previous.get(), () -> page(job, model(job), job.inputs().get()));
            return;
        }
        Map<String, Object> model = model(job);
        Object inputs = job.inputs().get();
        // Every component of every record, as JSON: what toString would give, without its method-handle chains, which
        // C1 runs slowly (a fifth of the render stage's time went into keys).
        String key = Sha256.hex(JSON.writeValueAsBytes(new Object[] {in.renderKey(), job.template(), model, inputs}));
        files.put(job.path(), key, () -> page(job, model, inputs));
    }

    /** What every page's template sees besides the page's own view; part of the page's key. */
    private Map<String, Object> model(Job job) {
        int depth = (int) job.path().chars().filter(c -> c == '/').count();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("root", "../".repeat(depth));
        model.put("site", site);
        model.put("path", job.path());
        model.put("base", in.baseUrl().orElse(""));
        return model;
    }

    private byte[] page(Job job, Map<String, Object> model, Object inputs) throws Exception {
        model.put("page", job.view().apply(inputs));
        Utf8Writer out = new Utf8Writer(16384);
        templates.render(job.template(), model, out);
        return out.toBytes();
    }

    // ---------------------------------------------------------------- what the pages that list others show

    /**
     * Declares the own input of a page that lists many others ({@link Dependencies#list}): the digest of what it
     * lists, the page limit that cut its lists, and how it names and links its neighbours ({@code shown}, as text).
     * While these stay as they were, the page keeps its key without its view being gathered. Returns its inputs.
     */
    private Dependencies.Reads listing(String path, Dependencies.Digest listed, Object... shown) {
        return listing(path, true, () -> listed, shown);
    }

    /** As above, for a page whose list a bounded change may not have {@code reached}: then it is not digested. */
    private Dependencies.Reads listing(String path, boolean reached, Supplier<Dependencies.Digest> listed, Object... shown) {
        Dependencies.Digest d = new Dependencies.Digest().add(pageItems);
        for (Object o : shown) d.add(String.valueOf(o));
        return in.dependencies().declareList(path, reached, () -> listed.get().value(), d);
    }

    /**
     * The parts of the timeline ({@link #timelinePart}) whose lists a bounded change reached: where the articles whose
     * link changed stand, and where the last build's articles of the change stood.
     */
    private Set<String> timelineReached(Dependencies.Reach reach) {
        Set<String> parts = new java.util.HashSet<>();
        java.util.function.Consumer<Optional<PartialDate>> at = d -> {
            parts.add(timelinePart(d, false));
            parts.add(timelinePart(d, true));
        };
        reach.links().forEach(id -> at.accept(byId.get(id).article().date()));
        reach.before().forEach(a -> at.accept(a.date()));
        return parts;
    }

    /** The list of the timeline an article of the date is in: its year's or its month's (0 when known only by year), or the undated. */
    private static String timelinePart(Optional<PartialDate> date, boolean month) {
        return date.map(d -> month ? d.year() + "-" + d.month() : Integer.toString(d.year())).orElse("undated");
    }

    /** Adds what a link to each of the articles shows (its {@link Dependencies#link} version), in order. */
    private Dependencies.Digest articles(Dependencies.Digest d, List<ArchiveIndex.Entry> entries) {
        d.add(entries.size());
        for (ArchiveIndex.Entry e : entries) d.add(in.dependencies().linkVersion(e));
        return d;
    }

    /** Adds what a link to each person shows: name, page and number of articles. */
    private static Dependencies.Digest persons(Dependencies.Digest d, List<ArchiveIndex.Person> people) {
        d.add(people.size());
        for (ArchiveIndex.Person p : people) d.add(p.name()).add(p.slug()).add(p.entries().size());
        return d;
    }

    /** Adds what the report shows of {@code count} files from the {@code from}th: each one's row ({@link Dependencies#rows}). */
    private Dependencies.Digest rows(Dependencies.Digest d, int from, int count) {
        long[] rows = in.dependencies().rows(in.report());
        d.add(count);
        for (int i = from; i < from + count; i++) d.add(rows[i]);
        return d;
    }

    /** The timeline's overview: how many articles each month has, and the articles themselves while they fit it. */
    private Dependencies.Digest timelineShown() {
        Dependencies.Digest d = new Dependencies.Digest().add(years.size());
        boolean whole = timelineWhole();
        years.forEach((y, months) -> {
            d.add(y).add(months.size());
            months.forEach((m, entries) -> {
                d.add(m).add(entries.size());
                if (whole) articles(d, entries);
            });
        });
        d.add(undated.size());
        if (whole) articles(d, undated);
        return d;
    }

    /** The home page: the figures, the latest articles, the most mentioned people and each year's count and page. */
    private Dependencies.Digest homeShown() {
        Dependencies.Digest d = persons(articles(new Dependencies.Digest().add(stats.toString()), latest(in.index().timeline(), 10)), top(12));
        d.add(years.size());
        years.keySet().forEach(y -> d.add(y).add(yearCount(y)).add(yearPath(y)));
        return d;
    }

    /** The people index: everyone by letter with their number of articles, from which its pages and top list follow. */
    private Dependencies.Digest peopleShown() {
        Dependencies.Digest d = new Dependencies.Digest().add(letters.size());
        letters.forEach((l, ps) -> persons(d.add(l), ps));
        return d;
    }

    /** The report: every file's row (its totals and pages follow from them), the figures and the problems. */
    private Dependencies.Digest reportShown() {
        return rows(new Dependencies.Digest(), 0, in.report().seeds().size()).add(stats.toString()).add(in.report().problems().toString());
    }

    private Dependencies.Digest sitemapShown() {
        Dependencies.Digest d = articles(new Dependencies.Digest(), in.index().timeline()).add(in.index().people().size());
        in.index().people().forEach(p -> d.add(p.slug()));
        return d;
    }

    static final class RenderFailure extends Exception {
        final List<String> errors;

        RenderFailure(List<String> errors) {
            super(errors.size() + " page(s) failed to render:\n  " + String.join("\n  ", errors));
            this.errors = errors;
        }
    }

    // ---------------------------------------------------------------- views

    private Views.ArticleLink link(ArchiveIndex.Entry e, String root) {
        Optional<PartialDate> d = e.article().date();
        return new Views.ArticleLink(e.article().title(), root + e.url(), Display.date(d), d.map(Object::toString).orElse(""));
    }

    private Views.PersonLink personLink(String name, String slug, String root) {
        return new Views.PersonLink(name, personHref(slug, root), personCounts.getOrDefault(slug, 0));
    }

    /** A person's page is named after a curated profile's file when there is one, whatever characters that holds. */
    private static String personHref(String slug, String root) {
        return root + Display.href(SitePaths.person(slug));
    }

    private String body(ArchiveIndex.Entry e) {
        try {
            return ContentPages.body(in.articlePages().resolve(e.article().id() + ".html"));
        } catch (Exception ex) {
            throw new IllegalStateException("cannot read its content page: " + ex.getMessage(), ex);
        }
    }

    private ArticleInputs articleInputs(ArchiveIndex.Entry e) {
        var a = e.article();
        return new ArticleInputs(a.contentKey(), a.size(), a.byline(), a.tweets(), a.removals().counts(), e.people(),
                e.prev().map(id -> link(byId.get(id), "../")).orElse(null), e.next().map(id -> link(byId.get(id), "../")).orElse(null),
                a.capture());
    }

    private Views.Article article(ArchiveIndex.Entry e, String body) {
        var a = e.article();
        String root = "../";
        // No counts: an article page must not change when another article mentions the same person.
        List<Views.PersonLink> people = e.people().stream().map(p -> new Views.PersonLink(p.name(), personHref(p.slug(), root), 0)).toList();
        String permalink = in.baseUrl().map(b -> b + e.url()).orElse(e.url());
        return new Views.Article(e.id(), e.url(), a.title(), Display.date(a.date()), a.date().map(Object::toString).orElse(""),
                a.dateSource().orElse(""), a.titleSource(), people, body,
                e.prev().map(id -> link(byId.get(id), root)).orElse(null), e.next().map(id -> link(byId.get(id), root)).orElse(null),
                root + Display.href(in.index().originals().get(a.source())), a.source(), a.sha256(), a.size(), a.decoding(),
                removed(a.removals()), permalink, a.byline().orElse(""), articleJsonLd(e, permalink), a.tweets(),
                a.capture().map(c -> new Views.Captured(c.url(), c.captured(), c.earlier())).orElse(null));
    }

    private static List<Views.Removed> removed(Removals r) {
        return r.counts().entrySet().stream().map(x -> new Views.Removed(x.getKey(), x.getValue())).toList();
    }

    private String articleJsonLd(ArchiveIndex.Entry e, String permalink) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "NewsArticle");
        n.put("headline", e.article().title());
        e.article().date().ifPresent(d -> n.put("datePublished", d.toString()));
        n.put("url", permalink);
        n.put("identifier", "sha256:" + e.article().sha256());
        // The page it was read from, as captured: a web archive's record of where and when.
        e.article().capture().ifPresent(c -> n.putObject("isBasedOn").put("@type", "WebPage").put("url", c.url()).put("dateCreated", c.captured()));
        ArrayNode mentions = n.putArray("mentions");
        e.people().forEach(p -> mentions.addObject().put("@type", "Person").put("name", p.name()));
        return safeJson(n);
    }

    /**
     * JSON for a script element, and still valid JSON: every {@code <}, {@code >} and {@code &} is written as a
     * six-character escape ({@code "<"} as backslash, {@code u003C}), so no {@code "</script"} can close the element
     * and no {@code "<!--"} can open a comment in it; U+2028 and U+2029 too, for JavaScript parsers older than ES2019.
     */
    static String safeJson(Object n) {
        try {
            return SCRIPT_JSON.writeValueAsString(n);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** JSON's escapes, and six-character ones for the characters HTML or old JavaScript would read in a script element. */
    private static final class ScriptEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            for (char c : "<>&".toCharArray()) ascii[c] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private PersonInputs personInputs(ArchiveIndex.Person p, List<ArticleGroup> years) {
        String root = "../";
        List<ArchiveIndex.Entry> dated = p.entries().stream().filter(e -> e.article().date().isPresent()).toList();
        List<Views.ArticleLink> articles = links(years.isEmpty() ? p.entries() : latest(p.entries(), LATEST), root);
        Bars bars = Bars.of(p.entries(), (y, m) -> root + (m == 0 ? yearPath(y) : monthPath(y, m)));
        return new PersonInputs(p.name(), p.slug(), p.profile(), p.entries().size(),
                dated.isEmpty() ? null : link(dated.get(0), root), dated.isEmpty() ? null : link(dated.get(dated.size() - 1), root),
                articles, groups(years, root), bars, coMentions(p));
    }

    private List<Views.ArticleLink> links(List<ArchiveIndex.Entry> entries, String root) {
        return entries.stream().map(e -> link(e, root)).toList();
    }

    /** The latest n dated articles, newest first; the first n when none is dated. */
    private static List<ArchiveIndex.Entry> latest(List<ArchiveIndex.Entry> entries, int n) {
        List<ArchiveIndex.Entry> latest = latestDated(entries, n);
        return latest.isEmpty() ? entries.subList(0, Math.min(n, entries.size())) : latest;
    }

    /** The latest n dated articles, newest first. */
    private static List<ArchiveIndex.Entry> latestDated(List<ArchiveIndex.Entry> entries, int n) {
        List<ArchiveIndex.Entry> latest = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && latest.size() < n; i--) {
            if (entries.get(i).article().date().isPresent()) latest.add(entries.get(i));
        }
        return latest;
    }

    private List<Views.PersonLink> coMentions(ArchiveIndex.Person p) {
        return p.coMentions().stream()
                .map(c -> new Views.PersonLink(c.person().name(), personHref(c.person().slug(), "../"), c.articles())).toList();
    }

    /** A person's articles by year, undated last, each year cut into pages when long. */
    private List<ArticleGroup> personYears(ArchiveIndex.Person p, boolean reached) {
        // By the year's number (undated: none), named once per year: a person of 10,000 articles is planned on every build.
        Map<Integer, List<ArchiveIndex.Entry>> byYear = new LinkedHashMap<>();
        for (ArchiveIndex.Entry e : p.entries()) {
            Optional<PartialDate> d = e.article().date();
            byYear.computeIfAbsent(d.isPresent() ? d.get().year() : null, k -> new ArrayList<>()).add(e);
        }
        List<ArticleGroup> groups = new ArrayList<>();
        byYear.forEach((year, entries) -> {
            String y = year == null ? "undated" : Integer.toString(year);
            groups.add(new ArticleGroup(year == null ? "Undated" : y, "y-" + y, entries, articleParts(SitePaths.personYear(p.slug(), y), entries),
                    reached));
        });
        return groups;
    }

    /** The person's page, from the links already made for its key. */
    private Views.Person person(ArchiveIndex.Person p, PersonInputs inputs) {
        ObjectNode ld = JSON.createObjectNode();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Person");
        ld.put("name", p.name());
        // the curated aliases, then the other spellings the articles use
        List<String> aliases = new ArrayList<>(p.profile().map(pr -> pr.aliases()).orElse(List.of()));
        p.spellings().stream().filter(n -> !aliases.contains(n)).forEach(aliases::add);
        if (!aliases.isEmpty()) {
            ArrayNode alt = ld.putArray("alternateName");
            aliases.forEach(alt::add);
        }
        List<String> bio = p.profile().map(pr -> List.of(pr.bio().split("\\n\\s*\\n"))).orElse(List.of()).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Views.ArticleLink first = inputs.first(), last = inputs.last();
        Bars bars = inputs.bars();
        return new Views.Person(p.name(), p.slug(), inputs.count(), first == null ? "" : first.date(), last == null ? "" : last.date(),
                first, last, inputs.articles(), inputs.years(), inputs.coMentions(), List.copyOf(aliases), bio, bars.bars(),
                bars.width(), bars.height(), safeJson(ld));
    }

    // ---------------------------------------------------------------- split lists

    /** A link from the page at {@code page} to a site path: only its anchor when the target is on that page. */
    private static String relative(String target, String page, String root) {
        return target.startsWith(page + "#") ? target.substring(page.length()) : root + target;
    }

    /** How other pages name a page of articles: the dates it spans, or its first title when it has no date. */
    private static String span(List<ArchiveIndex.Entry> entries) {
        Optional<PartialDate> first = entries.get(0).article().date();
        if (first.isEmpty()) return "From “" + entries.get(0).article().title() + "”";
        return range(Display.date(first), Display.date(entries.get(entries.size() - 1).article().date()));
    }

    /** How a page is named by its first and last item. */
    private static String range(String first, String last) {
        return first.equals(last) ? first : first + " to " + last;
    }

    private List<ArticlePart> articleParts(String base, List<ArchiveIndex.Entry> entries) {
        return Parts.of(entries, ArchiveIndex.Entry::id, pageItems).stream()
                .map(p -> new ArticlePart(p.path(base, ArchiveIndex.Entry::id), span(p.items()), p.items())).toList();
    }

    private static List<Views.Group> groups(List<ArticleGroup> groups, String root) {
        return groups.stream().map(g -> new Views.Group(g.name(), g.anchor(), g.entries().size(), g.parts().stream()
                .map(p -> new Views.PartLink(g.parts().size() == 1 ? g.name() : p.label(), root + Display.href(p.path()), p.entries().size()))
                .toList())).toList();
    }

    /** Each page of a sequence of split lists, between the one before and the one after it and under its overview. */
    private static List<Views.Pager> pagers(List<Views.PartLink> sequence, Views.PartLink up) {
        List<Views.Pager> pagers = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            pagers.add(new Views.Pager(up, i > 0 ? sequence.get(i - 1) : null, i + 1 < sequence.size() ? sequence.get(i + 1) : null));
        }
        return pagers;
    }

    /**
     * A page per part of the groups (all in one folder, {@code root} from the site's): their links to each other
     * carry no counts, so a page does not change when an article joins its neighbour.
     */
    private void articlePages(List<Job> jobs, List<ArticleGroup> groups, String root, Views.PartLink context, Views.PartLink up,
                              String titlePrefix, String current) {
        List<ArticleGroup> owners = new ArrayList<>();
        List<ArticlePart> parts = new ArrayList<>();
        List<Views.PartLink> sequence = new ArrayList<>();
        for (ArticleGroup g : groups) {
            for (ArticlePart p : g.parts()) {
                owners.add(g);
                parts.add(p);
                sequence.add(new Views.PartLink(g.parts().size() == 1 ? g.name() : p.label(), root + Display.href(p.path()), 0));
            }
        }
        List<Views.Pager> pagers = pagers(sequence, up);
        for (int i = 0; i < parts.size(); i++) {
            ArticleGroup g = owners.get(i);
            ArticlePart p = parts.get(i);
            Views.Pager pager = pagers.get(i);
            String heading = g.parts().size() == 1 ? g.name() : g.name() + ": " + p.label();
            boolean showDate = p.entries().stream().anyMatch(e -> e.article().date().map(d -> d.month() != 0).orElse(false));
            jobs.add(new Job(p.path(), "articles.ftl", () ->
                    new Views.ArticlePage(titlePrefix + heading, context, heading, pager, links(p.entries(), root), showDate, current),
                    listing(p.path(), g.reached(), () -> articles(new Dependencies.Digest(), p.entries()), titlePrefix, heading,
                    context, pager, current)));
        }
    }

    // ---------------------------------------------------------------- people index

    private Views.People people() {
        String root = "../";
        boolean whole = in.index().people().size() <= pageItems / 2;
        List<Views.Letter> list = new ArrayList<>();
        List<Views.Group> pages = new ArrayList<>();
        letters.forEach((l, ps) -> {
            if (whole) list.add(new Views.Letter(l, letterAnchor(l), ps.stream().map(p -> personLink(p.name(), p.slug(), root)).toList()));
            else pages.add(new Views.Group(l, letterAnchor(l), ps.size(), letterParts(l, ps).stream()
                    .map(x -> new Views.PartLink(x.label(), root + Display.href(x.path()), x.people().size())).toList()));
        });
        List<Views.PersonLink> byCount = top(whole ? Long.MAX_VALUE : TOP_PEOPLE).stream()
                .map(p -> personLink(p.name(), p.slug(), root)).toList();
        return new Views.People(list, byCount, in.index().people().size(), pages);
    }

    /** Everyone, under the first letter of their surname ("#" for the rest), sorted by surname. */
    private Map<String, List<ArchiveIndex.Person>> letters() {
        Map<String, List<ArchiveIndex.Person>> letters = new TreeMap<>();
        for (ArchiveIndex.Person p : in.index().people()) {
            String key = sortKey(p.name());
            String letter = key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "#" : key.substring(0, 1).toUpperCase(Locale.ROOT);
            letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(p);
        }
        letters.values().forEach(ps -> ps.sort(java.util.Comparator.comparing((ArchiveIndex.Person x) -> sortKey(x.name()))
                .thenComparing(ArchiveIndex.Person::name)));
        return letters;
    }

    private static String letterAnchor(String letter) {
        return letter.equals("#") ? "other" : "letter-" + letter.toLowerCase(Locale.ROOT);
    }

    /** A page of a letter of the people index. */
    private record LetterPart(String letter, String path, String label, List<ArchiveIndex.Person> people) {}

    private List<LetterPart> letterParts(String letter, List<ArchiveIndex.Person> people) {
        String base = SitePaths.peopleLetter(letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT));
        List<Parts<ArchiveIndex.Person>> parts = Parts.of(people, ArchiveIndex.Person::slug, pageItems);
        return parts.stream().map(x -> new LetterPart(letter, x.path(base, ArchiveIndex.Person::slug), parts.size() == 1 ? letter
                : range(x.items().get(0).name(), x.items().get(x.items().size() - 1).name()), x.items())).toList();
    }

    private void letterJobs(List<Job> jobs) {
        String root = "../../";
        List<LetterPart> parts = new ArrayList<>();
        letters.forEach((l, ps) -> parts.addAll(letterParts(l, ps)));
        List<Views.Pager> pagers = pagers(parts.stream().map(x -> new Views.PartLink(x.label(), root + Display.href(x.path()), 0)).toList(),
                new Views.PartLink("People", "../index.html", 0));
        for (int i = 0; i < parts.size(); i++) {
            LetterPart x = parts.get(i);
            Views.Pager pager = pagers.get(i);
            jobs.add(new Job(x.path(), "people-letter.ftl", () -> new Views.PeoplePage(x.letter(), x.label(), pager,
                    x.people().stream().map(p -> personLink(p.name(), p.slug(), root)).toList()),
                    listing(x.path(), persons(new Dependencies.Digest(), x.people()), x.letter(), x.label(), pager)));
        }
    }

    /** People are filed by surname: "Joe Biden" under B. */
    static String sortKey(String name) {
        String[] parts = name.split("\\s+");
        String last = parts[parts.length - 1];
        return (org.dossier.extract.Slugs.of(last, 80) + " " + org.dossier.extract.Slugs.of(name, 200)).strip();
    }

    // ---------------------------------------------------------------- timeline

    /** The whole timeline fits its overview page: no pages per year. */
    private boolean timelineWhole() {
        return in.index().timeline().size() <= pageItems;
    }

    private int yearCount(int year) {
        return years.get(year).values().stream().mapToInt(List::size).sum();
    }

    /** A year's articles fit its page: no pages per month. */
    private boolean yearWhole(int year) {
        return yearCount(year) <= pageItems;
    }

    private static String monthAnchor(int year, int month) {
        return month == 0 ? "y-" + year + "-approx" : String.format("m-%d-%02d", year, month);
    }

    /** Where the timeline shows a year, from the site's root. */
    private String yearPath(int year) {
        return timelineWhole() ? TIMELINE + "#y-" + year : SitePaths.timeline(Integer.toString(year)) + ".html";
    }

    /** Where the timeline shows a month (0: the articles known only by year), from the site's root. */
    private String monthPath(int year, int month) {
        if (timelineWhole()) return TIMELINE + "#" + monthAnchor(year, month);
        if (yearWhole(year)) return SitePaths.timeline(Integer.toString(year)) + ".html#" + monthAnchor(year, month);
        return SitePaths.timelineMonth(year, month) + ".html";
    }

    private String undatedPath() {
        return timelineWhole() ? TIMELINE + "#undated" : SitePaths.timeline("undated") + ".html";
    }

    private Views.Timeline timeline() {
        String root = "../";
        Bars bars = Bars.of(in.index().timeline(), (y, m) -> relative(m == 0 ? yearPath(y) : monthPath(y, m), TIMELINE, root));
        boolean whole = timelineWhole();
        return new Views.Timeline(years.keySet().stream().map(y -> yearRow(y, root)).toList(),
                whole ? years.keySet().stream().map(y -> yearListing(y, root)).toList() : List.of(),
                whole ? links(undated, root) : List.of(), undated.size(), relative(undatedPath(), TIMELINE, root),
                bars.bars(), bars.width(), bars.height(), in.index().timeline().size());
    }

    private Views.YearRow yearRow(int year, String root) {
        TreeMap<Integer, List<ArchiveIndex.Entry>> months = years.get(year);
        List<Views.PartLink> cells = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int n = months.getOrDefault(m, List.of()).size();
            cells.add(new Views.PartLink(Display.monthName(m), n == 0 ? "" : relative(monthPath(year, m), TIMELINE, root), n));
        }
        List<ArchiveIndex.Entry> approximate = months.get(0);
        return new Views.YearRow(Integer.toString(year), "y-" + year, relative(yearPath(year), TIMELINE, root), yearCount(year), cells,
                approximate == null ? null : new Views.PartLink("Sometime in " + year, relative(monthPath(year, 0), TIMELINE, root),
                        approximate.size()));
    }

    /** A year's articles by month, those known only by year last. */
    private Views.Year yearListing(int year, String root) {
        List<Views.Month> ms = new ArrayList<>();
        years.get(year).forEach((m, entries) -> {
            if (m != 0) ms.add(new Views.Month(Display.monthName(m), monthAnchor(year, m), entries.size(), links(entries, root)));
        });
        return new Views.Year(Integer.toString(year), "y-" + year, yearCount(year), ms,
                links(years.get(year).getOrDefault(0, List.of()), root));
    }

    /** A year's months (those known only by year last) and their pages, when the year's page cannot list them all. */
    private List<ArticleGroup> yearMonths(int year, Predicate<String> reached) {
        if (yearWhole(year)) return List.of();
        List<ArticleGroup> groups = new ArrayList<>();
        years.get(year).forEach((m, entries) -> {
            if (m != 0) groups.add(new ArticleGroup(Display.monthName(m) + " " + year, monthAnchor(year, m), entries,
                    articleParts(SitePaths.timelineMonth(year, m), entries), reached.test(year + "-" + m)));
        });
        List<ArchiveIndex.Entry> approximate = years.get(year).get(0);
        if (approximate != null) groups.add(new ArticleGroup("Sometime in " + year, monthAnchor(year, 0), approximate,
                articleParts(SitePaths.timelineMonth(year, 0), approximate), reached.test(year + "-0")));
        return groups;
    }

    /** The pages of years, of the undated articles and of the months of large years, when the overview cannot list them. */
    /** @param reached whether a bounded change can have reached a part's list ({@link #timelinePart}) */
    private void timelineJobs(List<Job> jobs, Predicate<String> reached) {
        String root = "../";
        Views.PartLink context = new Views.PartLink("Timeline", "index.html", 0);
        List<String> groups = new ArrayList<>();
        years.keySet().forEach(y -> groups.add(Integer.toString(y)));
        if (!undated.isEmpty()) groups.add("undated");
        List<Views.Pager> pagers = pagers(groups.stream()
                .map(g -> new Views.PartLink(g.equals("undated") ? "Undated" : g, g + ".html", 0)).toList(), context);
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            Views.Pager pager = pagers.get(i);
            boolean isUndated = g.equals("undated");
            List<ArticleGroup> sections = !isUndated ? yearMonths(Integer.parseInt(g), reached) : undated.size() <= pageItems ? List.of()
                    : List.of(new ArticleGroup("Undated", "undated-pages", undated, articleParts(SitePaths.timelineUndated(), undated),
                            reached.test(g)));
            // A year's page lists its months' articles, or else links their pages.
            Supplier<Dependencies.Digest> listed = () -> {
                Dependencies.Digest d = new Dependencies.Digest();
                if (sections.isEmpty() && isUndated) articles(d, undated);
                else if (sections.isEmpty()) {
                    d.add(years.get(Integer.parseInt(g)).size());
                    years.get(Integer.parseInt(g)).forEach((m, entries) -> articles(d.add(m), entries));
                }
                return d;
            };
            String path = SitePaths.timeline(g) + ".html";
            jobs.add(new Job(path, "timeline-year.ftl", () -> isUndated
                    ? new Views.TimelineYear("Undated", "undated", undated.size(), pager, null,
                            sections.isEmpty() ? links(undated, root) : List.of(), groups(sections, root))
                    : new Views.TimelineYear(g, "y-" + g, yearCount(Integer.parseInt(g)), pager,
                            sections.isEmpty() ? yearListing(Integer.parseInt(g), root) : null, List.of(), groups(sections, root)),
                    listing(path, reached.test(g), listed, g, pager, groups(sections, root))));
            articlePages(jobs, sections, root, context, new Views.PartLink(isUndated ? "Undated" : g, g + ".html", 0), "", "timeline");
        }
    }

    private Views.Home home() {
        List<Views.PersonLink> top = top(12).stream().map(p -> personLink(p.name(), p.slug(), "")).toList();
        List<Views.PartLink> byYear = years.keySet().stream()
                .map(y -> new Views.PartLink(Integer.toString(y), relative(yearPath(y), "index.html", ""), yearCount(y))).toList();
        return new Views.Home(stats, links(latest(in.index().timeline(), 10), ""), top, byYear);
    }

    /** The n people most mentioned, most articles first. */
    private List<ArchiveIndex.Person> top(long n) {
        return in.index().people().stream().sorted(MOST_MENTIONED).limit(n).toList();
    }

    // ---------------------------------------------------------------- report

    private Views.Report report() {
        Map<String, Integer> totals = new TreeMap<>();
        for (SeedOutcome s : in.report().seeds()) s.removals().counts().forEach((k, v) -> totals.merge(k, v, Integer::sum));
        boolean whole = in.report().seeds().size() <= pageItems;
        List<Views.Row> rows = whole ? in.report().seeds().stream().map(s -> row(s, "")).toList() : List.of();
        List<Views.PartLink> parts = whole ? List.of() : reportParts().stream()
                .map(p -> new Views.PartLink(p.label(), Display.href(p.path()), p.seeds().size())).toList();
        List<Views.Problem> problems = in.report().problems().stream().map(p -> new Views.Problem(p.source(), p.reason())).toList();
        return new Views.Report(rows, problems, in.report().seeds().size(), stats.articles(), stats.rejected(), stats.duplicates(),
                in.report().with(SeedOutcome.Status.SKIPPED).size(), totals.entrySet().stream().map(x -> new Views.Removed(x.getKey(), x.getValue())).toList(), parts);
    }

    private static Views.Row row(SeedOutcome s, String root) {
        String url = s.status() == SeedOutcome.Status.ARTICLE ? root + s.detail() : "";
        String detail = switch (s.status()) {
            case ARTICLE -> "";
            case DUPLICATE -> "duplicate of " + s.detail();
            case REJECTED, SKIPPED -> s.detail();
        };
        return new Views.Row(s.source(), s.status().name().toLowerCase(Locale.ROOT), detail, url, s.decoding().orElse(""), removed(s.removals()));
    }

    /** A page of the report's files. */
    private record ReportPart(String path, String label, List<SeedOutcome> seeds) {}

    /** The report's files cut into pages, each named after its first file (its name's slug and a digest that keeps it unique). */
    private List<ReportPart> reportParts() {
        return Parts.of(in.report().seeds(), SeedOutcome::source, pageItems).stream()
                .map(p -> new ReportPart(p.path(SitePaths.reportFiles(), s -> org.dossier.extract.Slugs.of(s.source(), 40) + "-"
                        + Sha256.hex(s.source().getBytes(StandardCharsets.UTF_8)).substring(0, 8)),
                        range(p.items().get(0).source(), p.items().get(p.items().size() - 1).source()), p.items())).toList();
    }

    private void reportJobs(List<Job> jobs) {
        String root = "../";
        List<ReportPart> parts = reportParts();
        List<Views.Pager> pagers = pagers(parts.stream().map(p -> new Views.PartLink(p.label(), root + Display.href(p.path()), 0)).toList(),
                new Views.PartLink("Build report", "../report.html", 0));
        // The parts cut the report's files in order, one after another.
        for (int i = 0, from = 0; i < parts.size(); from += parts.get(i).seeds().size(), i++) {
            ReportPart p = parts.get(i);
            Views.Pager pager = pagers.get(i);
            jobs.add(new Job(p.path(), "report-files.ftl", () -> new Views.ReportPage(p.label(), pager,
                    p.seeds().stream().map(s -> row(s, root)).toList()),
                    listing(p.path(), rows(new Dependencies.Digest(), from, p.seeds().size()), p.label(), pager)));
        }
    }

    private List<Views.ArticleLink> feed() {
        return links(latestDated(in.index().timeline(), FEED), in.baseUrl().orElse(""));
    }

    private List<String> sitemap() {
        String base = in.baseUrl().orElseThrow();
        List<String> urls = new ArrayList<>(List.of(base + "index.html", base + "timeline/index.html", base + "people/index.html"));
        in.index().timeline().forEach(e -> urls.add(base + e.url()));
        in.index().people().forEach(p -> urls.add(personHref(p.slug(), base)));
        return urls;
    }
}

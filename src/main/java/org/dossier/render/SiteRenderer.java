package org.dossier.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.apache.commons.io.output.StringBuilderWriter;
import org.dossier.extract.PartialDate;
import org.dossier.index.ArchiveIndex;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

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
     */
    private record Job(String path, String template, Supplier<Object> inputs, UnaryOperator<Object> view) {
        Job(String path, String template, Supplier<Object> view) {
            this(path, template, view, UnaryOperator.identity());
        }
    }

    /**
     * What an article page shows: its content page's key stands for the title, date, people, source, decoding and
     * body it holds; the rest is what cleaning recorded beside it, its people's pages and its neighbours' links.
     */
    private record ArticleInputs(String contentKey, long size, Optional<String> byline, int tweets, Map<String, Integer> removed,
                                 List<ArchiveIndex.PersonRef> people, Views.ArticleLink prev, Views.ArticleLink next,
                                 Optional<Capture> capture) {}

    /** What a person page shows: its links (dates included, from which its chart is drawn) and the curated profile. */
    private record PersonInputs(String name, String slug, Optional<org.dossier.extract.Curation.Profile> profile,
                                List<Views.ArticleLink> articles, List<Views.PersonLink> coMentions) {}

    private final RenderInput in;
    private final Templates templates;
    private final SiteFiles files;
    private final Views.Site site;
    private final Views.Stats stats;
    private final Map<String, ArchiveIndex.Entry> byId = new java.util.HashMap<>();
    private final Map<String, Integer> personCounts = new java.util.HashMap<>();

    SiteRenderer(RenderInput in, Templates templates, SiteFiles files) {
        this.in = in;
        this.templates = templates;
        this.files = files;
        in.index().timeline().forEach(e -> byId.put(e.id(), e));
        in.index().people().forEach(p -> personCounts.put(p.slug(), p.entries().size()));
        List<ArchiveIndex.Entry> dated = in.index().timeline().stream().filter(e -> e.article().date().isPresent()).toList();
        this.site = new Views.Site(in.site().title(), in.site().description());
        this.stats = new Views.Stats(in.index().timeline().size(), in.index().people().size(),
                in.report().with(SeedOutcome.Status.REJECTED).size(), in.report().with(SeedOutcome.Status.DUPLICATE).size(),
                dated.isEmpty() ? "" : Display.date(dated.get(0).article().date()),
                dated.isEmpty() ? "" : Display.date(dated.get(dated.size() - 1).article().date()));
    }

    /** Renders every page; returns the site paths written. Failures are collected and thrown together at the end. */
    List<String> renderAll() throws RenderFailure {
        // The pages about the whole archive first: each lists every article (70 ms at 10,000) and cannot be split, so
        // last in line they would finish alone while the other cores wait.
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("timeline/index.html", "timeline.ftl", this::timeline));
        jobs.add(new Job("report.html", "report.ftl", this::report));
        jobs.add(new Job("index.html", "index.ftl", this::home));
        jobs.add(new Job("people/index.html", "people.ftl", this::people));
        jobs.add(new Job("feed.xml", "feed.ftl", this::feed));
        if (in.baseUrl().isPresent()) jobs.add(new Job("sitemap.xml", "sitemap.ftl", this::sitemap));
        jobs.add(new Job("search.html", "search.ftl", () -> "search"));
        jobs.add(new Job("404.html", "404.ftl", () -> "404"));
        for (ArchiveIndex.Entry e : in.index().timeline()) {
            jobs.add(new Job(e.url(), "article.ftl", () -> articleInputs(e), inputs -> article(e, body(e))));
        }
        for (ArchiveIndex.Person p : in.index().people()) {
            jobs.add(new Job(SitePaths.person(p.slug()), "person.ftl", () -> personInputs(p), inputs -> person(p, (PersonInputs) inputs)));
        }

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
        return jobs.stream().map(Job::path).toList();
    }

    /** Renders the page, unless the previous site has it from the same view, templates and code. */
    private void render(Job job) throws Exception {
        int depth = (int) job.path().chars().filter(c -> c == '/').count();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("root", "../".repeat(depth));
        model.put("site", site);
        model.put("path", job.path());
        model.put("base", in.baseUrl().orElse(""));
        Object inputs = job.inputs().get();
        // Every component of every record, as JSON: what toString would give, without its method-handle chains, which
        // C1 runs slowly (a fifth of the render stage's time went into keys).
        String key = Sha256.hex(JSON.writeValueAsBytes(new Object[] {in.renderKey(), job.template(), model, inputs}));
        files.put(job.path(), key, () -> {
            model.put("page", job.view().apply(inputs));
            // StringWriter appends to a StringBuffer, and takes a lock for every piece a template writes.
            StringBuilderWriter out = new StringBuilderWriter(16384);
            templates.render(job.template(), model, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
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

    private PersonInputs personInputs(ArchiveIndex.Person p) {
        return new PersonInputs(p.name(), p.slug(), p.profile(), personArticles(p), coMentions(p));
    }

    private List<Views.ArticleLink> personArticles(ArchiveIndex.Person p) {
        return p.entries().stream().map(e -> link(e, "../")).toList();
    }

    private List<Views.PersonLink> coMentions(ArchiveIndex.Person p) {
        return p.coMentions().stream()
                .map(c -> new Views.PersonLink(c.person().name(), personHref(c.person().slug(), "../"), c.articles())).toList();
    }

    /** The person's page, from the links already made for its key. */
    private Views.Person person(ArchiveIndex.Person p, PersonInputs inputs) {
        String root = "../";
        List<Views.ArticleLink> articles = inputs.articles();
        List<ArchiveIndex.Entry> dated = p.entries().stream().filter(e -> e.article().date().isPresent()).toList();
        List<Views.PersonLink> co = inputs.coMentions();
        Bars bars = Bars.of(p.entries(), root, false);
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
        return new Views.Person(p.name(), p.slug(), p.entries().size(),
                dated.isEmpty() ? "" : Display.date(dated.get(0).article().date()),
                dated.isEmpty() ? "" : Display.date(dated.get(dated.size() - 1).article().date()),
                articles, co, List.copyOf(aliases), bio, bars.bars(), bars.width(), bars.height(), safeJson(ld));
    }

    private Views.People people() {
        String root = "../";
        Map<String, List<Views.PersonLink>> letters = new TreeMap<>();
        for (ArchiveIndex.Person p : in.index().people()) {
            String key = sortKey(p.name());
            String letter = key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "#" : key.substring(0, 1).toUpperCase(Locale.ROOT);
            letters.computeIfAbsent(letter, k -> new ArrayList<>()).add(personLink(p.name(), p.slug(), root));
        }
        List<Views.Letter> list = new ArrayList<>();
        letters.forEach((l, ps) -> {
            ps.sort(java.util.Comparator.comparing((Views.PersonLink x) -> sortKey(x.name())).thenComparing(Views.PersonLink::name));
            list.add(new Views.Letter(l, l.equals("#") ? "other" : "letter-" + l.toLowerCase(Locale.ROOT), List.copyOf(ps)));
        });
        List<Views.PersonLink> byCount = in.index().people().stream()
                .sorted(MOST_MENTIONED)
                .map(p -> personLink(p.name(), p.slug(), root)).toList();
        return new Views.People(list, byCount, in.index().people().size());
    }

    /** People are filed by surname: "Joe Biden" under B. */
    static String sortKey(String name) {
        String[] parts = name.split("\\s+");
        String last = parts[parts.length - 1];
        return (org.dossier.extract.Slugs.of(last, 80) + " " + org.dossier.extract.Slugs.of(name, 200)).strip();
    }

    private Views.Timeline timeline() {
        String root = "../";
        Bars bars = Bars.of(in.index().timeline(), root, true);
        return new Views.Timeline(years(root), undated(root), bars.bars(), bars.width(), bars.height(), in.index().timeline().size());
    }

    private List<Views.ArticleLink> undated(String root) {
        return in.index().timeline().stream().filter(e -> e.article().date().isEmpty()).map(e -> link(e, root)).toList();
    }

    private List<Views.Year> years(String root) {
        Map<Integer, List<ArchiveIndex.Entry>> byYear = new TreeMap<>();
        for (ArchiveIndex.Entry e : in.index().timeline()) {
            e.article().date().ifPresent(d -> byYear.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(e));
        }
        List<Views.Year> years = new ArrayList<>();
        byYear.forEach((y, entries) -> {
            Map<Integer, List<Views.ArticleLink>> months = new TreeMap<>();
            List<Views.ArticleLink> approximate = new ArrayList<>();
            for (ArchiveIndex.Entry e : entries) {
                int m = e.article().date().get().month();
                if (m == 0) approximate.add(link(e, root));
                else months.computeIfAbsent(m, k -> new ArrayList<>()).add(link(e, root));
            }
            List<Views.Month> ms = new ArrayList<>();
            months.forEach((m, links) -> ms.add(new Views.Month(Display.monthName(m), String.format("m-%d-%02d", y, m), links.size(), links)));
            years.add(new Views.Year(Integer.toString(y), "y-" + y, entries.size(), ms, approximate));
        });
        return years;
    }

    private Views.Home home() {
        List<ArchiveIndex.Entry> dated = in.index().timeline().stream().filter(e -> e.article().date().isPresent()).toList();
        List<Views.ArticleLink> latest = new ArrayList<>();
        for (int i = dated.size() - 1; i >= 0 && latest.size() < 10; i--) latest.add(link(dated.get(i), ""));
        if (latest.isEmpty()) in.index().timeline().stream().limit(10).forEach(e -> latest.add(link(e, "")));
        List<Views.PersonLink> top = in.index().people().stream()
                .sorted(MOST_MENTIONED)
                .limit(12).map(p -> personLink(p.name(), p.slug(), "")).toList();
        return new Views.Home(stats, latest, top, years(""));
    }

    private Views.Report report() {
        List<Views.Row> rows = new ArrayList<>();
        Map<String, Integer> totals = new TreeMap<>();
        for (SeedOutcome s : in.report().seeds()) {
            s.removals().counts().forEach((k, v) -> totals.merge(k, v, Integer::sum));
            String url = s.status() == SeedOutcome.Status.ARTICLE ? s.detail() : "";
            String detail = switch (s.status()) {
                case ARTICLE -> "";
                case DUPLICATE -> "duplicate of " + s.detail();
                case REJECTED, SKIPPED -> s.detail();
            };
            rows.add(new Views.Row(s.source(), s.status().name().toLowerCase(Locale.ROOT), detail, url,
                    s.decoding().orElse(""), removed(s.removals())));
        }
        List<Views.Problem> problems = in.report().problems().stream().map(p -> new Views.Problem(p.source(), p.reason())).toList();
        return new Views.Report(rows, problems, in.report().seeds().size(), stats.articles(), stats.rejected(), stats.duplicates(),
                in.report().with(SeedOutcome.Status.SKIPPED).size(), totals.entrySet().stream().map(x -> new Views.Removed(x.getKey(), x.getValue())).toList());
    }

    private List<Views.ArticleLink> feed() {
        List<ArchiveIndex.Entry> t = in.index().timeline();
        List<Views.ArticleLink> latest = new ArrayList<>();
        String root = in.baseUrl().orElse("");
        for (int i = t.size() - 1; i >= 0 && latest.size() < 50; i--) {
            if (t.get(i).article().date().isPresent()) latest.add(link(t.get(i), root));
        }
        return latest;
    }

    private List<String> sitemap() {
        String base = in.baseUrl().orElseThrow();
        List<String> urls = new ArrayList<>(List.of(base + "index.html", base + "timeline/index.html", base + "people/index.html"));
        in.index().timeline().forEach(e -> urls.add(base + e.url()));
        in.index().people().forEach(p -> urls.add(personHref(p.slug(), base)));
        return urls;
    }
}

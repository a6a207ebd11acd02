package org.dossier.index;

import org.dossier.extract.Article;
import org.dossier.report.BuildReport;
import org.dossier.report.SeedOutcome;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The one place that knows what depends on what. Each page declares the inputs it reads (an article's own facts, what
 * a link to an article shows, a person's facts, the site-wide settings); each input has a version, a 64-bit digest of
 * what it holds, kept from build to build. A page whose inputs all have the versions they had last time is the page
 * made last time: it takes its previous key without its view being gathered and hashed, so a change costs the pages
 * that read what changed, whatever the archive's size (at 100,000 articles, keying every page took 8.7 s).
 *
 * <p>A page's list of inputs must itself be covered by one of its inputs: an article's own facts name its neighbours,
 * a person's facts name the person's articles. Then a page whose list changes (a new neighbour, an article gained or
 * lost) always sees a changed input. A page that lists many others (a month of the timeline, a letter of the people
 * index, a page of the report, and the pages about the whole archive above them) has an input of its own, {@link #list},
 * which the renderer declares as it cuts the lists into pages: a {@link Digest} of its members' versions and of how it
 * names and links them ({@link #declareList}; a bounded change digests the members of only the pages it reached). A
 * page that declares no input is keyed in full on every build.
 *
 * <p>Versions are 64-bit: two different contents of the same input get the same version once in 2^64 changes.
 *
 * <pre>{@code Optional<String> key = deps.previousKey("articles/x.html", Dependencies.articlePage(entry));}</pre>
 */
public final class Dependencies {
    /** Read by every page that declares inputs: templates, code, the site's title and base URL. */
    public static final String SITE = "site";
    /**
     * How the timeline is cut into pages (its overview alone, or pages per year, and which years per month): where a
     * link to a year or a month goes. Declared by the renderer, which alone cuts it; read by the pages whose charts link
     * into it besides the timeline's own.
     */
    public static final String TIMELINE_PAGES = "timeline-pages";
    /**
     * How many articles the timeline holds. No page reads it: the next build checks with it that a change it bounds
     * moved no article into or out of the timeline but those it knows of (see {@link #patch}).
     */
    public static final String ARTICLES = "articles";
    /** The curated profiles: no seed's change says when they change, so a change of theirs is not bounded. */
    public static final String PROFILES = "profiles";
    /**
     * How many lists the renderer declared. No page reads it: a patched build, whose versions hold the last build's
     * lists, learns from it whether a list of the last build is gone without looking through the last build's inputs.
     */
    private static final String LISTS = "lists";
    private static final String LIST = "list:";
    /** The digest of what a list page lists, kept beside its {@link #list} input for the builds its change does not reach. */
    private static final String MEMBERS = "members:";

    private final Map<String, Long> versions;
    private final Map<String, Long> previous;
    private final Map<String, String> previousKeys;
    /**
     * The articles whose own facts, and those whose link, are new or changed, and the people whose facts are, or one of
     * whose articles' links is: found once, as the versions are made, so a page asks about its inputs by the ids it
     * holds, and a person page does not go through its articles. Empty when nothing can be reused ({@link #reusing}).
     */
    private final Set<String> changedArticles = new HashSet<>(), changedLinks = new HashSet<>(), changedPersons = new HashSet<>();
    /** The articles whose search entry is new or changed, each with whether the last build had it: found as the versions are made. */
    private final Map<String, Boolean> changedSearch = new HashMap<>();
    /**
     * Each article's {@link #link} version by id, made once here: the renderer's lists and the data files' rows digest
     * them by the hundred thousand, and digesting the id, page and content key again each time took a second of CPU
     * at 100,000 articles.
     */
    private final Map<String, Long> links;
    private final ArchiveIndex index;
    /** What each file's row of the report holds ({@link #rows}), made once for the report's pages and its data file. */
    private long[] rows;
    /** Whether the last build's keys can be carried at all: it left keys, and the site-wide input is unchanged. */
    private final boolean reusing;
    private final AtomicInteger keyed = new AtomicInteger();
    /** Whether only the inputs a known change reaches were digested ({@link #patch}); then gone are those of {@link #goneIds}. */
    private boolean patched;
    /** The ids of the articles the last build had and this one has not, when {@link #patched}; and the people's page names. */
    private final Set<String> goneIds = new HashSet<>(), goneSlugs = new HashSet<>();
    /** The last build's articles of the sources that came, went or changed, when {@link #patched}: where they stood. */
    private List<Article> before = List.of();
    /** The inputs whose version is new or differs from the last build's, for the save ({@link #touched}). */
    private final Set<String> touched = new HashSet<>();
    /** The lists the renderer declared, and how many of them the last build had. */
    private final Set<String> declared = new HashSet<>();
    private int declaredBefore;

    private Dependencies(Map<String, Long> versions, Map<String, Long> previous, Map<String, String> previousKeys, ArchiveIndex index) {
        this.versions = versions;
        this.index = index;
        this.links = new HashMap<>(2 * index.timeline().size());
        this.previous = previous;
        this.previousKeys = previousKeys;
        this.reusing = !previousKeys.isEmpty() && unchanged(SITE);
    }

    /**
     * The inputs of the archive's pages as this build has them, each digested afresh.
     *
     * @param site         what every page is made with besides its own inputs (templates, code, settings)
     * @param previous     the versions the last build saved ({@link #versions}); empty for a clean build. Handed over,
     *                     not copied, as are {@code previousKeys}
     * @param previousKeys each page's key in the last build, for the pages whose inputs are unchanged
     */
    public static Dependencies of(ArchiveIndex index, String site, Map<String, Long> previous, Map<String, String> previousKeys) {
        return of(index, site, "", previous, previousKeys, Optional.empty());
    }

    /**
     * The inputs of the archive's pages as this build has them: when the change is known and bounded, only the inputs
     * it can reach are digested (see {@link #patch}) and every other one keeps the last build's version; else all.
     *
     * @param profiles the curated profiles, as text: a person's facts hold theirs, and no seed's change says when they change
     * @param change   what came, went or changed since the last build, when the build knows it from its seeds
     */
    public static Dependencies of(ArchiveIndex index, String site, String profiles, Map<String, Long> previous,
                                  Map<String, String> previousKeys, Optional<Change> change) {
        if (change.isPresent()) {
            Dependencies deps = started(index, site, profiles, previous, previousKeys, new Patched(previous));
            if (deps.reusing && deps.unchanged(PROFILES) && deps.patch(change.get())) return deps;
        }
        // What the patch digested is thrown away with it: a fresh start, digested whole.
        Dependencies deps = started(index, site, profiles, previous, previousKeys, new HashMap<>(index.timeline().size() * 3));
        for (ArchiveIndex.Entry e : index.timeline()) deps.digest(e);
        for (ArchiveIndex.Person p : index.people()) deps.digest(p);
        return deps;
    }

    /** @param v the versions to make: empty, or for a patch the last build's ({@link Patched}) */
    private static Dependencies started(ArchiveIndex index, String site, String profiles, Map<String, Long> previous,
                                        Map<String, String> previousKeys, Map<String, Long> v) {
        v.put(SITE, version(site));
        Dependencies deps = new Dependencies(v, Collections.unmodifiableMap(previous), previousKeys, index);
        deps.record(SITE, v.get(SITE));
        deps.record(PROFILES, version(profiles));
        deps.record(ARTICLES, index.timeline().size());
        return deps;
    }

    /**
     * What came, went or changed since the last build, as the build knows it from its seeds.
     *
     * @param sources the sources whose article is new, gone, or other than the one the state had
     * @param before  the articles the state had for them (the last build's, with their people as extracted)
     */
    public record Change(Set<String> sources, List<Article> before) {}

    /**
     * Digests the inputs the change can reach, and takes every other one's version from the last build: the articles
     * that came, went or changed, their neighbours before and after (an article's own facts name them), the people
     * they name before and after and every spelling or shorter form of those names (whose person may have been
     * merged or split), and, for a person whose name or page changed, all of the person's articles and their people.
     * False, having kept nothing, when the change cannot be bounded so: most of the archive changed, an article left
     * or joined the timeline as a duplicate (then the count of articles is off), or an article id, a person's page
     * name or an original's name is contested near it (a clash a change can settle otherwise).
     */
    private boolean patch(Change c) {
        List<ArchiveIndex.Entry> timeline = index.timeline();
        Long counted = previous.get(ARTICLES);
        // Most of the archive changed (new code, aliases or corrections, a recount of recurring lines): digest it all.
        if (counted == null || 8L * (c.sources().size() + 1) > timeline.size()) return false;
        if (OriginalNames.contested(index.originals().keySet(), c.sources())) return false;
        for (ArchiveIndex.Duplicate d : index.duplicates()) {
            if (c.sources().contains(d.source()) || c.sources().contains(d.duplicateOf())) return false;
        }
        BitSet planned = new BitSet(timeline.size());
        ArrayDeque<Integer> articles = new ArrayDeque<>();
        IntConsumer plan = i -> {
            if (i >= 0 && i < timeline.size() && !planned.get(i)) {
                planned.set(i);
                articles.add(i);
            }
        };
        Set<String> ids = new HashSet<>();
        int came = 0;
        for (int i = 0; i < timeline.size(); i++) {
            ArchiveIndex.Entry e = timeline.get(i);
            if (!e.id().equals(e.article().id())) return false;
            if (!c.sources().contains(e.article().source())) continue;
            came++;
            ids.add(e.id());
            for (int k = i - 1; k <= i + 1; k++) plan.accept(k);
        }
        Map<String, ArchiveIndex.Person> bySlug = new HashMap<>(2 * index.people().size()), byName = new HashMap<>(2 * index.people().size());
        for (ArchiveIndex.Person p : index.people()) {
            bySlug.put(p.slug(), p);
            byName.put(p.name(), p);
            p.spellings().forEach(s -> byName.put(s, p));
        }
        Set<String> people = new LinkedHashSet<>();
        ArrayDeque<String> persons = new ArrayDeque<>();
        int left = 0;
        for (Article o : c.before()) {
            // Where it stood: between the articles that are now on either side of where it would go.
            int at = insertionPoint(timeline, o);
            for (int k = at - 1; k <= at + 1; k++) plan.accept(k);
            if (previous.containsKey(article(o.id()))) {
                left++;
                if (!ids.contains(o.id())) goneIds.add(o.id());
            }
            for (String n : o.people()) {
                ArchiveIndex.Person now = byName.get(n);
                if (now != null && people.add(now.slug())) persons.add(now.slug());
                // A name no one has now, whose page is not gone either: it was a form of another name, unknown here.
                String base = ArchiveIndex.slugBase(n);
                if (now == null && !bySlug.containsKey(base) && !previous.containsKey(person(base))) return false;
                if (!related(n, bySlug, people, persons, goneSlugs)) return false;
            }
        }
        // Every article that stayed in the timeline kept its place in the count, as no duplicate moved.
        if (counted - left + came != timeline.size()) return false;
        Set<String> checked = new HashSet<>();
        Comparator<ArchiveIndex.Entry> order = (x, y) -> ArchiveIndex.TIMELINE.compare(x.article(), y.article());
        while (!articles.isEmpty() || !persons.isEmpty()) {
            // What a link to an article shows, or how it names its people, changed: their facts may have.
            while (!articles.isEmpty()) {
                ArchiveIndex.Entry e = timeline.get(articles.poll());
                if (digest(e)) planPeople(e, people, persons);
            }
            String slug = persons.poll();
            if (slug == null || !checked.add(slug)) continue;
            ArchiveIndex.Person p = bySlug.get(slug);
            if (!related(p.name(), bySlug, people, persons, goneSlugs)) return false;
            for (String s : p.spellings()) if (!related(s, bySlug, people, persons, goneSlugs)) return false;
            if (p.profile().isEmpty() && !p.slug().equals(ArchiveIndex.slugBase(p.name()))) return false;
            // A person with a new page, or one whom an article not planned yet now names otherwise (one tells for all,
            // as every one of them holds the person's name): all of their articles.
            boolean renamed = !previous.containsKey(person(slug));
            for (ArchiveIndex.Entry e : p.entries()) {
                if (renamed) break;
                int i = Collections.binarySearch(timeline, e, order);
                if (planned.get(i)) continue;
                planned.set(i);
                renamed = digest(e);
                if (renamed) planPeople(e, people, persons);
                break;
            }
            if (renamed) for (ArchiveIndex.Entry e : p.entries()) plan.accept(Collections.binarySearch(timeline, e, order));
        }
        for (String slug : people) {
            ArchiveIndex.Person p = bySlug.get(slug);
            if (p != null) digest(p);
        }
        // Every other input keeps the version the last build gave it, under those made here (see Patched).
        for (String id : goneIds) {
            versions.remove(article(id));
            versions.remove(link(id));
            versions.remove(search(id));
        }
        for (String slug : goneSlugs) versions.remove(person(slug));
        before = List.copyOf(c.before());
        patched = true;
        return true;
    }

    private static void planPeople(ArchiveIndex.Entry e, Set<String> people, ArrayDeque<String> persons) {
        for (ArchiveIndex.PersonRef r : e.people()) if (people.add(r.slug())) persons.add(r.slug());
    }

    /** Whether only the inputs a known change reaches were digested. */
    boolean patched() {
        return patched;
    }

    /**
     * What a bounded change reached, when only that was digested ({@link #patch}): an article or person page reads
     * nothing else that can change, so the renderer visits only the pages that read these and leaves every other one
     * as the last build put it. Empty when the change was not bounded, or nothing of the last build can be reused.
     *
     * @param articles     the articles whose own facts are new or changed
     * @param links        the articles whose link is new or changed (their neighbours' pages show it)
     * @param persons      the people whose facts are new or changed, or one of whose articles' links is
     * @param goneArticles the ids of the articles the last build had and this one has not
     * @param gonePersons  the page names of the people the last build had and this one has not
     * @param before       the last build's articles of the sources that came, went or changed: the lists they left
     */
    public record Reach(Set<String> articles, Set<String> links, Set<String> persons, Set<String> goneArticles, Set<String> gonePersons,
                        List<Article> before) {}

    public Optional<Reach> reach() {
        if (!patched) return Optional.empty();
        return Optional.of(new Reach(Collections.unmodifiableSet(changedArticles), Collections.unmodifiableSet(changedLinks),
                Collections.unmodifiableSet(changedPersons), Collections.unmodifiableSet(goneIds), Collections.unmodifiableSet(goneSlugs),
                before));
    }

    /** Where the article goes in the timeline: the first entry not before it. */
    private static int insertionPoint(List<ArchiveIndex.Entry> timeline, Article a) {
        int lo = 0, hi = timeline.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ArchiveIndex.TIMELINE.compare(timeline.get(mid).article(), a) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Plans the people the name and its shorter forms have as page names now, and notes those the last build had and
     * this one has not as gone. False when one is numbered in either build: another name clashes with it, and a
     * change can renumber them.
     */
    private boolean related(String name, Map<String, ArchiveIndex.Person> bySlug, Set<String> people, ArrayDeque<String> persons,
                            Set<String> goneSlugs) {
        List<String> forms = new ArrayList<>(ArchiveIndex.shorterForms(name));
        forms.add(name);
        for (String form : forms) {
            String base = ArchiveIndex.slugBase(form);
            if (bySlug.containsKey(base + "-2") || previous.containsKey(person(base + "-2"))) return false;
            if (bySlug.containsKey(base)) {
                if (people.add(base)) persons.add(base);
            } else if (previous.containsKey(person(base))) goneSlugs.add(base);
        }
        return true;
    }

    /**
     * Digests what a link to the article shows, its search entry and its own facts, each holding the one before it
     * so that its content is digested once. True when the search entry changed, which holds the link and its
     * people's names.
     */
    private boolean digest(ArchiveIndex.Entry e) {
        long link = linkVersion0(e);
        links.put(e.id(), link);
        if (put(link(e.id()), link)) {
            changedLinks.add(e.id());
            e.people().forEach(p -> changedPersons.add(p.slug()));
        }
        Digest search = new Digest().add(link).add(e.people().size());
        e.people().forEach(p -> search.add(p.name()));
        long searched = search.value();
        String searchInput = search(e.id());
        boolean changed = record(searchInput, searched);
        if (changed) changedSearch.put(e.id(), previous.containsKey(searchInput));
        Digest own = new Digest().add(searched);
        e.people().forEach(p -> own.add(p.slug()));
        // A page captured again later keeps its content key, but its page shows the new capture time and the earlier captures.
        own.add(index.originals().get(e.article().source())).add(e.prev().orElse("")).add(e.next().orElse(""))
                .add(String.valueOf(e.article().capture()));
        if (put(article(e.id()), own.value())) changedArticles.add(e.id());
        return changed;
    }

    /** Digests the person's facts. */
    private void digest(ArchiveIndex.Person p) {
        Digest facts = new Digest().add(p.name()).add(p.slug()).add(String.valueOf(p.profile())).add(p.spellings().size());
        p.spellings().forEach(facts::add);
        // Which articles mention the person, by their link versions (each stands for its id): digesting the ids again,
        // once per mention, took a third of a second at 100,000 articles. A changed link changes the facts, as it
        // changes the person's page anyway (see changedPersons).
        facts.add(p.entries().size());
        for (ArchiveIndex.Entry e : p.entries()) facts.add(linkVersion(e));
        facts.add(p.coMentions().size());
        p.coMentions().forEach(m -> facts.add(m.person().name()).add(m.person().slug()).add(m.articles()));
        if (put(person(p.slug()), facts.value())) changedPersons.add(p.slug());
    }

    /** Sets an input's version; true when the last build's pages cannot have read it as it is now (and can be reused at all). */
    private boolean put(String input, long version) {
        return record(input, version) && reusing;
    }

    /** Sets an input's version; true when it is new or differs from the last build's. */
    private boolean record(String input, long version) {
        versions.put(input, version);
        Long before = previous.get(input);
        if (before != null && before == version) return false;
        touched.add(input);
        return true;
    }

    /** What a page reads of the archive, asked whether all of it has the versions it had in the last build. */
    @FunctionalInterface
    public interface Reads {
        boolean unchanged(Dependencies d);

        /** This and {@code more}. */
        default Reads and(Reads more) {
            return d -> unchanged(d) && more.unchanged(d);
        }
    }

    /** An article page's inputs: its own facts and the links to its two neighbours. */
    public static Reads articlePage(ArchiveIndex.Entry e) {
        return d -> !d.changedArticles.contains(e.id()) && d.linkUnchanged(e.prev()) && d.linkUnchanged(e.next());
    }

    private boolean linkUnchanged(Optional<String> id) {
        return id.isEmpty() || !changedLinks.contains(id.get());
    }

    /** A person page's inputs: the person's facts and the links to each of their articles (and {@link #TIMELINE_PAGES}, declared apart). */
    public static Reads personPage(ArchiveIndex.Person p) {
        return d -> !d.changedPersons.contains(p.slug());
    }

    /** A page that reads only the site-wide settings, or its own {@link #list} input besides them. */
    public static Reads only(String input) {
        return d -> d.unchanged(input);
    }

    /** An article's own facts: its content, people, original, capture, and which articles are its neighbours. */
    public static String article(String id) {
        return "article:" + id;
    }

    /** What a link to an article shows: title, date, page. */
    public static String link(String id) {
        return "link:" + id;
    }

    /** What the search index holds of an article: its content (text, title, date), page, and people as the archive spells them. */
    public static String search(String id) {
        return "search:" + id;
    }

    /** A person's facts: name, profile, spellings, co-mentions, and which articles mention them. */
    public static String person(String slug) {
        return "person:" + slug;
    }

    /**
     * The own input of a page that lists many others (a month of the timeline, a letter of the people index, a page of
     * the report, the overviews above them): what it lists and how it names and links it, declared by the renderer,
     * which alone cuts the lists into pages ({@link #declare}).
     */
    public static String list(String page) {
        return LIST + page;
    }

    /**
     * Declares the version of an input that only the renderer can see, made with a {@link Digest} of the versions of
     * what it lists ({@link #linkVersion}) and of how it names and links them. Called while the pages are planned, before
     * any is keyed: not thread-safe.
     */
    public void declare(String input, long version) {
        record(input, version);
        if (isList(input) && declared.add(input) && previous.containsKey(input)) declaredBefore++;
    }

    /**
     * Declares the own input of a page that lists many others ({@link #list}): the digest of what it lists, made by
     * {@code members} from their versions, and of how it names and links them ({@code shown}). Digesting the members
     * of every list page on every change was a pass over the archive (a second of CPU at 100,000 articles), so a
     * patched build takes the last build's digest of the members of a page whose members the change did not reach:
     * they are the last build's, with the same versions. Called while the pages are planned: not thread-safe.
     *
     * @param reached whether the change can have reached what the page lists (taken as so by a build not {@link #patched})
     * @return the page's inputs
     */
    public Reads declareList(String page, boolean reached, LongSupplier members, Digest shown) {
        Long kept = reached || !patched ? null : previous.get(MEMBERS + page);
        long listed = kept != null ? kept : members.getAsLong();
        declare(MEMBERS + page, listed);
        String input = list(page);
        declare(input, shown.add(listed).value());
        return only(input);
    }

    private static boolean isList(String input) {
        return input.startsWith(LIST) || input.startsWith(MEMBERS);
    }

    /**
     * Called once every list is declared. A patched build's versions hold the last build's lists, and those not
     * declared again are gone with their pages: none is while every list the last build counted ({@link #LISTS}) was
     * declared again, else they are looked for among the last build's inputs.
     */
    public void listsDeclared() {
        Long before = previous.get(LISTS);
        record(LISTS, declared.size());
        if (!patched || before != null && before == declaredBefore) return;
        for (String input : previous.keySet()) if (isList(input) && !declared.contains(input)) versions.remove(input);
    }

    /** The version of what a link to the article shows ({@link #link}), for a declared input or a row made from it. */
    public long linkVersion(ArchiveIndex.Entry e) {
        Long v = links.get(e.id());
        if (v == null) v = versions.get(link(e.id()));
        return v != null ? v : linkVersion0(e);
    }

    /**
     * The article's id, page and content key: the key stands for everything the article was extracted as (title,
     * date, source, digest, decoding, removals), since it is made from all that the extraction read; not for its
     * people as the archive spells them, nor its capture, which are set after.
     */
    private static long linkVersion0(ArchiveIndex.Entry e) {
        return version(e.id(), e.url(), e.article().contentKey());
    }

    /**
     * What each file's row of the report shows, in the report's order: its name, outcome and detail, and for an
     * article's seed its {@link #linkVersion} (which stands for its decoding and removals, see there), else its
     * decoding and the texts removed. Made once, for the report's pages and {@code data/report.json} alike.
     */
    public synchronized long[] rows(BuildReport report) {
        if (rows != null) return rows;
        Map<String, ArchiveIndex.Entry> articles = new HashMap<>(2 * index.timeline().size());
        index.timeline().forEach(e -> articles.put(e.article().source(), e));
        List<SeedOutcome> seeds = report.seeds();
        long[] out = new long[seeds.size()];
        for (int i = 0; i < out.length; i++) {
            SeedOutcome s = seeds.get(i);
            ArchiveIndex.Entry e = s.status() == SeedOutcome.Status.ARTICLE ? articles.get(s.source()) : null;
            Digest d = new Digest().add(s.status().ordinal());
            if (e != null && e.url().equals(s.detail())) d.add(1).add(linkVersion(e));
            else {
                d.add(0).add(s.source()).add(s.detail()).add(s.decoding().orElse(null)).add(s.removals().byKind().size());
                s.removals().byKind().forEach((kind, texts) -> {
                    d.add(kind).add(texts.size());
                    texts.forEach(d::add);
                });
            }
            out[i] = d.value();
        }
        rows = out;
        return out;
    }

    /**
     * The page's key in the last build, when that build made it from inputs that all have the same versions now (and
     * {@link #SITE}); empty when it must be keyed in full, and then counted, for {@code --verbose}.
     */
    public Optional<String> previousKey(String page, Reads reads) {
        Optional<String> key = unchangedKey(page, reads);
        if (key.isEmpty()) keyed.incrementAndGet();
        return key;
    }

    /**
     * As {@link #previousKey}, not counted: for a plan that carries the pages that keep their keys as it goes and
     * leaves the others to be asked about again as they are made.
     */
    public Optional<String> unchangedKey(String page, Reads reads) {
        return !reusing || !reads.unchanged(this) ? Optional.empty() : Optional.ofNullable(previousKeys.get(page));
    }

    private boolean unchanged(String input) {
        Long now = versions.get(input);
        return now != null && now.equals(previous.get(input));
    }

    /**
     * The ids of the articles whose search entry ({@link #search}) is new, changed or gone since the last build, each
     * with whether the last build had it.
     */
    public Map<String, Boolean> changedSearchEntries() {
        Map<String, Boolean> changed = new HashMap<>(changedSearch);
        if (patched) {
            goneIds.forEach(id -> changed.put(id, true));
            return changed;
        }
        String prefix = search("");
        previous.keySet().forEach(input -> {
            if (input.startsWith(prefix) && !versions.containsKey(input)) changed.put(input.substring(prefix.length()), true);
        });
        return changed;
    }

    /**
     * The inputs whose version is new or differs from the last build's: every input of {@link #versions} that the last
     * build did not have is among them, and every other one holds the last build's version.
     */
    public Set<String> touched() {
        return Collections.unmodifiableSet(touched);
    }

    /** Every input's version, for the next build; a view, not a copy (a third of a million inputs at 100,000 articles). */
    public Map<String, Long> versions() {
        // A patched build's as they are, so that the next build, in a server, patches them without a look-up going
        // through more and more wrappers.
        return versions instanceof Patched p ? p.handedOut() : Collections.unmodifiableMap(versions);
    }

    /**
     * The inputs whose versions differ from the last build's, or that it did not have: an article's own facts, a link to
     * it, a person's facts (counted once, also when one of the person's articles' links is what changed). What a
     * change reaches, which plans the pages; 0 when nothing of the last build can be reused.
     */
    public int changed() {
        return changedArticles.size() + changedLinks.size() + changedPersons.size();
    }

    /** Pages keyed in full so far: the ones whose inputs changed, are new, or declare none. */
    public int keyed() {
        return keyed.get();
    }

    /**
     * A 64-bit digest of the parts (each counted with its length, so no two lists of parts run together the same way):
     * FNV-1a over the UTF-16 units, then MurmurHash3's finaliser to spread the last units' bits.
     */
    public static long version(String... parts) {
        Digest d = new Digest();
        for (String s : parts) d.add(s);
        return d.value();
    }

    /**
     * The last build's versions with this build's over them: a patched build's, made without a copy of the third of a
     * million versions the last build kept (copying them cost a tenth of a second of every change at 100,000 articles).
     * Reads go to what was put or removed here, then to the last build's. Read-only once handed out ({@link #versions}).
     */
    private static final class Patched extends AbstractMap<String, Long> {
        /**
         * How many patches a look-up may go through: a server's every build patches the versions the build before it
         * patched, and past a few a copy costs less than looking through them all.
         */
        private static final int LAYERS = 4;
        private final Map<String, Long> before;
        private final int layers;
        private final Map<String, Long> put = new HashMap<>();
        private final Set<String> removed = new HashSet<>();
        private int size;
        private boolean handedOut;

        Patched(Map<String, Long> before) {
            int under = before instanceof Patched p ? p.layers : 0;
            this.before = under < LAYERS ? before : new HashMap<>(before);
            this.layers = under < LAYERS ? under + 1 : 1;
            this.size = before.size();
        }

        Map<String, Long> handedOut() {
            handedOut = true;
            return this;
        }

        @Override
        public Long get(Object input) {
            Long v = put.get(input);
            return v != null || removed.contains(input) ? v : before.get(input);
        }

        @Override
        public boolean containsKey(Object input) {
            return get(input) != null;
        }

        @Override
        public Long put(String input, Long version) {
            if (handedOut) throw new UnsupportedOperationException("the versions were handed out");
            Long was = get(input);
            put.put(input, version);
            removed.remove(input);
            if (was == null) size++;
            return was;
        }

        @Override
        public Long remove(Object input) {
            if (handedOut) throw new UnsupportedOperationException("the versions were handed out");
            Long was = get(input);
            if (was == null) return null;
            put.remove(input);
            if (before.containsKey(input)) removed.add((String) input);
            size--;
            return was;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Map.Entry<String, Long>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, Long>> iterator() {
                    return Stream.concat(put.entrySet().stream(), before.entrySet().stream()
                            .filter(e -> !put.containsKey(e.getKey()) && !removed.contains(e.getKey()))).iterator();
                }
            };
        }
    }

    /** A {@link #version} made of parts added one by one, texts and other versions alike. Not thread-safe. */
    public static final class Digest {
        private long h = 0xcbf29ce484222325L;

        public Digest add(String s) {
            String p = s == null ? "\u0000null" : s;
            h = (h ^ p.length()) * 0x100000001b3L;
            for (int i = 0; i < p.length(); i++) h = (h ^ p.charAt(i)) * 0x100000001b3L;
            return this;
        }

        /** A number, or another input's version: its eight bytes, so no text and no number run together the same way. */
        public Digest add(long v) {
            h = (h ^ 0x80000000L) * 0x100000001b3L;
            for (int i = 0; i < 64; i += 8) h = (h ^ ((v >>> i) & 0xff)) * 0x100000001b3L;
            return this;
        }

        public long value() {
            long x = h;
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            x *= 0xc4ceb9fe1a85ec53L;
            x ^= x >>> 33;
            return x;
        }
    }
}

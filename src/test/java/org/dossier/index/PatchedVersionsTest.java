package org.dossier.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.dossier.extract.Article;
import org.dossier.extract.Curation;
import org.dossier.extract.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that knows what came, went or changed digests only the inputs that change can reach and takes the others'
 * versions from the last build: whatever the change (adds, edits, deletes, a move in time, a new spelling of a name,
 * a fuller form of one, a copy of another article's text, a seed named as another is without ".txt"), every version, every input it says changed and every
 * search entry it says changed are those of a build that digests them all.
 */
class PatchedVersionsTest {
    /** Spellings of one person, shorter forms of others' names, and names no other resembles. */
    private static final String[] PEOPLE = {"Jurgen Klopp", "Ada Lovelace", "Mary Shelley", "Wanjiku Kamau", "Nuno Gomes", "Li Wei",
            "Grace Hopper", "Alan Turing", "Emmy Noether"};
    /** The rarer forms that make one person of several names: one article more or less can rename the person. */
    private static final String[] RARE = {"Jürgen Klopp", "Ada K. Lovelace", "Wanjiku Kamau-Otieno", "Grace B. Hopper"};
    private static final String SITE = "templates and settings";
    private static final Map<String, String> KEYS = Map.of("index.html", "a key of the last build");

    @Property(tries = 300)
    void patchedVersionsAreTheVersionsDigestedWhole(@ForAll long seed, @ForAll @IntRange(min = 40, max = 160) int n,
                                                    @ForAll @IntRange(min = 1, max = 4) int changes) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) articles.add(article(random, i, articles));
        ArchiveIndex last = ArchiveIndex.build(articles, Curation.empty(), List.of());
        Map<String, Long> previous = new HashMap<>(Dependencies.of(last, SITE, "", Map.of(), Map.of(), Optional.empty()).versions());
        Map<String, Article> bySource = new HashMap<>();
        articles.forEach(a -> bySource.put(a.source(), a));

        Set<String> sources = new HashSet<>();
        int next = n;
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(articles.size());
            Article a = articles.get(at);
            switch (random.nextInt(5)) {
                case 0 -> {
                    Article added = article(random, next++, articles);
                    // now and then under the name of another's seed without ".txt": the two contest the name of their originals
                    if (random.nextInt(4) == 0) added = RandomArticles.renamed(added, a.source().replace(".txt", ""));
                    articles.add(added);
                    sources.add(added.source());
                }
                case 1 -> articles.set(at, RandomArticles.renamed(article(random, next++, articles), a.source()));
                case 2 -> articles.remove(at);
                // moved in time, as a corrected date: its text, and so its id, unchanged
                case 3 -> articles.set(at, dated(a, RandomArticles.date(random)));
                // a new spelling or a fuller form of a name
                default -> articles.set(at, named(a, random));
            }
            sources.add(a.source());
        }
        // Only what changed is named: an article that reads the same as before is no change.
        Set<String> now = new HashSet<>();
        articles.forEach(a -> now.add(a.source()));
        sources.removeIf(s -> now.contains(s) && articles.stream().anyMatch(a -> a == bySource.get(s)));
        List<Article> before = sources.stream().map(bySource::get).filter(java.util.Objects::nonNull).toList();
        articles.sort(java.util.Comparator.comparing(Article::source));
        ArchiveIndex index = ArchiveIndex.build(articles, Curation.empty(), List.of());

        Dependencies whole = Dependencies.of(index, SITE, "", previous, KEYS, Optional.empty());
        Dependencies patched = Dependencies.of(index, SITE, "", previous, KEYS, Optional.of(new Dependencies.Change(sources, before)));
        Statistics.label("patched").collect(patched.patched());
        assertEquals(whole.versions(), patched.versions());
        assertEquals(whole.touched(), patched.touched());
        assertEquals(whole.changed(), patched.changed());
        assertEquals(whole.changedSearchEntries(), patched.changedSearchEntries());
    }

    @Test
    void anAddedArticleDigestsItsNeighboursAndPeopleOnly() {
        Random random = new Random(7);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 100; i++) articles.add(article(random, i, List.of()));
        Map<String, Long> previous = new HashMap<>(Dependencies.of(ArchiveIndex.build(articles, Curation.empty(), List.of()), SITE, "",
                Map.of(), Map.of(), Optional.empty()).versions());
        Article added = article(random, 100, List.of());
        articles.add(added);
        ArchiveIndex index = ArchiveIndex.build(articles, Curation.empty(), List.of());
        Dependencies patched = Dependencies.of(index, SITE, "", previous, KEYS, Optional.of(new Dependencies.Change(Set.of(added.source()), List.of())));
        assertTrue(patched.patched());
        assertEquals(Dependencies.of(index, SITE, "", previous, KEYS, Optional.empty()).versions(), patched.versions());
    }

    /** A server patches the versions the build before it patched, build after build: each time, they are those digested whole. */
    @Test
    void versionsPatchedOverPatchedVersionsAreTheVersionsDigestedWhole() {
        Random random = new Random(11);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 100; i++) articles.add(article(random, i, List.of()));
        Map<String, Long> previous = Dependencies.of(ArchiveIndex.build(articles, Curation.empty(), List.of()), SITE, "",
                Map.of(), Map.of(), Optional.empty()).versions();
        for (int build = 0; build < 10; build++) {
            Article added = article(random, 100 + build, List.of());
            articles.add(added);
            ArchiveIndex index = ArchiveIndex.build(articles, Curation.empty(), List.of());
            Dependencies patched = Dependencies.of(index, SITE, "", previous, KEYS, Optional.of(new Dependencies.Change(Set.of(added.source()), List.of())));
            assertTrue(patched.patched());
            assertEquals(Dependencies.of(index, SITE, "", previous, KEYS, Optional.empty()).versions(), patched.versions());
            previous = patched.versions();
        }
    }

    /**
     * A list page whose members the change did not reach takes the last build's digest of them, not digesting them
     * again, and has the version a build that digests them gives it; a page the last build had not is digested.
     */
    @Test
    void aListPageTheChangeDidNotReachKeepsTheLastBuildsDigestOfWhatItLists() {
        Random random = new Random(13);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 100; i++) articles.add(article(random, i, List.of()));
        Dependencies last = Dependencies.of(ArchiveIndex.build(articles, Curation.empty(), List.of()), SITE, "", Map.of(), Map.of(), Optional.empty());
        last.declareList("timeline/2019-05.html", false, () -> 42, new Dependencies.Digest().add("May 2019"));
        last.listsDeclared();
        Map<String, Long> previous = new HashMap<>(last.versions());
        Article added = article(random, 100, List.of());
        articles.add(added);
        ArchiveIndex index = ArchiveIndex.build(articles, Curation.empty(), List.of());
        Dependencies patched = Dependencies.of(index, SITE, "", previous, KEYS, Optional.of(new Dependencies.Change(Set.of(added.source()), List.of())));
        Dependencies whole = Dependencies.of(index, SITE, "", previous, KEYS, Optional.empty());
        assertTrue(patched.patched());
        patched.declareList("timeline/2019-05.html", false, () -> { throw new AssertionError("digested again"); },
                new Dependencies.Digest().add("May 2019"));
        whole.declareList("timeline/2019-05.html", false, () -> 42, new Dependencies.Digest().add("May 2019"));
        for (Dependencies d : List.of(patched, whole)) {
            d.declareList("timeline/2019-06.html", false, () -> 7, new Dependencies.Digest().add("June 2019"));
            d.listsDeclared();
        }
        assertEquals(whole.versions(), patched.versions());
        assertEquals(previous.get(Dependencies.list("timeline/2019-05.html")), patched.versions().get(Dependencies.list("timeline/2019-05.html")));
    }

    /** An article of few titles and dates, so that ties are common; now and then a copy of an earlier one's text. */
    private static Article article(Random random, int i, List<Article> earlier) {
        List<String> people = new ArrayList<>(RandomArticles.some(random, PEOPLE, 6));
        people.addAll(RandomArticles.some(random, RARE, 60));
        return RandomArticles.article(random, i, earlier, 20, people);
    }

    private static Article dated(Article a, Optional<PartialDate> date) {
        return new Article(a.id(), a.source(), a.sha256(), a.size(), a.decoding(), a.title(), a.titleSource(), date, date.map(d -> "header"),
                a.people(), a.byline(), a.tweets(), a.removals(), a.notes(), a.fingerprint(), a.contentKey() + "+", a.capture());
    }

    private static Article named(Article a, Random random) {
        Set<String> people = new java.util.TreeSet<>(a.people());
        String p = random.nextBoolean() ? RARE[random.nextInt(RARE.length)] : PEOPLE[random.nextInt(PEOPLE.length)];
        if (!people.remove(p)) people.add(p);
        return a.withPeople(List.copyOf(people)).withContentKey(a.contentKey() + "+");
    }
}

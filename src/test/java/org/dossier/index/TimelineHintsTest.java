package org.dossier.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dossier.extract.Article;
import org.dossier.extract.Curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ranks a build hands the index (where each article stood in the timeline when its seed's state entry was written)
 * only order its input: whatever they say, stale after adds, edits and deletes, wrong, or missing, the index is the
 * one built without them. The archives hold ties of date and title, undated and partly dated articles, two spellings
 * of one person, and duplicates, which leave the timeline.
 */
class TimelineHintsTest {
    private static final String[] PEOPLE = {"Jürgen Klopp", "Jurgen Klopp", "Ada Lovelace", "Ada K. Lovelace", "Mary Shelley"};

    @Property(tries = 150)
    void anyRanksGiveTheIndexBuiltWithoutThem(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int n) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) articles.add(article(random, i, articles));
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) ranks[i] = random.nextInt(n + 2) - 1;
        assertEquals(ArchiveIndex.build(articles, Curation.empty(), List.of()), ArchiveIndex.build(articles, ranks, Curation.empty(), List.of()));
    }

    @Property(tries = 100)
    void ranksOfAnEarlierBuildGiveTheIndexOfTheArchiveAsChanged(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int n,
                                                                 @ForAll @IntRange(min = 1, max = 12) int changes) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) articles.add(article(random, i, articles));
        Map<String, Integer> lastRanks = new HashMap<>();
        List<ArchiveIndex.Entry> timeline = ArchiveIndex.build(articles, Curation.empty(), List.of()).timeline();
        for (int i = 0; i < timeline.size(); i++) lastRanks.put(timeline.get(i).article().source(), i);
        int next = n;
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(articles.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> articles.add(at, article(random, next++, articles));
                // an edit: a new date, title or person under the same source, which keeps its old rank
                case 1 -> { if (at < articles.size()) articles.set(at, RandomArticles.renamed(article(random, next++, articles), articles.get(at).source())); }
                default -> { if (at < articles.size() && articles.size() > 1) articles.remove(at); }
            }
        }
        articles.sort(java.util.Comparator.comparing(Article::source));
        int[] ranks = articles.stream().mapToInt(a -> lastRanks.getOrDefault(a.source(), -1)).toArray();
        assertEquals(ArchiveIndex.build(articles, Curation.empty(), List.of()), ArchiveIndex.build(articles, ranks, Curation.empty(), List.of()));
    }

    private static Article article(Random random, int i, List<Article> earlier) {
        return RandomArticles.article(random, i, earlier, 8, RandomArticles.some(random, PEOPLE, 3));
    }
}

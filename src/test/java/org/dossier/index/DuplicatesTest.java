package org.dossier.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dossier.extract.Article;
import org.dossier.extract.TextFingerprint;
import org.dossier.report.Removals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Banding the signatures finds exactly what comparing every article with every earlier one finds: at the threshold
 * of 0.8 at most 6 of the 32 hashes differ, which spoils at most 6 of the 8 bands.
 */
class DuplicatesTest {
    @Property(tries = 200)
    void findsWhatComparingEveryPairFindsWhateverTheArchiveHolds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int n) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TextFingerprint f;
            if (i == 0 || random.nextInt(3) == 0) f = new TextFingerprint(random.nextLong(), random.nextLong(), hashes(random, null, 32));
            else {
                TextFingerprint of = articles.get(random.nextInt(i)).fingerprint();
                int changed = random.nextInt(12);
                f = changed == 0 && random.nextBoolean() ? of
                        : new TextFingerprint(random.nextLong(), random.nextLong(), hashes(random, of.minhash(), changed));
            }
            articles.add(article(i, f));
        }
        assertEquals(everyPair(articles), Duplicates.find(articles).stream().map(d -> d.duplicate().source() + " of "
                + d.original().source() + ": " + d.how()).toList());
    }

    /** The earlier article kept with the same text, else the most similar one kept at 0.8 or more, the earliest on a tie. */
    private static List<String> everyPair(List<Article> articles) {
        List<String> found = new ArrayList<>();
        List<Article> kept = new ArrayList<>();
        for (Article a : articles) {
            TextFingerprint f = a.fingerprint();
            Optional<Article> same = articles.subList(0, articles.indexOf(a)).stream()
                    .filter(b -> b.fingerprint().exactHi() == f.exactHi() && b.fingerprint().exactLo() == f.exactLo()).findFirst();
            if (same.isPresent()) {
                found.add(a.source() + " of " + same.get().source() + ": same text");
                continue;
            }
            Article best = null;
            for (Article b : kept) {
                double sim = f.similarity(b.fingerprint());
                if (sim >= Duplicates.NEAR && (best == null || sim > f.similarity(best.fingerprint()))) best = b;
            }
            if (best != null) found.add(a.source() + " of " + best.source() + ": nearly the same text");
            else kept.add(a);
        }
        return found;
    }

    /** Random hashes, or {@code from}'s with {@code changed} of them replaced. */
    private static long[] hashes(Random random, long[] from, int changed) {
        long[] h = from == null ? new long[TextFingerprint.HASHES] : from.clone();
        for (int k = 0; k < changed; k++) h[from == null ? k : random.nextInt(h.length)] = random.nextLong();
        return h;
    }

    private static Article article(int i, TextFingerprint f) {
        String source = String.format("%03d.txt", i);
        return new Article("a" + i, source, "0".repeat(64), 1, "UTF-8", "Title " + i, "header", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), 0, Removals.none(), List.of(), f, "key" + i, Optional.empty());
    }
}

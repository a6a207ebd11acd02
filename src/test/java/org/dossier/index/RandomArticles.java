package org.dossier.index;

import org.dossier.extract.Article;
import org.dossier.extract.PartialDate;
import org.dossier.extract.TextFingerprint;
import org.dossier.report.Removals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Articles for the index's property tests: few titles and dates, so that ties are common, undated and partly dated
 * ones, and now and then a copy of an earlier one's text (a duplicate, which leaves the timeline).
 */
final class RandomArticles {
    private static final String[] TITLES = {"Council votes", "Budget passed", "Strike ends", "Council votes again"};

    private RandomArticles() {}

    /**
     * @param copies one article in {@code copies} has the text of an earlier one
     * @param people the people it names (see {@link #some})
     */
    static Article article(Random random, int i, List<Article> earlier, int copies, List<String> people) {
        TextFingerprint f = !earlier.isEmpty() && random.nextInt(copies) == 0 ? earlier.get(random.nextInt(earlier.size())).fingerprint()
                : new TextFingerprint(random.nextLong(), random.nextLong(), random.longs(TextFingerprint.HASHES).toArray());
        Optional<PartialDate> date = date(random);
        return new Article("a" + i, String.format("%04d.txt", i), "0".repeat(64), 1, "UTF-8", TITLES[random.nextInt(TITLES.length)], "header",
                date, date.map(d -> "header"), people.stream().sorted().toList(), Optional.empty(), 0, Removals.none(), List.of(), f, "key" + i,
                Optional.empty());
    }

    /** Each of the names, with odds of one in {@code odds}. */
    static List<String> some(Random random, String[] names, int odds) {
        List<String> out = new ArrayList<>();
        for (String n : names) if (random.nextInt(odds) == 0) out.add(n);
        return out;
    }

    /** None, a year, or a month or day of two years. */
    static Optional<PartialDate> date(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(new PartialDate(2020 + random.nextInt(2), 0, 0));
            default -> Optional.of(new PartialDate(2020 + random.nextInt(2), 1 + random.nextInt(2), random.nextInt(3)));
        };
    }

    /** The same article from a seed of another name. */
    static Article renamed(Article a, String source) {
        return new Article(a.id(), source, a.sha256(), a.size(), a.decoding(), a.title(), a.titleSource(), a.date(), a.dateSource(), a.people(),
                a.byline(), a.tweets(), a.removals(), a.notes(), a.fingerprint(), a.contentKey(), a.capture());
    }
}

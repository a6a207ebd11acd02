package org.dossier.site;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Plain-text scrapes that are articles and no two alike, for tests about the files rather than their text. */
final class SeedTexts {
    private static final List<String> WORDS = List.of("council", "harbour", "budget", "library", "bridge", "school",
            "teachers", "farmers", "river", "museum", "railway", "hospital", "nurses", "tenants", "market", "festival",
            "orchard", "quarry", "ferry", "airport", "stadium", "bakery", "theatre", "vineyard", "clinic", "tunnel",
            "reservoir", "lighthouse", "parliament", "newspaper", "archive", "garden", "factory", "union", "court");

    private SeedTexts() {}

    /** Article number {@code n}: a dated header, a headline and four paragraphs drawn from its own random words. */
    static String article(int n) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, " date 2020-05-%02d The %s and the %s: a story numbered %d%n%n",
                1 + n % 28, word(r), word(r), n));
        for (int p = 0; p < 4; p++) {
            for (int s = 0; s < 4; s++) {
                sb.append("The ").append(word(r)).append(" near the ").append(word(r)).append(" met the ").append(word(r))
                        .append(" about the ").append(word(r)).append(" and the ").append(word(r)).append(" on day ")
                        .append(r.nextInt(1000)).append(". ");
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private static String word(Random r) {
        return WORDS.get(r.nextInt(WORDS.size()));
    }
}

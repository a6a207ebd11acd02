package org.dossier.extract;

import org.dossier.clean.Block;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which of the languages Dossier reads a text is written in, from its commonest short words: enough to know
 * how a text scrape writes its dates, when the scrape itself declares no locale.
 */
final class Languages {
    /** Words frequent in one language and rare in the others (the, der, les, los, и). */
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "was", "with", "for", "said", "it", "on", "by", "from", "has"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui", "sur", "au", "avec", "pas"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "im", "auf", "sich"),
            "es", Set.of("el", "los", "las", "y", "que", "del", "por", "una", "con", "para", "se", "es", "al", "lo", "su"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "она", "к", "для", "о"));
    /** Words enough to tell: a few sentences of any article. */
    private static final int SAMPLE = 300;

    private Languages() {}

    /** "en", "fr", "de", "es" or "ru" when one of them clearly leads in the first words of the text, else empty. */
    static Optional<String> of(List<Block> blocks) {
        Map<String, Integer> hits = new java.util.TreeMap<>();
        int words = 0;
        for (Block b : blocks) {
            for (String w : b.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.isEmpty()) continue;
                STOPWORDS.forEach((language, set) -> {
                    if (set.contains(w)) hits.merge(language, 1, Integer::sum);
                });
                if (++words >= SAMPLE) break;
            }
            if (words >= SAMPLE) break;
        }
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 3) return Optional.empty();
        boolean clear = ranked.size() == 1 || ranked.get(0).getValue() >= 2 * ranked.get(1).getValue();
        return clear ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}

package org.dossier.extract;

import org.dossier.clean.Block;
import org.dossier.ingest.Seed;
import org.dossier.report.Removals;

import java.util.List;
import java.util.Optional;

/**
 * One article with its decided metadata: what every later stage works from.
 *
 * @param seed        the seed it came from (source name, digest, decoding)
 * @param titleSource "header", "meta", "derived" or "curated"
 * @param date        empty when the article gives no evidence of its date: never guessed from file times
 * @param dateSource  "header", "meta", "text" or "curated"; empty exactly when {@code date} is
 * @param people      canonical full names, sorted
 */
public record Article(Seed seed, String title, String titleSource, Optional<PartialDate> date, Optional<String> dateSource,
                      List<String> people, Optional<String> byline, List<Block> blocks, Removals removals, List<String> notes) {
    public Article {
        people = List.copyOf(people);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public String source() {
        return seed.source();
    }
}

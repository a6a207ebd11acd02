package org.dossier.report;

import java.util.Optional;

/**
 * What became of one seed: exactly one of article, duplicate or rejected.
 *
 * @param detail   the reason (rejected), the original's source (duplicate) or the article's page path (article)
 * @param decoding how its bytes were decoded, when they could be
 */
public record SeedOutcome(String source, Status status, String detail, Optional<String> decoding, Removals removals) {
    public enum Status { ARTICLE, DUPLICATE, REJECTED }
}

package org.dossier.report;

import java.util.Optional;

/**
 * What became of one seed: exactly one of article, duplicate, rejected or skipped (a capture in a web archive that is
 * not an article: an asset, an error, a front page).
 *
 * @param detail   the reason (rejected, skipped), the original's source (duplicate) or the article's page path (article)
 * @param decoding how its bytes were decoded, when they could be
 */
public record SeedOutcome(String source, Status status, String detail, Optional<String> decoding, Removals removals) {
    public enum Status { ARTICLE, DUPLICATE, REJECTED, SKIPPED }
}

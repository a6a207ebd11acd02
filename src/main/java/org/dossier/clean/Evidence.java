package org.dossier.clean;

import java.util.Optional;

/**
 * What the seed itself says about its metadata, before any extraction decides: the scraper's header line, or an
 * HTML page's meta tags. Extraction weighs it; cleaning only finds it.
 *
 * @param headline   a headline given by the seed (header line, a first line that reads as one, h1, og:title without the site suffix)
 * @param headlineSource "header", "text" or "meta"; empty exactly when {@code headline} is
 * @param date       a publication date given by the seed, as written (ISO date or date-time)
 * @param dateSource "header" for the scraper's header line, "meta" for an HTML page's metadata
 * @param byline     the author line, kept out of the text and out of people
 */
public record Evidence(Optional<String> headline, Optional<String> headlineSource, Optional<String> date,
                       Optional<String> dateSource, Optional<String> byline) {
}

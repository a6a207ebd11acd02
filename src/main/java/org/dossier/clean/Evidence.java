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
 * @param locale     the locale the page declares for itself (a BCP 47 tag such as "fr-FR" or "en_GB"), or the region of
 *                   its address ("und-IN"): how it writes dates
 * @param listing    what a saved page declares itself to be when that is a list of others' stories and no article: its
 *                   JSON-LD type ("ProfilePage", "CollectionPage", "SearchResultsPage") or {@code og:type} ("profile")
 */
public record Evidence(Optional<String> headline, Optional<String> headlineSource, Optional<String> date,
                       Optional<String> dateSource, Optional<String> byline, Optional<String> locale, Optional<String> listing) {}

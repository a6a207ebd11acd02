package org.dossier.extract;

import org.dossier.ingest.Capture;
import org.dossier.report.Removals;

import java.util.List;
import java.util.Optional;

/**
 * One article's decided metadata: what every later stage works from, and what the build cache keeps. The text
 * itself is not held here: it is in the article's content page (see {@code write.ContentPages}), so memory stays
 * small however large the archive.
 *
 * @param id          stable page name: title words plus the first 8 hex digits of the seed's SHA-256, so adding or
 *                    removing other articles never renames this one
 * @param sha256      hex digest of the seed's original bytes
 * @param titleSource "header", "text" (a headline line at the top), "meta", "derived" or "curated"
 * @param date        empty when the article gives no evidence of its date: never guessed from file times
 * @param dateSource  "header", "meta", "text" or "curated"; empty exactly when {@code date} is
 * @param people      canonical full names, sorted
 * @param contentKey  what its content page (and text) were made from: the seed's bytes, the code and its curation,
 *                    as one digest, so equal keys mean equal pages; empty until the write stage has written them
 * @param capture     where and when a page from a web archive was captured; set by the build for each capture, as
 *                    the same page may be captured again at another time
 */
public record Article(String id, String source, String sha256, long size, String decoding, String title, String titleSource,
                      Optional<PartialDate> date, Optional<String> dateSource, List<String> people, Optional<String> byline,
                      int tweets, Removals removals, List<String> notes, TextFingerprint fingerprint,
                      String contentKey, Optional<Capture> capture) {
    public Article {
        capture = capture == null ? Optional.empty() : capture;
        people = List.copyOf(people);
        notes = List.copyOf(notes);
    }

    /** The same article naming its people as given (the archive's one spelling of each, see ArchiveIndex). */
    public Article withPeople(List<String> names) {
        return new Article(id, source, sha256, size, decoding, title, titleSource, date, dateSource, names, byline, tweets,
                removals, notes, fingerprint, contentKey, capture);
    }

    public Article withContentKey(String key) {
        return new Article(id, source, sha256, size, decoding, title, titleSource, date, dateSource, people, byline, tweets,
                removals, notes, fingerprint, key, capture);
    }

    public Article withCapture(Optional<Capture> c) {
        return new Article(id, source, sha256, size, decoding, title, titleSource, date, dateSource, people, byline, tweets,
                removals, notes, fingerprint, contentKey, c);
    }
}

package org.dossier.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Where an article from a web archive came from, as a Wayback citation gives it.
 *
 * @param archive  the archive file's name relative to the seeds folder
 * @param url      the page's URL (WARC-Target-URI)
 * @param captured when it was captured: the record's WARC-Date, ISO 8601 UTC ({@code 2026-03-14T09:30:00Z})
 * @param earlier  the other captures of the same URL, which the build reads as duplicates of this, the latest one
 * @param charset  the charset its HTTP {@code Content-Type} header named, as written: how the page is decoded, as a
 *                 browser decodes it, unless it starts with a byte-order mark
 */
public record Capture(String archive, String url, String captured, List<String> earlier, Optional<String> charset) {
    public Capture {
        earlier = List.copyOf(earlier);
    }
}

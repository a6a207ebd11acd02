package org.dossier.ingest;

import java.nio.file.Path;

/**
 * A seed file that could be read and decoded.
 *
 * @param source   file name relative to the seeds folder, with '/' separators: the seed's identity in every report
 * @param path     where the original bytes are, for copying them into the site unchanged
 * @param sha256   hex digest of the original bytes
 * @param size     byte count of the original
 * @param kind     plain-text scrape or saved HTML page
 * @param text     the decoded text, line endings normalised to '\n', Unicode NFC
 * @param decoding how the bytes were decoded, e.g. "UTF-8", "UTF-8 with BOM", "windows-1252 (not valid UTF-8)"
 */
public record Seed(String source, Path path, String sha256, long size, Kind kind, String text, String decoding) {
    public enum Kind { TEXT, HTML }
}

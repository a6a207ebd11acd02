package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One thing the build makes an article from: a seed file, or one page captured in a web archive.
 *
 * @param source  its name in every report: the file's name relative to the seeds folder, or for a capture the
 *                archive's name, {@code #}, and the page's URL
 * @param path    the file holding its bytes: the seed itself, or the capture's payload as served, kept in the work
 *                folder (see {@link WebArchive})
 * @param capture where and when it was captured, for a page from a web archive
 * @param stamp   the file's stamp, taken before any of its bytes were read, when it had settled ({@link FileStamp#settled})
 */
public record SeedUnit(String source, Path path, Optional<Capture> capture, Optional<FileStamp> stamp) {}

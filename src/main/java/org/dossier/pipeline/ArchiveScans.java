package org.dossier.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.dossier.ingest.FileStamp;
import org.dossier.ingest.SeedReader;
import org.dossier.ingest.SeedUnit;
import org.dossier.ingest.WebArchive;
import org.dossier.report.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The seeds folder's files as seed units: each file is one, but a web archive is read into the pages it captured
 * ({@link WebArchive}). What each archive yielded is kept in {@code <work>/archives.smile} under the archive's file
 * stamp and the code, so an unchanged archive is not read again, and one with captures appended is read from where
 * the last read ended; the pages' payloads are kept in {@code <work>/captures/}, each under its SHA-256, and the
 * per-seed cache then finds each page by its payload, so an appended capture costs the reading and cleaning of its
 * own records only.
 */
final class ArchiveScans {
    /**
     * @param units   the plain seed files, then the pages of the archives
     * @param skipped captures that are not articles, each with why
     * @param earlier captures of a URL captured again later
     * @param damage  archives, or runs of their records, that could not be read
     * @param read    how many archives and records were read (the others came from the cache)
     */
    record Units(List<SeedUnit> units, List<Problem> skipped, List<WebArchive.Earlier> earlier, List<Problem> damage, WebArchive.Reads read) {}

    /** An archive's scan, and the stamp its file had when it was read. */
    record Kept(Optional<FileStamp> stamp, WebArchive.Scan scan) {}

    record Store(String code, Map<String, Kept> archives) {}

    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory()).registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ArchiveScans() {}

    static Units read(SeedReader.Listing listed, Path work, String code, boolean clean) throws IOException {
        List<Path> files = listed.files();
        List<String> sources = listed.sources();
        Path storeFile = work.resolve("archives.smile");
        Path payloads = work.resolve("captures");
        Store store = clean ? new Store(code, Map.of()) : load(storeFile, code);
        List<SeedUnit> units = new ArrayList<>();
        Map<String, Path> archives = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String source = sources.get(i);
            // A link is left to the reader of plain seeds, which says why it is not read (or reads it as binary).
            if (WebArchive.is(source) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) archives.put(source, f);
            else units.add(new SeedUnit(source, f, Optional.empty(), listed.stamps().get(i)));
        }
        Map<String, Kept> kept = new TreeMap<>();
        archives.entrySet().parallelStream().map(a -> Map.entry(a.getKey(), scan(a.getKey(), a.getValue(), store, payloads)))
                .toList().forEach(e -> kept.put(e.getKey(), e.getValue()));
        // An archive read again may well yield a scan equal to the stored one: a kept scan is the stored one itself.
        List<Kept> fresh = kept.entrySet().stream().filter(e -> e.getValue() != store.archives().get(e.getKey())).map(Map.Entry::getValue).toList();
        WebArchive.Reads read = new WebArchive.Reads(fresh.size(), fresh.stream().mapToLong(k -> k.scan().records()).sum());
        if (!archives.isEmpty() || !store.archives().isEmpty()) save(new Store(code, kept), storeFile, payloads);

        Map<String, WebArchive.Scan> scans = new TreeMap<>();
        List<Problem> damage = new ArrayList<>();
        kept.forEach((source, k) -> {
            scans.put(source, k.scan());
            damage.addAll(k.scan().damage());
        });
        WebArchive.Units pages = WebArchive.units(scans, payloads);
        units.addAll(pages.units());
        return new Units(List.copyOf(units), pages.skipped(), pages.earlier(), List.copyOf(damage), read);
    }

    /**
     * The archive's scan from the store when its file is as it was then and its pages' payloads are all still kept;
     * else read, from where the stored scan ended if the file only grew since.
     */
    private static Kept scan(String source, Path file, Store store, Path payloads) {
        Optional<FileStamp> stamp = FileStamp.settled(file);
        Optional<Kept> before = Optional.ofNullable(store.archives().get(source))
                .filter(k -> k.scan().payloads().stream().allMatch(p -> Files.isRegularFile(payloads.resolve(p))));
        if (before.isPresent() && stamp.isPresent() && stamp.equals(before.get().stamp())) return before.get();
        return new Kept(stamp, WebArchive.scan(source, file, payloads, before.map(Kept::scan)));
    }

    private static Store load(Path file, String code) {
        try {
            Store s = SMILE.readValue(file.toFile(), Store.class);
            return s.code().equals(code) && s.archives() != null ? s : new Store(code, Map.of());
        } catch (IOException | RuntimeException e) {
            return new Store(code, Map.of());
        }
    }

    /** Saves the scans, and deletes the payloads no archive in the seeds holds any longer. */
    private static void save(Store store, Path file, Path payloads) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        SMILE.writeValue(tmp.toFile(), store);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Set<String> used = new HashSet<>();
        store.archives().values().forEach(k -> used.addAll(k.scan().payloads()));
        if (!Files.isDirectory(payloads)) return;
        try (Stream<Path> s = Files.list(payloads)) {
            for (Path p : s.filter(p -> !used.contains(p.getFileName().toString())).toList()) Files.deleteIfExists(p);
        }
    }
}

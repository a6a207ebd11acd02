package org.dossier.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.dossier.extract.Article;
import org.dossier.write.SiteFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the previous build learnt, kept in {@code <work>/cache.smile} (binary JSON) so the next one redoes only what changed:
 * each seed's article (keyed by source, content digest, code and curation) with the size and time of its content
 * page, and each site file's key and stamp. The file keys are trusted only for the site whose manifest digest they
 * name, so a build that died after this was written, or a site whose manifest was edited, never has its files reused;
 * a site file changed since it was written no longer has its stamp, and is hashed again before it is reused. Anything
 * unreadable is ignored: the cache can only make a build faster, never different. {@code inputs} holds the versions of
 * the pages' inputs ({@link org.dossier.index.Dependencies}), trusted with the file keys.
 */
record BuildCache(String code, Map<String, Seed> seeds, String siteManifest, Map<String, String> files,
                  Map<String, long[]> stamps, Map<String, Long> inputs, Map<String, Lines> lines) {
    BuildCache {
        lines = lines == null ? Map.of() : lines;
    }

    /**
     * @param key   digest of the seed's bytes, the code and the curation that applies to it
     * @param stamp the seed file's stamp when those bytes were read: while it holds, the file is not read again
     */
    record Seed(String key, long pageSize, long pageTime, Article article, Optional<FileStamp> stamp) {
        Seed {
            stamp = stamp == null ? Optional.empty() : stamp;
        }
    }

    /**
     * A seed's lines as the archive counts them ({@code RecurringLines.of}), kept for every seed, article or not, so
     * that counting them again reads only new and changed seeds.
     *
     * @param sha256 digest of the bytes they were taken from, or empty when they were new to the cache (then only
     *               the stamp finds them again)
     * @param stamp  the seed file's stamp then: while it holds, the file is not read again
     */
    record Lines(String sha256, Optional<FileStamp> stamp, long[] hashes) {
        Lines {
            stamp = stamp == null ? Optional.empty() : stamp;
        }

        /** A seed that could not be read: it shares no line, and the build reports why. */
        static final Lines NONE = new Lines("", Optional.empty(), new long[0]);
    }

    private static final ObjectMapper JSON = new ObjectMapper(new SmileFactory()).registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static BuildCache empty(String code) {
        return new BuildCache(code, Map.of(), "", Map.of(), Map.of(), Map.of(), Map.of());
    }

    static BuildCache load(Path file, String code) {
        try {
            BuildCache c = JSON.readValue(file.toFile(), BuildCache.class);
            return c.code().equals(code) && c.inputs() != null ? c : empty(code);
        } catch (IOException | RuntimeException e) {
            return empty(code);
        }
    }

    Optional<Seed> seed(String source, String key) {
        Seed s = seeds.get(source);
        return s != null && s.key().equals(key) ? Optional.of(s) : Optional.empty();
    }

    /** The seed's lines as last counted, if its file still has the stamp it had then. */
    Optional<Lines> linesStamped(String source, FileStamp stamp) {
        Lines l = lines.get(source);
        return l != null && l.stamp().equals(Optional.of(stamp)) ? Optional.of(l) : Optional.empty();
    }

    /** The seed's lines as last counted, if they were taken from these bytes. */
    Optional<Lines> lines(String source, String sha256) {
        Lines l = lines.get(source);
        return l != null && !sha256.isEmpty() && l.sha256().equals(sha256) ? Optional.of(l) : Optional.empty();
    }

    boolean hasLines(String source) {
        return lines.containsKey(source);
    }

    /** The seed as last built, if its file still has the stamp it had then. */
    Optional<Seed> seedStamped(String source, FileStamp stamp) {
        Seed s = seeds.get(source);
        return s != null && s.stamp().equals(Optional.of(stamp)) ? Optional.of(s) : Optional.empty();
    }

    /** Each site file's stamp, kept as {@link SiteFiles.Stamp#numbers}. */
    Map<String, SiteFiles.Stamp> siteStamps() {
        Map<String, SiteFiles.Stamp> out = new HashMap<>();
        stamps.forEach((path, numbers) -> SiteFiles.Stamp.of(numbers).ifPresent(s -> out.put(path, s)));
        return out;
    }

    static Map<String, long[]> numbers(Map<String, SiteFiles.Stamp> stamps) {
        Map<String, long[]> out = new TreeMap<>();
        stamps.forEach((path, s) -> out.put(path, s.numbers()));
        return out;
    }

    void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package org.dossier.write;

import org.dossier.ingest.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Puts files into the staging site. Each file comes with a key, a digest of everything it is made from (view,
 * templates, code); when the previous site has the file made from the same key, it is hard-linked instead of made
 * again, so an unchanged page costs one link, and the output is still exactly what a clean build writes. The SHA-256
 * of every file put is kept for the fixity manifest: taken from the bytes as they are written, or from the previous
 * manifest for a linked file, so no file is read back to be hashed. A previous file is linked only while it still
 * holds those bytes: its {@link Stamp} is the one taken when it was written, or else it is read and hashed again, and
 * a file edited, truncated or replaced in the site since is made again. Thread-safe.
 *
 * <pre>{@code files.put("people/joe-biden.html", key, () -> render(view));}</pre>
 */
public final class SiteFiles {
    /** Makes a file's bytes; called only when the file cannot be reused. */
    @FunctionalInterface
    public interface Maker {
        byte[] make() throws Exception;
    }

    /**
     * What the file system says of a site file without reading it: size, modification time and inode. Unlike a seed's
     * stamp it leaves out the change time, which moves when the file is linked into the next site and again when the
     * previous site's name for it is deleted. An edit that keeps the size and puts the modification time back goes
     * unseen here, as it would in {@code rsync}'s quick check.
     */
    public record Stamp(long size, long modified, long inode) {
        /**
         * Empty when the file is gone or is not a regular file: a link put in its place is never followed. Without
         * Unix attributes (Windows) the inode is 0, and size and time stand alone.
         */
        static Optional<Stamp> of(Path file) throws IOException {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,ino", LinkOption.NOFOLLOW_LINKS);
                if (!(Boolean) a.get("isRegularFile")) return Optional.empty();
                return Optional.of(new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), (Long) a.get("ino")));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return a.isRegularFile() ? Optional.of(new Stamp(a.size(), nanos(a.lastModifiedTime()), 0)) : Optional.empty();
            }
        }

        /** As plain numbers, which a cache of 20,000 of them loads in a fraction of the time records take. */
        public long[] numbers() {
            return new long[] {size, modified, inode};
        }

        public static Optional<Stamp> of(long[] numbers) {
            return numbers != null && numbers.length == 3 ? Optional.of(new Stamp(numbers[0], numbers[1], numbers[2])) : Optional.empty();
        }

        private static long nanos(Object time) {
            return ((FileTime) time).to(TimeUnit.NANOSECONDS);
        }
    }

    private final Path staging;
    private final Optional<Path> previous;
    private final Map<String, String> oldKeys;
    private final Map<String, String> oldDigests;
    private final Map<String, Stamp> oldStamps;
    private final Map<String, String> newKeys = new ConcurrentHashMap<>();
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();
    private final Set<String> reused = ConcurrentHashMap.newKeySet();
    /** Folders already made: asking the file system again for each of 20,000 files costs a system call each. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    /**
     * @param previous   the site being replaced, when its files may be reused (not on --clean, not after a failed build)
     * @param oldKeys    the key each of its files was made from
     * @param oldDigests its fixity manifest: path to SHA-256
     * @param oldStamps  the stamp each of its files had when put there
     */
    public SiteFiles(Path staging, Optional<Path> previous, Map<String, String> oldKeys, Map<String, String> oldDigests,
                     Map<String, Stamp> oldStamps) {
        this.staging = staging;
        this.previous = previous;
        this.oldKeys = Map.copyOf(oldKeys);
        this.oldDigests = Map.copyOf(oldDigests);
        this.oldStamps = Map.copyOf(oldStamps);
    }

    public Path staging() {
        return staging;
    }

    public void put(String path, String key, Maker maker) throws Exception {
        Path dest = prepare(path, key);
        if (reuse(path, key, dest)) return;
        byte[] bytes = maker.make();
        Files.write(dest, bytes);
        digests.put(path, Sha256.hex(bytes));
        Stamp.of(dest).ifPresent(s -> stamps.put(path, s));
    }

    /** Copies a file whose SHA-256 is known (an original seed), keyed by that digest. */
    public void copy(String path, String sha256, Path source) throws IOException {
        String key = "sha256:" + sha256;
        Path dest = prepare(path, key);
        if (reuse(path, key, dest)) return;
        Files.copy(source, dest);
        digests.put(path, sha256);
        Stamp.of(dest).ifPresent(s -> stamps.put(path, s));
    }

    private Path prepare(String path, String key) {
        newKeys.put(path, key);
        Path dest = staging.resolve(path);
        folders.computeIfAbsent(dest.getParent(), dir -> {
            try {
                Files.createDirectories(dir);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return dest;
    }

    /**
     * Links the previous site's file when it was made from the same key, its digest is on record, and it still has
     * that digest: vouched for by its stamp, or else read again (a file only touched is linked, with its new stamp).
     */
    private boolean reuse(String path, String key, Path dest) throws IOException {
        if (previous.isEmpty() || !key.equals(oldKeys.get(path)) || !oldDigests.containsKey(path)) return false;
        Path old = previous.get().resolve(path);
        Optional<Stamp> stamp = Stamp.of(old);
        if (stamp.isEmpty()) return false;
        if (!stamp.get().equals(oldStamps.get(path)) && !Sha256.hex(old).equals(oldDigests.get(path))) return false;
        try {
            Files.createLink(dest, old);
        } catch (NoSuchFileException e) {
            return false; // gone from the previous site: made again
        } catch (IOException | UnsupportedOperationException e) {
            if (!Files.isRegularFile(old)) return false;
            Files.copy(old, dest); // a file system without hard links
            stamp = Stamp.of(dest);
        }
        reused.add(path);
        digests.put(path, oldDigests.get(path));
        stamp.ifPresent(s -> stamps.put(path, s));
        return true;
    }

    /** Path to key for every file put, for the next build. */
    public Map<String, String> keys() {
        return Collections.unmodifiableMap(new TreeMap<>(newKeys));
    }

    /** Path to stamp for every file put, for the next build. */
    public Map<String, Stamp> stamps() {
        return Collections.unmodifiableMap(new TreeMap<>(stamps));
    }

    /** Path to SHA-256 for every file put. */
    public Map<String, String> digests() {
        return Map.copyOf(digests);
    }

    /** Paths taken unchanged from the previous site. */
    public Set<String> reused() {
        return Set.copyOf(reused);
    }

    public int written() {
        return newKeys.size() - reused.size();
    }
}

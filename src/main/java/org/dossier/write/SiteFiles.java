package org.dossier.write;

import org.dossier.ingest.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts files into the staging site. Each file comes with a key, a digest of everything it is made from (view,
 * templates, code); when the previous site has the file made from the same key, it is hard-linked instead of made
 * again, so an unchanged page costs one link, and the output is still exactly what a clean build writes. The SHA-256
 * of every file put is kept for the fixity manifest: taken from the bytes as they are written, or from the previous
 * manifest for a linked file, so no file is read back to be hashed. Thread-safe.
 *
 * <pre>{@code files.put("people/joe-biden.html", key, () -> render(view));}</pre>
 */
public final class SiteFiles {
    /** Makes a file's bytes; called only when the file cannot be reused. */
    @FunctionalInterface
    public interface Maker {
        byte[] make() throws Exception;
    }

    private final Path staging;
    private final Optional<Path> previous;
    private final Map<String, String> oldKeys;
    private final Map<String, String> oldDigests;
    private final Map<String, String> newKeys = new ConcurrentHashMap<>();
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final Set<String> reused = ConcurrentHashMap.newKeySet();
    /** Folders already made: asking the file system again for each of 20,000 files costs a system call each. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    /**
     * @param previous   the site being replaced, when its files may be reused (not on --clean, not after a failed build)
     * @param oldKeys    the key each of its files was made from
     * @param oldDigests its fixity manifest: path to SHA-256
     */
    public SiteFiles(Path staging, Optional<Path> previous, Map<String, String> oldKeys, Map<String, String> oldDigests) {
        this.staging = staging;
        this.previous = previous;
        this.oldKeys = Map.copyOf(oldKeys);
        this.oldDigests = Map.copyOf(oldDigests);
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
    }

    /** Copies a file whose SHA-256 is known (an original seed), keyed by that digest. */
    public void copy(String path, String sha256, Path source) throws IOException {
        String key = "sha256:" + sha256;
        Path dest = prepare(path, key);
        if (reuse(path, key, dest)) return;
        Files.copy(source, dest);
        digests.put(path, sha256);
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

    /** Links the previous site's file when it was made from the same key and its digest is on record. */
    private boolean reuse(String path, String key, Path dest) throws IOException {
        if (previous.isEmpty() || !key.equals(oldKeys.get(path)) || !oldDigests.containsKey(path)) return false;
        Path old = previous.get().resolve(path);
        try {
            Files.createLink(dest, old);
        } catch (NoSuchFileException e) {
            return false; // gone from the previous site: made again
        } catch (IOException | UnsupportedOperationException e) {
            if (!Files.isRegularFile(old)) return false;
            Files.copy(old, dest); // a file system without hard links
        }
        reused.add(path);
        digests.put(path, oldDigests.get(path));
        return true;
    }

    /** Path to key for every file put, for the next build. */
    public Map<String, String> keys() {
        return Collections.unmodifiableMap(new TreeMap<>(newKeys));
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

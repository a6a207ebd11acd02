package org.dossier.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * again, so an unchanged page costs one link, and the output is still exactly what a clean build writes.
 * Thread-safe.
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
    private final Map<String, String> newKeys = new ConcurrentHashMap<>();
    private final Set<String> reused = ConcurrentHashMap.newKeySet();
    /** Folders already made: asking the file system again for each of 20,000 files costs a system call each. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    /** @param previous the site being replaced, when its files may be reused (not on --clean, not after a failed build) */
    public SiteFiles(Path staging, Optional<Path> previous, Map<String, String> oldKeys) {
        this.staging = staging;
        this.previous = previous;
        this.oldKeys = Map.copyOf(oldKeys);
    }

    public Path staging() {
        return staging;
    }

    public void put(String path, String key, Maker maker) throws Exception {
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
        if (previous.isPresent() && key.equals(oldKeys.get(path))) {
            Path old = previous.get().resolve(path);
            if (Files.isRegularFile(old)) {
                try {
                    Files.createLink(dest, old);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(old, dest); // a file system without hard links
                }
                reused.add(path);
                return;
            }
        }
        Files.write(dest, maker.make());
    }

    /** Path to key for every file put, for the next build. */
    public Map<String, String> keys() {
        return Collections.unmodifiableMap(new TreeMap<>(newKeys));
    }

    /** Paths taken unchanged from the previous site: their digests are already in its manifest. */
    public Set<String> reused() {
        return Set.copyOf(reused);
    }

    public int written() {
        return newKeys.size() - reused.size();
    }
}

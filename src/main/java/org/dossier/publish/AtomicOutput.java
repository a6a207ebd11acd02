package org.dossier.publish;

import org.dossier.config.ConfigException;
import org.dossier.ingest.SeedReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Builds the site in a staging folder beside the output and swaps it in only when complete, so a failed or killed
 * build leaves the previous site intact. A lock file in the work folder refuses a second build of the same output
 * while one runs. Every site holds a marker file, {@value #MARKER}, so that a build replaces only a folder that is
 * a Dossier site (or empty), never a user's folder given as {@code --out} by mistake.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.begin(config.out(), config.work())) {
 *     ... write everything into out.staging() ...
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
    /** In every site: tells people and builds that the folder is a Dossier site, which a build replaces whole. */
    public static final String MARKER = ".dossier-site";
    private static final String MARKER_TEXT = """
            This folder is a site built by Dossier. Each `dossier build --out` of this folder replaces everything in it,
            so keep nothing of your own here. data/manifest-sha256.txt lists every file of the site, and
            `dossier verify` checks the files against it.
            """;
    private static final String LOCK = "build.lock";
    /** Where files a user put into a replaced site are moved, in the work folder. */
    static final String KEPT = "kept";
    private static final int STRAYS_SHOWN = 3;

    private final Path out;
    private final Path staging;
    private final Path previous;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;
    private final Path keep;
    private final List<String> keptBefore;
    private CompletableFuture<List<String>> discarding;

    private AtomicOutput(Path out, Path staging, Path previous, FileChannel lockChannel, FileLock lock, Path keep, List<String> keptBefore) {
        this.out = out;
        this.staging = staging;
        this.previous = previous;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.keep = keep;
        this.keptBefore = keptBefore;
    }

    /**
     * Refuses, before touching anything, an output, staging, set-aside or work folder that holds files Dossier did
     * not make; then takes the lock and clears what a killed build left.
     */
    public static AtomicOutput begin(Path out, Path work) throws IOException {
        String name = out.getFileName().toString();
        Path staging = out.resolveSibling("." + name + ".building");
        Path previous = out.resolveSibling("." + name + ".previous");
        foreign(out, false).ifPresent(files -> {
            throw new ConfigException("--out " + out + " is not empty and is not a Dossier site (it holds " + files
                    + ", which no " + MARKER + " marker and " + Fixity.MANIFEST + " account for); choose an empty or new folder");
        });
        for (Path sibling : List.of(staging, previous)) {
            foreign(sibling, true).ifPresent(files -> {
                throw new ConfigException(sibling + " is in the way: a build of --out " + out + " uses that name for its site"
                        + " in the making, and it holds " + files + ", which are not Dossier's; move it away or choose another --out");
            });
        }
        Path lockFile = work.resolve(LOCK);
        if (Files.exists(work, LinkOption.NOFOLLOW_LINKS) && !(Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)
                && (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) || isEmpty(work)))) {
            throw new ConfigException(work + " is in the way: a build of --out " + out + " keeps its cache there, and it is"
                    + " not Dossier's (no " + LOCK + "); move it away or choose another --out");
        }
        Files.createDirectories(work);
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new ConfigException("another build is writing " + out + " right now (lock " + lockFile + "); wait for it to finish");
        }
        // A build killed between the two renames of commit() left the last good site under the previous name.
        if (!Files.exists(out) && Files.isDirectory(previous)) Files.move(previous, out);
        Path keep = work.resolve(KEPT);
        List<String> keptBefore = discard(previous, Fixity.read(previous), keep);
        deleteTree(staging);
        Files.createDirectories(staging);
        // First in, last out (see deleteTree): a staging folder cut short by a kill is still recognisably ours.
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        return new AtomicOutput(out, staging, previous, ch, lock, keep, keptBefore);
    }

    /**
     * A few of the files in {@code dir} that a build must not delete, or empty when it may replace the folder: when
     * it is missing or empty, is marked as a Dossier site and has its manifest (or, {@code unfinished}, is a staging
     * or set-aside folder: marked, its manifest not yet written or already deleted), or lists every file it holds in
     * its manifest (a site built before the marker existed).
     */
    private static Optional<String> foreign(Path dir, boolean unfinished) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return Optional.of(dir.getFileName() + " itself (not a folder)");
        boolean marked = Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        if (marked && (unfinished || Files.isRegularFile(dir.resolve(Fixity.MANIFEST), LinkOption.NOFOLLOW_LINKS))) return Optional.empty();
        List<String> strays;
        try {
            strays = strays(dir, Fixity.read(dir), STRAYS_SHOWN + 1).stream().map(p -> SeedReader.sourceName(dir, p)).toList();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("what it cannot read (" + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage() + ")");
        }
        if (strays.isEmpty()) return Optional.empty();
        String shown = String.join(", ", strays.subList(0, Math.min(STRAYS_SHOWN, strays.size())));
        return Optional.of(strays.size() > STRAYS_SHOWN ? shown + " and more" : shown);
    }

    /**
     * Up to {@code limit} of the entries in {@code site} that its manifest ({@code listed}) does not name. Folders hold
     * nothing of their own; a user's file, link or anything else not listed is what must survive.
     */
    private static List<Path> strays(Path site, Map<String, String> listed, int limit) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> {
                String name = SeedReader.sourceName(site, p);
                return !listed.containsKey(name) && !name.equals(Fixity.MANIFEST);
            }).limit(limit).toList();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    public Path staging() {
        return staging;
    }

    /**
     * Swaps the staged site in. The old one is deleted in the background while the caller finishes its build, all but
     * the files its manifest ({@code listed}) does not name: those are a user's, put into the site by hand, and are
     * moved into the work folder's {@value #KEPT} folder instead ({@link #kept} names them).
     */
    public void commit(Map<String, String> listed) throws IOException {
        if (Files.exists(out)) Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        discarding = CompletableFuture.supplyAsync(() -> {
            try {
                return discard(previous, listed, keep);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * What became of each file the replaced site held and did not list (now under the {@value #KEPT} folder of the
     * work folder), in a sentence naming it; waits for the old site to be gone.
     */
    public List<String> kept() throws IOException {
        List<String> all = new ArrayList<>(keptBefore);
        if (discarding != null) {
            try {
                all.addAll(discarding.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
                throw e;
            }
        }
        return all;
    }

    /** Deletes a replaced site, after moving the files its manifest does not list into {@code keep}: none is lost. */
    private static List<String> discard(Path site, Map<String, String> listed, Path keep) throws IOException {
        if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<String> kept = new ArrayList<>();
        for (Path p : strays(site, listed, Integer.MAX_VALUE)) {
            Path to = keep.resolve(site.relativize(p).toString());
            for (int n = 1; Files.exists(to, LinkOption.NOFOLLOW_LINKS); n++) to = to.resolveSibling(p.getFileName() + "." + n);
            Files.createDirectories(to.getParent());
            Files.move(p, to);
            kept.add(SeedReader.sourceName(site, p) + ": not made by Dossier, so moved out of the replaced site to " + to);
        }
        deleteTree(site);
        return kept;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed) deleteTree(staging);
            else discarding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Path marker = dir.resolve(MARKER);
        // Deepest first, and the marker last of the files, so a deletion cut short leaves a folder still marked as ours.
        Comparator<Path> order = Comparator.comparing((Path p) -> p.equals(marker) || p.equals(dir)).thenComparing(Comparator.reverseOrder());
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(order).toList()) Files.delete(p);
        }
    }
}

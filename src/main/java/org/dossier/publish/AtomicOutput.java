package org.dossier.publish;

import org.dossier.config.Config;
import org.dossier.config.ConfigException;
import org.dossier.ingest.SeedReader;
import org.dossier.ingest.Sha256;
import org.dossier.write.SiteFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Publishes a build so that a failed or killed build leaves the previous site or the complete new one, never a mix. A
 * lock file in the work folder refuses a second build of the same output while one runs. Every site holds a marker
 * file, {@value #MARKER}, so that a build replaces only a folder that is a Dossier site (or empty), never a user's
 * folder given as {@code --out} by mistake.
 *
 * <p>A whole site (the first build, {@code --clean}, a site the build cache cannot vouch for) is built in a staging
 * folder beside the output and swapped in with two renames. An incremental build stages only its new and changed
 * files, and {@link Journal} moves them in: the live site's unchanged files are never touched. A build finds and
 * finishes (or drops) what a killed one left in {@link #begin}, before anything else; {@link #interrupted} tells
 * {@code verify} about it meanwhile.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.begin(config.out(), config.work())) {
 *     ... write new and changed files into out.staging() through SiteFiles ...
 *     String manifest = out.manifest(files, liveManifest);
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
    /** The stamps of the site's folders when the last build left them, so that a user's files are found by listing only the folders changed since. */
    private static final String FOLDERS = "site-folders";
    /** Where files a user put into a replaced site are moved, in the work folder. */
    static final String KEPT = "kept";
    private static final int STRAYS_SHOWN = 3;

    private final Path out;
    private final Path work;
    private final Path staging;
    private final Path previous;
    private final Lock lock;
    private final Path keep;
    private final List<String> kept;
    private CompletableFuture<List<String>> discarding;
    /** An incremental publish deleting the folders it set aside and staged, then its journal ({@link #commit}). */
    private CompletableFuture<Void> tidying;
    private final Journal journal;
    /** Set when the journal is binding and not yet removed: the staging folder then holds what it still has to move. */
    private boolean journaled;
    private SiteFiles files;
    /** The live site's manifest, for an incremental build ({@link #manifest}). */
    private Fixity.Listing listed;
    /** What an incremental build changes; null for a whole site, which is swapped in. */
    private SiteFiles.Changes changes;

    private AtomicOutput(Path out, Path work, Path staging, Path previous, Lock lock, Path keep, List<String> kept) {
        this.out = out;
        this.work = work;
        this.staging = staging;
        this.previous = previous;
        this.lock = lock;
        this.keep = keep;
        this.kept = kept;
        this.journal = new Journal(work, out, staging, previous, keep);
    }

    /** The lock on the work folder, held for the whole build. */
    private record Lock(FileChannel channel, FileLock lock) {
        static Lock take(Path work, Path out) throws IOException {
            Path lockFile = work.resolve(LOCK);
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
            return new Lock(ch, lock);
        }

        void release() throws IOException {
            lock.release();
            channel.close();
        }
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
        Path lockFile = work.resolve(LOCK);
        if (Files.exists(work, LinkOption.NOFOLLOW_LINKS) && !(Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)
                && (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) || isEmpty(work)))) {
            throw new ConfigException(work + " is in the way: a build of --out " + out + " keeps its cache there, and it is"
                    + " not Dossier's (no " + LOCK + "); move it away or choose another --out");
        }
        Path keep = work.resolve(KEPT);
        Journal journal = new Journal(work, out, staging, previous, keep);
        List<String> kept = new ArrayList<>();
        // What a killed build left half-published is finished first, under the lock: until then the staging and
        // set-aside folders hold its files.
        Lock lock = journal.exists() ? Lock.take(work, out) : null;
        try {
            if (lock != null) kept.addAll(finish(journal, journal.committed(), out, work, staging, previous));
            for (Path sibling : List.of(staging, previous)) {
                foreign(sibling, true).ifPresent(files -> {
                    throw new ConfigException(sibling + " is in the way: a build of --out " + out + " uses that name for its site"
                            + " in the making, and it holds " + files + ", which are not Dossier's; move it away or choose another --out");
                });
            }
            Files.createDirectories(work);
            if (lock == null) lock = Lock.take(work, out);
            // A build killed between the two renames of a swap left the last good site under the previous name.
            if (!Files.exists(out) && Files.isDirectory(previous)) Files.move(previous, out);
            kept.addAll(discard(previous, Fixity.read(previous), keep));
            deleteTree(staging);
            Files.createDirectories(staging);
            // First in, last out (see deleteTree): a staging folder cut short by a kill is still recognisably ours.
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            if (lock != null) lock.release();
            throw e;
        }
        return new AtomicOutput(out, work, staging, previous, lock, keep, kept);
    }

    /**
     * Ends a publish through the journal: applies its steps when it is committed (all of them, or what a kill left
     * undone), then removes the set-aside and staging folders and, last, the journal. Without a commit mark the live
     * site was never touched, and only those are removed. Returns what became of the files a user had put in the site.
     */
    private static List<String> finish(Journal journal, Optional<Journal.Steps> steps, Path out, Path work, Path staging,
                                       Path previous) throws IOException {
        List<String> kept = new ArrayList<>();
        if (steps.isPresent()) {
            journal.apply(steps.get()).forEach((p, to) -> kept.add(keptMessage(p, to)));
            recordFolders(out, work, Fixity.folders(Fixity.read(out).keySet()));
        }
        deleteTree(previous);
        deleteTree(staging);
        Files.delete(journal.file());
        return kept;
    }

    /**
     * A message about a journal a build left in the work folder of {@code site} (a real path), when it is committed:
     * the site may be half-way between the old and the new one until the next build finishes the publish.
     */
    public static Optional<String> interrupted(Path site) throws IOException {
        Path file = Journal.file(Config.work(site));
        if (Journal.committed(file).isEmpty()) return Optional.empty();
        return Optional.of("a build was interrupted, or is still at work, while it moved its changes into this site (journal "
                + file + "); build the site again to finish it");
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
     * Writes the new site's fixity manifest into the staging folder, once every file is made, and returns its SHA-256.
     * For an incremental build ({@link SiteFiles#staysInPlace}) it is the live manifest ({@code live}) with the
     * changes made to it, and it says what {@link #commit} moves.
     */
    public String manifest(SiteFiles files, Fixity.Listing live) throws IOException {
        this.files = files;
        this.listed = live;
        if (!files.staysInPlace()) return Sha256.hex(Fixity.write(staging, files.digests()));
        changes = files.changes(Fixity.MANIFEST);
        String sha256 = Fixity.write(staging, live, changes.staged(), changes.deleted());
        // 40 MB at 100,000 articles, which the journal would otherwise wait for the disk to write.
        if (!changes.none()) SiteFiles.forceSoon(staging.resolve(Fixity.MANIFEST));
        return sha256;
    }

    /**
     * Publishes the build. A whole site is swapped in; the old one is deleted in the background while the caller
     * finishes its build. An incremental build's changes go in through the journal, with the files a user put into
     * the live site, which are found in the folders changed since the last build. Files a user put into the site are
     * moved into the work folder's {@value #KEPT} folder, never deleted ({@link #kept} names them).
     */
    public void commit() throws IOException {
        if (changes == null) {
            swap();
            return;
        }
        List<String> put = new ArrayList<>(changes.put());
        if (!changes.none()) put.add(Fixity.MANIFEST);
        Set<String> folders = listed.folders();
        folders.addAll(Fixity.folders(List.of(Fixity.MANIFEST)));
        Journal.Steps steps = new Journal.Steps(usersEntries(put, folders), List.copyOf(changes.deleted()), put);
        if (steps.none()) {
            // The live manifest stays: its stamp, kept in the state, vouches for it to the next build (see placed).
            files.placed(out, List.of(Fixity.MANIFEST));
            return;
        }
        journal.write(steps);
        journaled = true;
        Map<String, Path> moved = new LinkedHashMap<>();
        try {
            moved.putAll(journal.apply(steps));
        } catch (IOException | RuntimeException e) {
            try {
                journal.rollBack(steps, moved);
                journaled = false;
                deleteTree(previous);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        moved.forEach((p, to) -> kept.add(keptMessage(p, to)));
        files.placed(out, put);
        // The new site's folders, and maybe some that are gone (a folder not found is not recorded).
        folders.addAll(Fixity.folders(changes.staged().keySet()));
        recordFolders(out, work, folders);
        // The live site is the new one from here: what is left is to delete the set-aside folder (the old versions
        // of the files put and the files deleted: at 100,000 articles the data files and the manifest, 180 MB whose
        // blocks the file system frees as it unlinks them), then the staging folder, and last the journal. That runs
        // while the caller saves its cache, and close() waits for it. It is as safe as doing it here: until the
        // journal is gone a kill leaves it committed, and the next build finishes it (every step is done already, so
        // each is skipped) and deletes both folders before anything else; a folder half deleted keeps its marker to
        // the last, and verify calls the site interrupted meanwhile, as it would while the moves ran.
        CompletableFuture<Void> tidied = new CompletableFuture<>();
        Thread tidy = new Thread(() -> {
            try {
                deleteTree(previous);
                deleteTree(staging);
                Files.delete(journal.file());
                tidied.complete(null);
            } catch (IOException | RuntimeException e) {
                tidied.completeExceptionally(e);
            }
        }, "tidy " + out.getFileName());
        tidy.start();
        tidying = tidied;
    }

    private void swap() throws IOException {
        if (Files.exists(out)) Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        files.placed(out, List.of(Fixity.MANIFEST));
        discarding = CompletableFuture.supplyAsync(() -> {
            try {
                return discard(previous, Fixity.read(previous), keep);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        recordFolders(out, work, Fixity.folders(Fixity.read(out).keySet()));
    }

    /**
     * The entries of the live site that a user put there: in each folder changed since the last build left it (its
     * stamp differs from the one recorded then), every file or folder its manifest does not name, folders
     * spelled out into the files they hold; and anything but a file where this build puts one. Listing only changed
     * folders keeps an unchanged 100,000-page site from being walked.
     *
     * @param folders every folder the live manifest's files are in
     */
    private List<String> usersEntries(List<String> put, Set<String> folders) throws IOException {
        Map<String, String> recorded = recordedFolders(work);
        List<Path> found = new ArrayList<>();
        for (String folder : new TreeSet<>(Stream.concat(Stream.of(""), folders.stream()).toList())) {
            Path dir = folder.isEmpty() ? out : out.resolve(folder);
            Optional<String> stamp = folderStamp(dir);
            if (stamp.isEmpty() || stamp.get().equals(recorded.get(folder))) continue;
            Set<String> files = new HashSet<>(listed.under(folder, false));
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    String name = folder.isEmpty() ? e.getFileName().toString() : folder + "/" + e.getFileName();
                    if (files.contains(name) || name.equals(Fixity.MANIFEST)
                            || folders.contains(name) && Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) continue;
                    found.add(e);
                }
            }
        }
        for (String p : put) {
            if (Files.isDirectory(out.resolve(p), LinkOption.NOFOLLOW_LINKS)) found.add(out.resolve(p));
        }
        List<String> entries = new ArrayList<>();
        for (Path f : found) {
            try (Stream<Path> s = Files.walk(f)) {
                for (Path p : s.toList()) {
                    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || isEmpty(p)) entries.add(SiteFiles.sitePath(out, p));
                }
            }
        }
        return entries;
    }

    /** A folder's modification and change times and inode; empty when it is not a folder. */
    private static Optional<String> folderStamp(Path dir) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(dir, "unix:isDirectory,lastModifiedTime,ctime,ino", LinkOption.NOFOLLOW_LINKS);
            if (!(Boolean) a.get("isDirectory")) return Optional.empty();
            return Optional.of(a.get("lastModifiedTime") + " " + a.get("ctime") + " " + a.get("ino"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // Without Unix attributes there is no stamp to trust: every folder is listed.
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) ? Optional.of("unknown " + System.nanoTime()) : Optional.empty();
        }
    }

    /**
     * Records the stamp of each of the site's folders (the site's own besides) as it is now, for the next build's
     * {@link #usersEntries}.
     */
    private static void recordFolders(Path site, Path work, Set<String> folders) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String folder : new TreeSet<>(Stream.concat(Stream.of(""), folders.stream()).toList())) {
            Optional<String> stamp = folderStamp(folder.isEmpty() ? site : site.resolve(folder));
            if (stamp.isPresent()) sb.append(stamp.get()).append('\t').append(Fixity.escape(folder)).append('\n');
        }
        Path tmp = work.resolve(FOLDERS + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, work.resolve(FOLDERS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Folder to stamp as the last build left them; empty when none were recorded (every folder is then listed). */
    private static Map<String, String> recordedFolders(Path work) throws IOException {
        Map<String, String> out = new HashMap<>();
        Path file = work.resolve(FOLDERS);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) Fixity.unescape(line.substring(tab + 1)).ifPresent(f -> out.put(f, line.substring(0, tab)));
        }
        return out;
    }

    /**
     * What became of each file a user had put into the site (now under the {@value #KEPT} folder of the work folder),
     * in a sentence naming it; waits for a replaced site to be gone.
     */
    public List<String> kept() throws IOException {
        List<String> all = new ArrayList<>(kept);
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
            Path to = Journal.keptPlace(keep, site.relativize(p).toString());
            Files.createDirectories(to.getParent());
            Files.move(p, to);
            kept.add(keptMessage(SeedReader.sourceName(site, p), to));
        }
        deleteTree(site);
        return kept;
    }

    private static String keptMessage(String file, Path to) {
        return file + ": not made by Dossier, so moved out of the replaced site to " + to;
    }

    /**
     * Ends the build: the staging folder goes (what it still holds was not published, or was left as it is in the
     * live site), unless a journal that could not be undone still needs it.
     */
    @Override
    public void close() throws IOException {
        try {
            if (tidying != null) {
                tidying.join();
                journaled = false;
            }
            if (!journaled) deleteTree(staging);
            if (discarding != null) discarding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        } finally {
            lock.release();
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

package org.dossier.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;

/**
 * The journal of one publish into a live site, {@code <work>/journal}, in the manner of SQLite's rollback journal: it
 * lists every move, and only its last line, the commit mark, makes it binding. Each line is one step, paths escaped
 * as in the fixity manifest:
 *
 * <pre>
 * dossier journal 1
 * keep people/notes.txt         a file a user put into the site: moved into the work folder's kept/
 * delete articles/old.html      a file the new site does not have: moved aside
 * put index.html                a new or changed file: the live one linked aside, the staged one renamed over it
 * commit 3                      forced to disk after the lines above: from here on the journal is binding
 * kept                          the keep steps are done (a put may since have taken a kept file's place)
 * </pre>
 *
 * A live file is never missing while it is replaced (a rename over it), and the old one waits in the set-aside folder
 * until every step is done, so a failed step can be undone. Every step can be done again after a kill: a put whose
 * staged file is gone is done, a delete whose file is gone is done. So a build that finds a committed journal
 * finishes it, and one that finds an uncommitted journal drops it: the live site was not touched yet.
 */
final class Journal {
    private static final String HEADER = "dossier journal 1";
    /** How many files are forced to disk at once. */
    private static final int FORCING = 16;
    private static final String KEEP = "keep ", DELETE = "delete ", PUT = "put ", COMMIT = "commit ", KEPT = "kept";

    /** The steps, each list in the order it is applied. */
    record Steps(List<String> keep, List<String> delete, List<String> put) {
        boolean none() {
            return keep.isEmpty() && delete.isEmpty() && put.isEmpty();
        }
    }

    private final Path file;
    private final Path site;
    private final Path staging;
    private final Path aside;
    private final Path keptFolder;

    /**
     * @param work    the work folder, which holds the journal and the kept/ folder
     * @param site    the live site
     * @param staging where the new and changed files wait
     * @param aside   where replaced and deleted files wait until every step is done
     */
    Journal(Path work, Path site, Path staging, Path aside, Path keptFolder) {
        this.file = file(work);
        this.site = site;
        this.staging = staging;
        this.aside = aside;
        this.keptFolder = keptFolder;
    }

    Path file() {
        return file;
    }

    static Path file(Path work) {
        return work.resolve("journal");
    }

    /** Where a file a user put into the site at {@code path} goes in the kept folder: its own name, or with .1, .2, ... */
    static Path keptPlace(Path keptFolder, String path) {
        Path to = keptFolder.resolve(path);
        String name = to.getFileName().toString();
        for (int n = 1; Files.exists(to, LinkOption.NOFOLLOW_LINKS); n++) to = to.resolveSibling(name + "." + n);
        return to;
    }

    boolean exists() {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The steps of the journal when it ends in its commit mark; empty when it is missing or was cut short before it. */
    Optional<Steps> committed() throws IOException {
        return committed(file);
    }

    /** {@link #committed()} of the journal file given. */
    static Optional<Steps> committed(Path file) throws IOException {
        List<String> lines = lines(file);
        int commit = 1;
        while (commit < lines.size() && !lines.get(commit).startsWith(COMMIT)) commit++;
        if (lines.isEmpty() || !lines.get(0).equals(HEADER) || commit == lines.size() || !lines.get(commit).equals(COMMIT + (commit - 1))) {
            return Optional.empty();
        }
        List<String> keep = new ArrayList<>(), delete = new ArrayList<>(), put = new ArrayList<>();
        for (String line : lines.subList(1, commit)) {
            List<String> to = line.startsWith(KEEP) ? keep : line.startsWith(DELETE) ? delete : line.startsWith(PUT) ? put : null;
            Optional<String> path = Fixity.unescape(line.substring(line.indexOf(' ') + 1));
            if (to == null || path.isEmpty()) throw new IOException(file + ": not a journal line: " + line + " (move the journal away and build with --clean)");
            to.add(path.get());
        }
        return Optional.of(new Steps(keep, delete, put));
    }

    private static List<String> lines(Path file) throws IOException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // A line cut short by a kill has no line feed yet: it does not count.
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            lines.remove(lines.size() - 1);
            return lines;
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    /**
     * Writes the steps and forces them, with the staged files, to disk; then adds the commit mark and forces it too.
     * Before the mark a crash leaves the live site as it was; after it, the next build finishes the publish.
     */
    void write(Steps steps) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        steps.keep().forEach(p -> sb.append(KEEP).append(Fixity.escape(p)).append('\n'));
        steps.delete().forEach(p -> sb.append(DELETE).append(Fixity.escape(p)).append('\n'));
        steps.put().forEach(p -> sb.append(PUT).append(Fixity.escape(p)).append('\n'));
        int count = steps.keep().size() + steps.delete().size() + steps.put().size();
        force(steps.put().stream().map(staging::resolve).toList());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
            ch.write(ByteBuffer.wrap((COMMIT + count + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        force(file.getParent());
    }

    /**
     * Applies the steps (all of them, or what a killed build left undone) and forces the site's changed folders to
     * disk. Returns where each kept file went.
     */
    Map<String, Path> apply(Steps steps) throws IOException {
        Map<String, Path> kept = new LinkedHashMap<>();
        if (!lines(file).contains(KEPT)) {
            for (String p : steps.keep()) {
                Path from = site.resolve(p);
                if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) continue;
                Path to = keptPlace(keptFolder, p);
                Files.createDirectories(to.getParent());
                Files.move(from, to);
                kept.put(p, to);
            }
            Files.writeString(file, KEPT + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        for (String p : steps.delete()) {
            Path from = site.resolve(p);
            // A folder in its place was made by a later put of this same journal.
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) continue;
            Path to = aside.resolve(p);
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        prune(steps.keep());
        prune(steps.delete());
        Set<Path> touched = new TreeSet<>();
        // Each folder made once: asking for it again for each of the 600 files a change at 100,000 articles puts cost
        // two system calls a file.
        Set<Path> made = new HashSet<>();
        for (String p : steps.put()) {
            Path from = staging.resolve(p);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) continue;
            Path to = site.resolve(p);
            Path old = aside.resolve(p);
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                if (made.add(old.getParent())) Files.createDirectories(old.getParent());
                try {
                    Files.createLink(old, to);
                } catch (UnsupportedOperationException e) {
                    Files.copy(to, old, LinkOption.NOFOLLOW_LINKS); // a file system without hard links
                }
            }
            if (made.add(to.getParent())) Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            touched.add(to.getParent());
        }
        force(List.copyOf(touched));
        return kept;
    }

    /**
     * Undoes what {@link #apply} did of the steps, in the same process after a step failed: each new file goes back to
     * the staging folder, each old one back into the site, each kept file back where it was; then the journal goes.
     * Killed half-way, the journal is still committed and the next build finishes the publish instead.
     */
    void rollBack(Steps steps, Map<String, Path> kept) throws IOException {
        for (String p : reversed(steps.put())) {
            Path staged = staging.resolve(p), to = site.resolve(p), old = aside.resolve(p);
            if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS) && Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(staged.getParent());
                Files.move(to, staged, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) Files.delete(old);
                else Files.move(old, to, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        prune(steps.put());
        for (String p : reversed(steps.delete())) {
            Path old = aside.resolve(p);
            if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) continue;
            Files.createDirectories(site.resolve(p).getParent());
            Files.move(old, site.resolve(p));
        }
        for (Map.Entry<String, Path> k : kept.entrySet()) {
            if (!Files.exists(k.getValue(), LinkOption.NOFOLLOW_LINKS)) continue;
            Files.createDirectories(site.resolve(k.getKey()).getParent());
            Files.move(k.getValue(), site.resolve(k.getKey()));
        }
        Files.delete(file);
    }

    private static List<String> reversed(List<String> list) {
        List<String> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }

    /** Removes the folders of the site that the moves of these paths left empty, deepest first; never the site itself. */
    private void prune(Collection<String> paths) throws IOException {
        Set<Path> folders = new TreeSet<>(Comparator.comparing(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (String p : paths) {
            for (Path f = site.resolve(p).getParent(); f != null && f.startsWith(site) && !f.equals(site); f = f.getParent()) folders.add(f);
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) continue;
            try (DirectoryStream<Path> d = Files.newDirectoryStream(f)) {
                if (d.iterator().hasNext()) continue;
            }
            Files.delete(f);
        }
    }

    /**
     * Forces files or folders to disk, many at once: each waits on the disk, not the processor, and the file system
     * commits those that wait together in one go (three times faster than one by one on ext4).
     */
    private static void force(List<Path> paths) {
        ForkJoinPool pool = new ForkJoinPool(FORCING);
        try {
            pool.submit(() -> paths.parallelStream().forEach(Journal::force)).join();
        } finally {
            pool.shutdown();
        }
    }

    /** Forces a file's or a folder's contents to disk, where the platform can (a folder's, on Linux). */
    private static void force(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // A platform that cannot force a folder still has its moves ordered by the file system's own journal.
        }
    }
}

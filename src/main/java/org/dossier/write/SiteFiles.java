package org.dossier.write;

import org.dossier.ingest.Sha256;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Puts files into the staging site. Each file comes with a key, a digest of everything it is made from (view,
 * templates, code); when the live site has the file made from the same key, it is left where it is and costs
 * nothing, and only new and changed files are staged: {@link #changes} then says what the publish step must move into
 * the live site and what it must take out of it, and the output is still exactly what a clean build writes. The
 * SHA-256 of every file is kept for the fixity manifest: taken from the bytes as they are written, or from the live
 * site's manifest for a file left in place, so no file is read back to be hashed. A live file is left in place only
 * while it still holds those bytes: its {@link Stamp} is the one taken when it was put there, or else it is read and
 * hashed again, and a file edited, truncated or replaced in the site since is made again. Thread-safe.
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
     * What the file system says of a site file without reading it: size, modification and change times, inode. Files
     * stay where the build put them (nothing links them into another folder), so the change time moves only when
     * someone writes to the file, and an edit that keeps the size and puts the modification time back
     * ({@code touch -r}) is seen, as a seed's is.
     */
    public record Stamp(long size, long modified, long changed, long inode) {
        /**
         * Empty when the file is gone or is not a regular file: a link put in its place is never followed. Without
         * Unix attributes (Windows) the change time and inode are 0, and size and modification time stand alone.
         */
        public static Optional<Stamp> of(Path file) throws IOException {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,ctime,ino", LinkOption.NOFOLLOW_LINKS);
                if (!(Boolean) a.get("isRegularFile")) return Optional.empty();
                return Optional.of(new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")), (Long) a.get("ino")));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return a.isRegularFile() ? Optional.of(new Stamp(a.size(), nanos(a.lastModifiedTime()), 0, 0)) : Optional.empty();
            }
        }

        /** As plain numbers, which a cache of 20,000 of them loads in a fraction of the time records take. */
        public long[] numbers() {
            return new long[] {size, modified, changed, inode};
        }

        /** Empty for numbers of another shape, such as a stamp of an earlier version: that file is hashed again once. */
        public static Optional<Stamp> of(long[] numbers) {
            return numbers != null && numbers.length == 4 ? Optional.of(new Stamp(numbers[0], numbers[1], numbers[2], numbers[3])) : Optional.empty();
        }

        private static long nanos(Object time) {
            return ((FileTime) time).to(TimeUnit.NANOSECONDS);
        }
    }

    /** The live site's fixity manifest, as the files are checked against it. */
    public interface Listed {
        /** The SHA-256 the manifest lists for the file; null when it lists none. */
        String digest(String path);

        /** Every file it lists, in its order. */
        Iterable<String> paths();
    }

    /**
     * What publishing a build changes in the live site.
     *
     * @param staged  path to SHA-256 of every file staged, whether or not the live site holds its bytes: with the
     *                live manifest less {@code deleted}, the new site's manifest
     * @param put     the staged files whose bytes the live site does not hold: to be moved into it
     * @param deleted the live site's files that the new site does not have
     */
    public record Changes(SortedMap<String, String> staged, SortedSet<String> put, SortedSet<String> deleted) {
        public boolean none() {
            return put.isEmpty() && deleted.isEmpty();
        }
    }

    private final Path staging;
    private final Optional<Path> live;
    private final Layered<String> oldKeys;
    private final Listed oldDigests;
    private final Layered<Stamp> oldStamps;
    /** Sized for the live site's files: grown from the default, they were copied over a dozen times a build. */
    private final Map<String, String> newKeys, digests;
    private final Map<String, Stamp> stamps;
    private final Set<String> reused;
    /**
     * Files reused with the stamp they had when put there: their key, digest and stamp are the previous build's, so
     * nothing is recorded for them but this (at 100,000 articles, looking up and copying each one's digest and stamp
     * took half a second of every change).
     */
    private final Set<String> carried;
    /**
     * Every file whose key or stamp this build set anew (all but those {@link #carried} and {@link #keep kept}), so the
     * build state's save writes those entries alone ({@link #touched}).
     */
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    /** The parts of the live site whose files stay unless put or dropped (see {@link #keep}). */
    private final List<Kept> kept = new CopyOnWriteArrayList<>();
    /**
     * The live site's files that this build neither put nor kept, found as {@link #changes} goes through the manifest
     * (the files it deletes, and those staged without a key); null until then.
     */
    private volatile Set<String> gone;
    /** What this build hands the next ({@link #keys}, {@link #stamps}), made once every file is put and placed; null until then. */
    private Delta delta;
    /** Folders already made: asking the file system again for each of 20,000 files costs a system call each. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    /**
     * @param live       the live site, when its files may be left in place (not on --clean, not when the cache was made
     *                   for another site): then only new and changed files are staged
     * @param oldKeys    the key each of its files was made from ({@link #counted} as a state loads them); handed over,
     *                   not copied, as are the others: none is changed here or after
     * @param oldDigests its fixity manifest; handed over, not copied (a third of a million paths at 100,000 articles)
     * @param oldStamps  the stamp each of its files had when put there
     */
    public SiteFiles(Path staging, Optional<Path> live, Map<String, String> oldKeys, Listed oldDigests,
                     Map<String, Stamp> oldStamps) {
        this.staging = staging;
        this.live = live;
        this.oldKeys = Layered.of(oldKeys, true);
        this.oldDigests = oldDigests;
        this.oldStamps = Layered.of(oldStamps, false);
        int files = Math.max(16, oldKeys.size());
        newKeys = new ConcurrentHashMap<>(files);
        digests = new ConcurrentHashMap<>(files);
        stamps = new ConcurrentHashMap<>(files);
        reused = ConcurrentHashMap.newKeySet(files);
        carried = ConcurrentHashMap.newKeySet(files);
    }

    public Path staging() {
        return staging;
    }

    /** Whether only new and changed files are staged, the rest left in the live site. */
    public boolean staysInPlace() {
        return live.isPresent();
    }

    public void put(String path, String key, Maker maker) throws Exception {
        if (keyed(path, key)) return;
        byte[] bytes = maker.make();
        written(path, bytes, Sha256.hex(bytes));
    }

    /**
     * For a page whose inputs all have the versions they had when the previous build made it (so its key is the one
     * it had): true when that build put the page with this key, and then it stays in the live site unlooked at, as the
     * files {@link #keep} keeps do (a stat of every page cost half a second of CPU at 100,000 articles), so a page
     * changed by hand in the site since stays so until its inputs change or a {@code --clean} build ({@code verify}
     * names it). False when it must be {@link #put}, with that key.
     */
    public boolean carried(String path, String key) {
        if (live.isEmpty() || !key.equals(oldKeys.get(path)) || !oldStamps.containsKey(path)) return false;
        newKeys.put(path, key);
        carried.add(path);
        return true;
    }

    /**
     * As {@link #put}, for a file made before it is keyed, keyed by what it holds (a search piece): its SHA-256 is both
     * its key and its digest, taken once.
     */
    public void putContent(String path, byte[] bytes) throws IOException {
        String sha256 = Sha256.hex(bytes);
        if (!keyed(path, sha256)) written(path, bytes, sha256);
    }

    private void written(String path, byte[] bytes, String sha256) throws IOException {
        Path dest = prepare(path);
        write(dest, bytes);
        digests.put(path, sha256);
        Stamp.of(dest).ifPresent(s -> stamps.put(path, s));
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    /** Writes a file's bytes out as they are made. */
    @FunctionalInterface
    public interface Streamer {
        void write(OutputStream out) throws Exception;
    }

    /** As {@link #put}, for a file too large to hold in memory (a data file of every article): hashed as it is written out. */
    public void stream(String path, String key, Streamer streamer) throws Exception {
        if (keyed(path, key)) return;
        Path dest = prepare(path);
        // Digested as it is written: 140 MB at 100,000 articles, not read back.
        OutputStream digesting = Sha256.digesting(Files.newOutputStream(dest));
        try (OutputStream out = new BufferedOutputStream(digesting, 1 << 16)) {
            streamer.write(out);
        }
        digests.put(path, Sha256.hex(digesting));
        Stamp.of(dest).ifPresent(s -> stamps.put(path, s));
        // The data files are 140 MB at 100,000 articles, the most by far: forced now, while the search index is updated.
        if (live.isPresent()) forceSoon(dest);
    }

    /**
     * Sets off forcing a staged file to disk, on a thread of its own. An incremental build's journal forces each file
     * it moves in before it commits; for a large one, begun early, the disk has written most of it by then.
     */
    public static void forceSoon(Path file) {
        Thread force = new Thread(() -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ch.force(true);
            } catch (IOException e) {
                // The journal forces it again, and says what fails.
            }
        }, "force " + file.getFileName());
        force.setDaemon(true);
        force.start();
    }

    /**
     * The live site's file, while it holds the bytes of {@code digest} (its manifest says so, and it is intact): what a
     * new version of the file may copy unchanged parts from. Empty when the build does not {@link #staysInPlace}.
     */
    public Optional<Path> live(String path, String digest) throws IOException {
        return live.isPresent() && intact(path, digest).isPresent() ? Optional.of(live.get().resolve(path)) : Optional.empty();
    }

    /** The SHA-256 of a file put; null when none was put there. */
    public String digest(String path) {
        return digests.get(path);
    }

    /** Copies a file whose SHA-256 is known (an original seed), keyed by that digest. */
    public void copy(String path, String sha256, Path source) throws IOException {
        if (keyed(path, copyKey(sha256))) return;
        Path dest = prepare(path);
        Files.copy(source, dest);
        digests.put(path, sha256);
        Stamp.of(dest).ifPresent(s -> stamps.put(path, s));
    }

    private static final String COPY = "sha256:";

    private static String copyKey(String sha256) {
        return COPY + sha256;
    }

    private Path prepare(String path) {
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

    /** Whether the previous build {@link #copy copied} the same bytes to the live site's file: in a part {@link #keep} keeps, it stays. */
    public boolean copied(String path, String sha256) {
        String key = oldKeys.get(path);
        // Compared where it lies, not made again: a key string for each of 100,000 originals on every change.
        return live.isPresent() && key != null && key.length() == COPY.length() + sha256.length() && key.startsWith(COPY) && key.endsWith(sha256);
    }

    /** Whether the previous build put a file at {@code path} in the live site. */
    public boolean had(String path) {
        return live.isPresent() && oldKeys.containsKey(path);
    }

    /**
     * The files under the top folder ({@code "originals/"}) that the previous build put in the live site: a pass over
     * them all, for a build that finds with {@link #hadUnder} that some are gone.
     */
    public Set<String> hadAllUnder(String folder) {
        Set<String> paths = new HashSet<>();
        if (live.isPresent()) oldKeys.keySet().forEach(path -> { if (path.startsWith(folder)) paths.add(path); });
        return paths;
    }

    /**
     * How many files {@link #hadAllUnder} would give, from the counts kept by folder as the state was loaded and
     * each build changed it: no pass over the third of a million paths at 100,000 articles.
     */
    public int hadUnder(String folder) {
        return live.isEmpty() ? 0 : oldKeys.under(folder);
    }

    /**
     * The keys of a site's files as a build state loads them, handed over and not copied: counted by top folder here
     * (for {@link #hadUnder}), on the thread that loaded them, and fit to be the {@code oldKeys} of a build.
     */
    public static Map<String, String> counted(Map<String, String> keys) {
        return Layered.of(keys, true);
    }

    /**
     * Keeps every file of the live site under {@code prefix} that this build does not put and that is not in
     * {@code dropped}, with its key, digest and stamp, as if each had been put unchanged: for a part of the site that
     * is updated in place (the search index), whose other files the build neither makes nor names. It costs nothing
     * per file: none is listed, read, hashed or even looked at here, so a kept file changed by hand in the site
     * since stays so until that part is made in full ({@code verify} names it). Only for a build that
     * {@link #staysInPlace}.
     */
    public void keep(String prefix, Set<String> dropped) {
        kept(new Kept(prefix, false, Set.copyOf(dropped)));
    }

    /**
     * As {@link #keep}, for the files directly in {@code folder} (not those in its folders): the pages whose inputs a
     * bounded change did not reach, which the renderer neither visits nor names (one look-up each cost a fifth of a
     * second at 100,000 articles).
     */
    public void keepPages(String folder, Set<String> dropped) {
        kept(new Kept(folder, true, Set.copyOf(dropped)));
    }

    private void kept(Kept part) {
        if (live.isEmpty()) throw new IllegalStateException("only a build that leaves files in the live site keeps them");
        if (gone != null) throw new IllegalStateException("the files kept were already counted: keep them before asking what changed");
        kept.add(part);
    }

    /** A part of the live site kept unsaid: the files under a prefix, or only those directly in its folder, less those dropped. */
    private record Kept(String prefix, boolean direct, Set<String> dropped) {
        boolean holds(String path) {
            return path.startsWith(prefix) && (!direct || path.indexOf('/', prefix.length()) < 0);
        }
    }

    /** Whether the live site's file stays by {@link #keep}, whether or not this build puts it. */
    private boolean keptUnsaid(String path) {
        for (Kept k : kept) {
            if (k.holds(path)) return !k.dropped().contains(path);
        }
        return false;
    }

    /**
     * The bytes of a file of the live site, for a part of the site updated from its previous files: empty when the
     * live site has no such file (or is not to be reused).
     *
     * @throws Changed when the file was changed since it was put there: what it holds cannot be built on
     */
    public Optional<byte[]> previous(String path) throws IOException {
        String digest = oldDigests.digest(path);
        if (live.isEmpty() || digest == null) return Optional.empty();
        if (intact(path, digest).isEmpty()) throw new Changed(path);
        return Optional.of(Files.readAllBytes(live.get().resolve(path)));
    }

    /** A file of the live site that was changed since the build put it there. */
    public static final class Changed extends IOException {
        Changed(String path) {
            super(path + ": changed in the site since the last build");
        }
    }

    /** Records the file's key; true when the live site's file made from it stays ({@link #reuse}). */
    private boolean keyed(String path, String key) throws IOException {
        newKeys.put(path, key);
        if (reuse(path, key)) return true;
        touched.add(path);
        return false;
    }

    /** Leaves the live site's file where it is when it was made from the same key and still holds those bytes. */
    private boolean reuse(String path, String key) throws IOException {
        if (live.isEmpty() || !key.equals(oldKeys.get(path))) return false;
        // The stamp it was put with vouches for the bytes the manifest lists for it: the manifest is the one the
        // state was saved with (else no key is reused), and it lists every file put with a key.
        Optional<Stamp> now = Stamp.of(live.get().resolve(path));
        if (now.isPresent() && now.get().equals(oldStamps.get(path))) {
            carried.add(path);
            return true;
        }
        // Looked up once: at 100,000 articles each look-up reads some 18 of the manifest's lines.
        String digest = oldDigests.digest(path);
        Optional<Stamp> stamp = digest == null ? Optional.empty() : listedIntact(path, digest);
        if (stamp.isEmpty()) return false;
        reused.add(path);
        touched.add(path);
        digests.put(path, digest);
        stamps.put(path, stamp.get());
        return true;
    }

    /**
     * The live file's stamp, when it holds the bytes of {@code digest} and its manifest says so: vouched for by the
     * stamp it had when put there, or else read and hashed again (a file only touched is kept, with its new stamp).
     */
    private Optional<Stamp> intact(String path, String digest) throws IOException {
        if (digest == null || !digest.equals(oldDigests.digest(path))) return Optional.empty();
        return listedIntact(path, digest);
    }

    /** As {@link #intact}, for the digest the manifest lists for the file. */
    private Optional<Stamp> listedIntact(String path, String digest) throws IOException {
        Path file = live.orElseThrow().resolve(path);
        Optional<Stamp> stamp = Stamp.of(file);
        if (stamp.isEmpty() || stamp.get().equals(oldStamps.get(path))) return stamp;
        try {
            return Sha256.hex(file).equals(digest) ? stamp : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Once every file is made: what publishing changes in the live site. A file made again from a new key often comes
     * out as it was, and then stays as it is; files staged without a key (the bake's pages and assets, the data
     * files) are hashed here, and so join the manifest. Only for a build that {@link #staysInPlace}.
     *
     * @param unlisted a staged file the manifest never lists (the manifest itself)
     */
    public Changes changes(String unlisted) throws IOException {
        Map<String, Path> staged = new TreeMap<>();
        try (Stream<Path> s = Files.walk(staging)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> staged.put(sitePath(staging, p), p));
        }
        staged.remove(unlisted);
        // The new site's manifest is the live one less what the new site does not have, and with what was staged:
        // every other file was left in place, with the digest it had, as were the files kept unsaid.
        SortedMap<String, String> digested = new TreeMap<>();
        SortedSet<String> deleted = new TreeSet<>();
        Set<String> notKept = new HashSet<>();
        // A path in a part kept unsaid is asked about by its prefix first: two thirds of the paths at 100,000 articles,
        // which looked up in the sets of every path put and kept took a third of a second.
        for (String path : oldDigests.paths()) {
            if (keptUnsaid(path) || newKeys.containsKey(path)) continue;
            notKept.add(path);
            if (!staged.containsKey(path)) deleted.add(path);
        }
        gone = notKept;
        SortedSet<String> put = new TreeSet<>();
        staged.entrySet().parallelStream().forEach(f -> {
            try {
                String digest = digests.containsKey(f.getKey()) ? digests.get(f.getKey()) : Sha256.hex(f.getValue());
                Optional<Stamp> kept = intact(f.getKey(), digest);
                synchronized (digested) {
                    digested.put(f.getKey(), digest);
                    // A file staged without a key (the bake's) that stays with the stamp it had keeps its entry.
                    if (kept.isEmpty() || !kept.get().equals(oldStamps.get(f.getKey())) || newKeys.containsKey(f.getKey()) != oldKeys.containsKey(f.getKey())) {
                        touched.add(f.getKey());
                    }
                    if (kept.isPresent()) stamps.put(f.getKey(), kept.get());
                    else put.add(f.getKey());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Changes(digested, put, deleted);
    }

    /** Takes the stamps of files just moved into the site: a move changes a file's change time. */
    public void placed(Path site, Collection<String> paths) throws IOException {
        for (String path : paths) {
            Optional<Stamp> stamp = Stamp.of(site.resolve(path));
            if (!stamp.equals(Optional.ofNullable(oldStamps.get(path)))) touched.add(path);
            if (stamp.isPresent()) stamps.put(path, stamp.get());
            else stamps.remove(path);
        }
    }

    /** A file's path in a site, relative to the site's folder with "/" between names, as the manifest writes it. */
    public static String sitePath(Path site, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : site.relativize(file)) sb.append(sb.isEmpty() ? "" : "/").append(part);
        return sb.toString();
    }

    /**
     * Path to key for every file put or kept, for the next build: the previous build's with this build's over them
     * (a copy of a third of a million keys at 100,000 articles, and another of their stamps, cost a tenth of a
     * second and as much again in collections on every change).
     */
    public Map<String, String> keys() {
        return delta().keys;
    }

    /** Path to stamp for every file of the site known, for the next build; as {@link #keys}, over the previous build's. */
    public Map<String, Stamp> stamps() {
        return delta().stamps;
    }

    /**
     * The files whose key or stamp in {@link #keys} and {@link #stamps} this build set, or took away: every file the
     * previous build did not have among them, and every one it had that is gone from them. The others hold the
     * previous build's key and stamp (those carried and kept), so the state's save writes these entries alone.
     */
    public Set<String> touched() {
        return delta().touched;
    }

    /**
     * What this build hands the next. A file the previous build had keeps its entries unless this build put it (and
     * then {@link #newKeys} and {@link #stamps} hold what it has now) or neither put nor kept it ({@link #gone}: its
     * key goes, and its stamp unless one was taken of it here); a file placed from staging without a key has its
     * stamp taken anew or {@link #touched} (the manifest). Made once, when first asked for: after {@link #changes}
     * and every {@link #placed}.
     */
    private synchronized Delta delta() {
        if (delta != null) return delta;
        Set<String> away = gone != null ? gone : live.isEmpty() ? Set.of() : null;
        if (away == null) throw new IllegalStateException("ask what changed before what the next build is handed");
        Set<String> keysGone = new HashSet<>(), stampsGone = new HashSet<>();
        for (String path : away) if (oldKeys.containsKey(path)) keysGone.add(path);
        for (Set<String> some : List.of(away, touched)) {
            for (String path : some) {
                if (oldStamps.containsKey(path) && !stamps.containsKey(path) && !carried.contains(path)) stampsGone.add(path);
            }
        }
        Set<String> all = new HashSet<>(touched);
        all.addAll(keysGone);
        all.addAll(stampsGone);
        delta = new Delta(Layered.over(oldKeys, newKeys, keysGone), Layered.over(oldStamps, stamps, stampsGone), Collections.unmodifiableSet(all));
        return delta;
    }

    private record Delta(Layered<String> keys, Layered<Stamp> stamps, Set<String> touched) {}

    /** Path to SHA-256 for every file put. */
    public Map<String, String> digests() {
        return Map.copyOf(digests);
    }

    /** How many files were taken unchanged from the previous site, those kept unsaid too. */
    public int reusedCount() {
        // Every key handed on that this build did not set is of a file kept unsaid.
        return reused.size() + carried.size() + keys().size() - newKeys.size();
    }

    public int written() {
        return newKeys.size() - reused.size() - carried.size();
    }
}

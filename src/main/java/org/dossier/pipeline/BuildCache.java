package org.dossier.pipeline;

import org.dossier.clean.RecurringLines;
import org.dossier.extract.Article;
import org.dossier.index.ArchiveIndex;
import org.dossier.ingest.FileStamp;
import org.dossier.pipeline.StateSegments.Kind;
import org.dossier.write.SiteFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the previous build learnt, kept in {@code <work>/state.db} (SQLite) so the next one redoes only what changed:
 * each seed's article (keyed by source, content digest, code and curation) with the size and time of its content
 * page, each seed's lines, each site file's key and stamp, and the versions of the pages' inputs
 * ({@link org.dossier.index.Dependencies}). An entry per seed (its article and its lines), file or input, a few
 * entries to a row ({@link StateSegments}), so a build commits only the rows that hold an entry it changed: adding an
 * article at 100,000 rewrites a few hundred segments of a kilobyte or so, not the whole state. The file keys are
 * trusted only for the site whose manifest digest they name, so a build that died after this was written, or a site
 * whose manifest was edited, never has its files reused; a site file changed since it was written no longer has its
 * stamp, and is hashed again before it is reused. Anything unreadable (a damaged file, another version's state) is
 * ignored and written afresh, and so is a segment that fails its check: the state can only make a build faster, never
 * different. A build killed at any moment leaves the state of the last commit, each save being one transaction.
 *
 * @param keyBase    digest of what every seed's key is made from besides the seed (the code, the aliases, every
 *                   correction of the curation)
 * @param recurring  the lines that recur in the archive, as the build that saved the state counted them, for the next
 *                   to count again only those its change touches; empty when not known
 * @param generation which save of the store this is, -1 for none: a save writes only the rows that differ from this
 *                   state when the store still holds it (else the store is written whole)
 */
record BuildCache(String code, String keyBase, Map<String, Seed> seeds, String siteManifest, Map<String, String> files,
                  Map<String, SiteFiles.Stamp> stamps, Map<String, Long> inputs, Map<String, Lines> lines,
                  Optional<RecurringLines> recurring, long generation) {
    /**
     * @param key   digest of the seed's bytes, the code and the curation that applies to it
     * @param stamp the seed file's stamp when those bytes were read: while it holds, the file is not read again
     * @param told  the seed's own lines that recurred in the archive, which the key was made with: while they and the
     *              {@link #keyBase} are the same, so is the key, and it is not made again
     * @param rank  where its article stood in the timeline when this entry was written, -1 for nowhere: a hint that
     *              hands the index the articles nearly in order ({@link ArchiveIndex#build}), so an entry keeps its
     *              rank while others move around it, and a change rewrites only its own seeds' entries
     */
    record Seed(String key, long pageSize, long pageTime, Article article, Optional<FileStamp> stamp, long[] told, int rank) {
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

    static BuildCache empty(String code) {
        return new BuildCache(code, "", Map.of(), "", Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), -1);
    }

    static BuildCache load(Path file, String code) {
        if (!Files.isRegularFile(file)) return empty(code);
        try {
            Map<String, String> meta;
            try (Connection db = open(file)) {
                meta = meta(db);
            }
            if (!code.equals(meta.get("code")) || !meta.containsKey("generation")) return empty(code);
            Map<String, Seed> seeds = sized(meta, "seeds");
            Map<String, Lines> lines = sized(meta, "lines");
            Map<String, String> files = sized(meta, "files");
            Map<String, SiteFiles.Stamp> stamps = sized(meta, "stamps");
            Map<String, Long> inputs = sized(meta, "inputs");
            // Each kind on a connection and thread of its own, decoded as it is read, straight into the maps the build uses.
            // The seeds are read on one thread, which alone asks what they share.
            StateRows.Shared shared = new StateRows.Shared();
            CompletableFuture<Void> s = segments(file, Kind.SEEDS, in -> StateRows.seedEntry(in, shared, seeds, lines));
            // The files' keys are counted by folder on their own thread too, once read.
            CompletableFuture<Map<String, String>> f = segments(file, Kind.FILES, in -> StateRows.fileEntry(in, files, stamps))
                    .thenApply(read -> SiteFiles.counted(files));
            CompletableFuture<Void> i = segments(file, Kind.INPUTS, in -> StateRows.inputEntry(in, inputs));
            CompletableFuture.allOf(s, f, i).join();
            return new BuildCache(code, meta.getOrDefault("keyBase", ""), seeds, meta.getOrDefault("site", ""), f.join(), stamps, inputs, lines,
                    recurring(meta.getOrDefault("recurring", "")), Long.parseLong(meta.get("generation")));
        } catch (SQLException | RuntimeException e) {
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

    /**
     * Saves this state as the store's next generation, in one transaction: only the rows that differ from
     * {@code before} when the store still holds {@code before}, else every row (a first or clean build, or a store
     * damaged or changed behind this process's back).
     *
     * @param changed the seeds whose rows (article or lines) the build may have changed; every other seed of this
     *                state holds {@code before}'s very rows, and is not compared (at 100,000 articles comparing
     *                200,000 rows cost half a second), unless it is gone
     * @return this state with its generation
     */
    BuildCache save(Path file, BuildCache before, Set<String> changed) throws IOException {
        return save(file, before, changed, Touched.UNKNOWN);
    }

    /**
     * What a build knows it changed of {@code before}'s site files and inputs, so the save looks at those alone instead
     * of comparing every entry (1.3 million map entries at 100,000 articles). Each set, when not null, holds every name
     * whose entry is new or differs from {@code before}'s; those gone are found by counting (see {@link #gone}). Null
     * for a kind the build did not follow, which is then compared whole.
     *
     * @param files  site paths whose key or stamp was set this build (see {@code SiteFiles.touched})
     * @param inputs inputs whose version is new or changed (see {@code Dependencies.touched})
     */
    record Touched(Set<String> files, Set<String> inputs) {
        static final Touched UNKNOWN = new Touched(null, null);
    }

    /** As {@link #save(Path, BuildCache, Set)}, looking only at the site files and inputs the build says it touched. */
    BuildCache save(Path file, BuildCache before, Set<String> changed, Touched touched) throws IOException {
        Files.createDirectories(file.getParent());
        // What versions before this store kept, in one file of binary JSON (432 MB at 100,000 articles).
        Files.deleteIfExists(file.resolveSibling("cache.smile"));
        long last = before.generation();
        try {
            try (Connection db = open(file)) {
                Map<String, String> meta = meta(db);
                long stored = meta.containsKey("generation") ? Long.parseLong(meta.get("generation")) : -1;
                if (before.generation() >= 0 && before.generation() == stored && before.code().equals(meta.get("code"))) {
                    return write(db, before, changed, touched, meta, stored + 1);
                }
                last = Math.max(last, stored);
            }
        } catch (SQLException | NumberFormatException e) {
            // Not a database, or one this driver cannot use: made afresh, since the state is only ever a speed-up.
        }
        // Written whole into a new file, which holds nothing of what another version or a damaged store left.
        for (String f : List.of("", "-wal", "-shm", "-journal")) Files.deleteIfExists(file.resolveSibling(file.getFileName() + f));
        try (Connection db = open(file)) {
            return write(db, empty(code), Set.of(), Touched.UNKNOWN, Map.of(), last + 1);
        } catch (SQLException e) {
            throw new IOException(file + ": the build state could not be saved (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes the segments that hold an entry that differs from {@code before}'s (all of them when {@code before} is
     * empty, as is the store), and the meta table, in one transaction.
     *
     * @param meta the store's meta table, which tells how many segments each kind has
     */
    private BuildCache write(Connection db, BuildCache before, Set<String> changed, Touched touched, Map<String, String> meta, long gen)
            throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
            // Rows keyed by a number, not in a table without row ids: such a table keeps only some 1,000 bytes of a
            // row in its tree and the rest on pages of their own, and a segment of seeds holds some 4,600.
            s.execute("CREATE TABLE IF NOT EXISTS segments (id INTEGER PRIMARY KEY, gen INTEGER NOT NULL, data BLOB NOT NULL)");
        }
        db.setAutoCommit(false);
        Map<String, String> noted = new LinkedHashMap<>();
        // Only the seeds the build changed are looked at, and those gone: every other one is the very entry it was,
        // so the seeds of before still here are counted from the changed ones, and looked for only when some are not.
        Set<String> seedsTouched = before.generation() < 0 ? changed
                : withGone(changed, List.of(seeds, lines), List.of(before.seeds(), before.lines()));
        segments(db, Kind.SEEDS, gen, List.of(seeds.keySet(), lines.keySet()), before.generation() < 0 ? null : seedsTouched, meta, noted,
                (o, name) -> StateRows.seedEntry(o, name, seeds.get(name), lines.get(name)));
        // Site files and inputs are compared where they are (at 100,000 articles the site has 320,000 files), each
        // looked up once in before; before's are looked for among them only when fewer were found than it holds.
        // A build that says what it touched is taken at its word, and only the entries gone are counted for.
        Set<String> filesTouched = touched.files() != null && before.generation() >= 0
                ? withGone(touched.files(), List.of(files, stamps), List.of(before.files(), before.stamps())) : filesCompared(before);
        segments(db, Kind.FILES, gen, List.of(files.keySet(), stamps.keySet()), before.generation() < 0 ? null : filesTouched, meta, noted,
                (o, path) -> StateRows.fileEntry(o, path, files.getOrDefault(path, ""), stamps.get(path)));
        Set<String> inputsTouched = touched.inputs() != null && before.generation() >= 0
                ? withGone(touched.inputs(), List.of(inputs), List.of(before.inputs())) : inputsCompared(before);
        segments(db, Kind.INPUTS, gen, List.of(inputs.keySet()), before.generation() < 0 ? null : inputsTouched, meta, noted,
                (o, name) -> StateRows.inputEntry(o, name, inputs.get(name)));

        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)")) {
            for (String[] m : new String[][] {{"code", code}, {"keyBase", keyBase}, {"site", siteManifest}, {"generation", String.valueOf(gen)},
                    {"rows.seeds", String.valueOf(seeds.size())}, {"rows.lines", String.valueOf(lines.size())},
                    {"rows.files", String.valueOf(files.size())}, {"rows.stamps", String.valueOf(stamps.size())},
                    {"rows.inputs", String.valueOf(inputs.size())},
                    {"recurring", recurring.map(BuildCache::recurring).orElse("")}}) {
                noted.put(m[0], m[1]);
            }
            for (Map.Entry<String, String> m : noted.entrySet()) {
                put.setString(1, m.getKey());
                put.setString(2, m.getValue());
                put.addBatch();
            }
            put.executeBatch();
        }
        db.commit();
        return new BuildCache(code, keyBase, seeds, siteManifest, files, stamps, inputs, lines, recurring, gen);
    }

    /** The site files whose key or stamp differs from {@code before}'s, found by comparing every one. */
    private Set<String> filesCompared(BuildCache before) {
        Set<String> filesTouched = new HashSet<>();
        int keysKnown = 0, stampsKnown = 0, stamped = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey(), key = f.getValue(), oldKey = before.files().get(path);
            SiteFiles.Stamp stamp = stamps.get(path), oldStamp = before.stamps().get(path);
            if (oldKey != null) keysKnown++;
            if (oldStamp != null) stampsKnown++;
            if (stamp != null) stamped++;
            // A file staged without a key is kept with an empty one, and read back with none.
            boolean known = oldKey != null || oldStamp != null;
            if (!known || !Objects.equals(stamp, oldStamp) || !(key == null ? "" : key).equals(oldKey == null ? "" : oldKey)) filesTouched.add(path);
        }
        // The files with a stamp and no key, looked for only when the files with keys do not hold every stamp.
        if (stamped < stamps.size()) for (Map.Entry<String, SiteFiles.Stamp> f : stamps.entrySet()) {
            String path = f.getKey();
            if (files.containsKey(path)) continue;
            String oldKey = before.files().get(path);
            SiteFiles.Stamp oldStamp = before.stamps().get(path);
            if (oldKey != null) keysKnown++;
            if (oldStamp != null) stampsKnown++;
            if (oldStamp == null || oldKey != null || !f.getValue().equals(oldStamp)) filesTouched.add(path);
        }
        if (keysKnown < before.files().size()) gone(before.files().keySet(), files, stamps, filesTouched);
        if (stampsKnown < before.stamps().size()) gone(before.stamps().keySet(), files, stamps, filesTouched);
        return filesTouched;
    }

    /** The inputs whose version differs from {@code before}'s, found by comparing every one. */
    private Set<String> inputsCompared(BuildCache before) {
        Set<String> inputsTouched = new HashSet<>();
        int inputsKnown = 0;
        for (Map.Entry<String, Long> i : inputs.entrySet()) {
            Long was = before.inputs().get(i.getKey());
            if (was != null) inputsKnown++;
            if (!i.getValue().equals(was)) inputsTouched.add(i.getKey());
        }
        if (inputsKnown < before.inputs().size()) gone(before.inputs().keySet(), inputs, Map.of(), inputsTouched);
        return inputsTouched;
    }

    /**
     * The names touched, and those of {@code was} that none of {@code now} holds. Every name a map of {@code now} holds
     * and its map in {@code was} does not is touched, and so is every name whose entry a map lost (the rewritten site
     * file whose stamp is too fresh to keep, the seed that is now a reject), so a map misses untouched names of
     * {@code was} only when it holds fewer than those counts allow: only then is {@code was} gone through (a delete).
     *
     * @param now each kept map of this state, beside the map of {@code before} it is saved over, in {@code was}
     */
    private static Set<String> withGone(Set<String> touched, List<Map<String, ?>> now, List<Map<String, ?>> was) {
        Set<String> all = new HashSet<>(touched);
        for (int k = 0; k < now.size(); k++) {
            Map<String, ?> n = now.get(k), w = was.get(k);
            int added = 0, dropped = 0;
            for (String name : touched) {
                boolean has = n.containsKey(name), had = w.containsKey(name);
                if (has && !had) added++;
                if (had && !has) dropped++;
            }
            if (w.size() - (n.size() - added) > dropped) {
                for (String name : w.keySet()) if (!touched.contains(name) && heldByNone(now, name)) all.add(name);
            }
        }
        return all;
    }

    private static boolean heldByNone(List<Map<String, ?>> maps, String name) {
        for (Map<String, ?> m : maps) if (m.containsKey(name)) return false;
        return true;
    }

    /** Adds to {@code touched} the names of {@code was} that neither of the maps holds. */
    private static void gone(Set<String> was, Map<String, ?> now, Map<String, ?> alsoNow, Set<String> touched) {
        for (String name : was) if (!now.containsKey(name) && !alsoNow.containsKey(name)) touched.add(name);
    }

    /**
     * Writes the kind's segments that hold a touched name (a segment left empty is deleted), each from the entries
     * of this state; every segment when none is touched but all are ({@code touched} null), or when the kind's
     * entries grew or shrank so much since its segments were counted that they are counted again. Notes the count
     * into {@code noted}.
     *
     * @param names every entry of the kind in this state
     */
    private static void segments(Connection db, Kind kind, long gen, List<Set<String>> names, Set<String> touched, Map<String, String> meta,
                                 Map<String, String> noted, BiConsumer<StateRows.Out, String> entry) throws SQLException {
        // The larger of the sets for the count: they are the same names but for a few, and their union is not made.
        int bits = StateSegments.bits(kind, names.stream().mapToInt(Set::size).max().orElse(0));
        String kept = meta.get("bits." + kind);
        // Counted again only when the count is two doublings or halvings off: an archive that grows an article at a
        // time has a kind rewritten whole about once each time it quadruples, not back and forth about one size.
        boolean kindKept = touched != null && kept != null && Math.abs(Integer.parseInt(kept) - bits) <= 1;
        if (kindKept) bits = Integer.parseInt(kept);
        noted.put("bits." + kind, String.valueOf(bits));
        Map<Integer, Set<String>> held = kindKept ? held(db, kind, bits, names, touched) : null;
        if (held == null) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM segments WHERE id >= ? AND id <= ?")) {
                delete.setLong(1, kind.id(0));
                delete.setLong(2, kind.id(-1));
                delete.executeUpdate();
            }
            held = new HashMap<>();
            for (Set<String> some : names) {
                for (String name : some) held.computeIfAbsent(StateSegments.segment(name, bits), k -> new LinkedHashSet<>()).add(name);
            }
        }
        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO segments (id, gen, data) VALUES (?, ?, ?)");
             PreparedStatement delete = db.prepareStatement("DELETE FROM segments WHERE id = ?")) {
            int batched = 0;
            // In the order of the ids, so that a state written whole fills its pages.
            for (int segment : new TreeSet<>(held.keySet())) {
                Set<String> in = held.get(segment);
                if (in.isEmpty()) {
                    delete.setLong(1, kind.id(segment));
                    delete.addBatch();
                    continue;
                }
                put.setLong(1, kind.id(segment));
                put.setLong(2, gen);
                put.setBytes(3, StateSegments.seal(in, entry));
                put.addBatch();
                // A batch holds its rows until it runs: a state written whole is 200 MB at 100,000 articles.
                if (++batched % 1024 == 0) put.executeBatch();
            }
            put.executeBatch();
            delete.executeBatch();
        }
    }

    /**
     * The names each segment that holds a touched name is to hold, by segment (an empty set: the segment is deleted):
     * those the store's row holds still held by this state, and the touched ones it holds, so no name but those is
     * looked at (a pass over the names of every kind cost a tenth of a second at 100,000 articles). A row that fails
     * its check holds none of before's entries, whose names are then all touched. Null when a row cannot be read as
     * entries of the kind: then the kind is gone through whole.
     *
     * @param names every entry of the kind in this state
     */
    private static Map<Integer, Set<String>> held(Connection db, Kind kind, int bits, List<Set<String>> names, Set<String> touched)
            throws SQLException {
        Map<Integer, Set<String>> held = new HashMap<>();
        for (String name : touched) held.computeIfAbsent(StateSegments.segment(name, bits), k -> new LinkedHashSet<>()).add(name);
        try (PreparedStatement read = db.prepareStatement("SELECT data FROM segments WHERE id = ?")) {
            for (Map.Entry<Integer, Set<String>> segment : held.entrySet()) {
                Set<String> in = new LinkedHashSet<>();
                read.setLong(1, kind.id(segment.getKey()));
                try (ResultSet r = read.executeQuery()) {
                    StateRows.In stored = r.next() ? StateSegments.open(r.getBytes(1)).orElse(null) : null;
                    if (stored != null) for (long n = stored.number(); n > 0; n--) in.add(StateRows.name(kind, stored));
                }
                in.addAll(segment.getValue());
                in.removeIf(name -> names.stream().noneMatch(some -> some.contains(name)));
                segment.setValue(in);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return held;
    }

    /** The recurring lines as the meta table keeps them: how many seeds make a line recur, then the lines' hashes. */
    private static String recurring(RecurringLines r) {
        StringBuilder sb = new StringBuilder().append(r.minSeeds());
        for (long h : r.lines()) sb.append(' ').append(h);
        return sb.toString();
    }

    /** Empty when not kept or unreadable: then the archive's lines are counted whole, and kept again. */
    private static Optional<RecurringLines> recurring(String kept) {
        try {
            String[] parts = kept.split(" ");
            long[] lines = new long[parts.length - 1];
            for (int i = 1; i < parts.length; i++) lines[i - 1] = Long.parseLong(parts[i]);
            int minSeeds = Integer.parseInt(parts[0]);
            return minSeeds > 0 ? Optional.of(RecurringLines.restore(lines, minSeeds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Connection open(Path file) throws SQLException {
        NativeSqlite.use(file.toAbsolutePath().getParent());
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            // A commit appends to the log instead of rewriting pages in place; after a crash the log's whole
            // transactions are kept and a torn one is dropped, so the state is always that of some commit.
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            // Reads map the file instead of copying each page through SQLite's cache: a build reads every row.
            s.execute("PRAGMA mmap_size=1073741824");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Map<String, String> meta(Connection db) throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (Statement s = db.createStatement()) {
            ResultSet tables = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
            if (!tables.next()) return meta;
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name, value FROM meta")) {
            while (r.next()) meta.put(r.getString(1), r.getString(2));
        }
        return meta;
    }

    /**
     * A map made to the size the last save noted ({@code rows.NAME} in the meta table), so that loading 320,000 rows
     * does not rehash it a dozen times as it grows.
     */
    private static <V> Map<String, V> sized(Map<String, String> meta, String name) {
        int rows = Integer.parseInt(meta.getOrDefault("rows." + name, "0"));
        return new HashMap<>(Math.max(16, (int) (rows / 0.75f) + 1));
    }

    /**
     * Hands each entry of the kind's segments to {@code each}, positioned at it, on a thread of its own. A segment
     * whose bytes fail their check is passed over: its entries are missing, and the save that follows writes it again.
     */
    private static CompletableFuture<Void> segments(Path file, Kind kind, Consumer<StateRows.In> each) {
        return CompletableFuture.runAsync(() -> {
            try (Connection db = open(file); PreparedStatement s = db.prepareStatement("SELECT data FROM segments WHERE id >= ? AND id <= ?")) {
                s.setLong(1, kind.id(0));
                s.setLong(2, kind.id(-1));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        StateRows.In in = StateSegments.open(r.getBytes(1)).orElse(null);
                        if (in == null) continue;
                        for (long n = in.number(); n > 0; n--) each.accept(in);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }, task -> {
            // Not the common pool: on two cores it has one thread, and the kinds would be read one after another.
            Thread read = new Thread(task, "state " + kind);
            read.setDaemon(true);
            read.start();
        });
    }
}

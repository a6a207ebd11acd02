package org.dossier.pipeline;

import org.dossier.clean.RecurringLines;
import org.dossier.extract.Article;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What the previous build learnt, kept in {@code <work>/state.db} (SQLite) so the next one redoes only what changed:
 * each seed's article (keyed by source, content digest, code and curation) with the size and time of its content
 * page, each seed's lines, each site file's key and stamp, and the versions of the pages' inputs
 * ({@link org.dossier.index.Dependencies}). One row per seed, file or input, so a build commits only the rows that
 * changed: adding an article at 100,000 writes a few hundred rows, not the whole state. The file keys are trusted
 * only for the site whose manifest digest they name, so a build that died after this was written, or a site whose
 * manifest was edited, never has its files reused; a site file changed since it was written no longer has its stamp,
 * and is hashed again before it is reused. Anything unreadable (a damaged file, another version's state) is ignored
 * and written afresh: the state can only make a build faster, never different. A build killed at any moment leaves
 * the state of the last commit, each save being one transaction.
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
     */
    record Seed(String key, long pageSize, long pageTime, Article article, Optional<FileStamp> stamp, long[] told) {
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

    /** The tables of the store: each holds a row per name, written by the save of generation {@code gen}. */
    private static final List<String> TABLES = List.of("seeds", "lines", "files", "inputs");

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
            // Each table on a connection and thread of its own: at 100,000 articles they hold 800,000 rows.
            CompletableFuture<Map<String, Seed>> seeds = rows(file, "seeds", sized(meta, "seeds"), StateRows::seed);
            CompletableFuture<Map<String, Lines>> lines = rows(file, "lines", sized(meta, "lines"), StateRows::lines);
            CompletableFuture<Map<String, Long>> inputs = rows(file, "inputs", sized(meta, "inputs"), StateRows::version);
            // Decoded as they are read, into the two maps the build uses: no third map of 320,000 rows in between.
            Map<String, String> files = sized(meta, "files");
            Map<String, SiteFiles.Stamp> stamps = sized(meta, "stamps");
            rows(file, "files", (path, row) -> {
                String key = StateRows.fileKey(row);
                if (!key.isEmpty()) files.put(path, key);
                SiteFiles.Stamp.of(StateRows.fileStamp(row)).ifPresent(stamp -> stamps.put(path, stamp));
            }).join();
            return new BuildCache(code, meta.getOrDefault("keyBase", ""), seeds.join(), meta.getOrDefault("site", ""), files, stamps, inputs.join(), lines.join(),
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
        Files.createDirectories(file.getParent());
        // What versions before this store kept, in one file of binary JSON (432 MB at 100,000 articles).
        Files.deleteIfExists(file.resolveSibling("cache.smile"));
        try {
            return write(file, before, changed);
        } catch (SQLException e) {
            // Not a database, or one this driver cannot use: made afresh, since the state is only ever a speed-up.
            for (String f : List.of("", "-wal", "-shm", "-journal")) Files.deleteIfExists(file.resolveSibling(file.getFileName() + f));
            try {
                return write(file, empty(code), changed);
            } catch (SQLException again) {
                throw new IOException(file + ": the build state could not be saved (" + again.getMessage() + ")", again);
            }
        }
    }

    private BuildCache write(Path file, BuildCache before, Set<String> changed) throws SQLException {
        try (Connection db = open(file)) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
                for (String t : TABLES) {
                    s.execute("CREATE TABLE IF NOT EXISTS " + t + " (name TEXT PRIMARY KEY, gen INTEGER NOT NULL, data BLOB NOT NULL) WITHOUT ROWID");
                }
            }
            db.setAutoCommit(false);
            Map<String, String> meta = meta(db);
            boolean held = before.generation() >= 0 && String.valueOf(before.generation()).equals(meta.get("generation"))
                    && before.code().equals(meta.get("code"));
            BuildCache base = held ? before : empty(code);
            long gen = Math.max(before.generation(), meta.containsKey("generation") ? Long.parseLong(meta.get("generation")) : -1) + 1;
            if (!held) {
                try (Statement s = db.createStatement()) {
                    for (String t : TABLES) s.execute("DELETE FROM " + t);
                }
            }
            // Only the seeds the build changed are looked at; a state written whole goes in the order of the table's
            // key (the listing's), so that it fills its pages.
            changes(db, "seeds", gen, base.seeds(), seeds, held ? changed : seeds.keySet(), Objects::equals, StateRows::seed);
            changes(db, "lines", gen, base.lines(), lines, held ? changed : lines.keySet(), BuildCache::sameLines, StateRows::lines);
            fileChanges(db, gen, base);
            changes(db, "inputs", gen, base.inputs(), inputs, inputs.keySet(), Objects::equals, StateRows::version);
            try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)")) {
                for (String[] m : new String[][] {{"code", code}, {"keyBase", keyBase}, {"site", siteManifest}, {"generation", String.valueOf(gen)},
                        {"rows.seeds", String.valueOf(seeds.size())}, {"rows.lines", String.valueOf(lines.size())},
                        {"rows.files", String.valueOf(files.size())}, {"rows.stamps", String.valueOf(stamps.size())},
                        {"rows.inputs", String.valueOf(inputs.size())},
                        {"recurring", recurring.map(BuildCache::recurring).orElse("")}}) {
                    put.setString(1, m[0]);
                    put.setString(2, m[1]);
                    put.addBatch();
                }
                put.executeBatch();
            }
            db.commit();
            return new BuildCache(code, keyBase, seeds, siteManifest, files, stamps, inputs, lines, recurring, gen);
        }
    }

    /**
     * Writes the rows of {@code now} among {@code names} that {@code was} does not hold alike, and deletes those
     * {@code now} lacks: among {@code names}, and any other row of {@code was}, looked for only when the sizes of the
     * maps show that some is gone.
     */
    private static <V> void changes(Connection db, String table, long gen, Map<String, V> was, Map<String, V> now, Set<String> names,
                                    BiPredicate<V, V> same, Function<V, byte[]> bytes) throws SQLException {
        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO " + table + " (name, gen, data) VALUES (?, ?, ?)");
             PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE name = ?")) {
            int added = 0;
            for (String name : names) {
                V row = now.get(name), old = was.get(name);
                if (row == null) {
                    if (old != null) {
                        delete.setString(1, name);
                        delete.addBatch();
                    }
                    continue;
                }
                if (old == null) added++;
                if (old != null && same.test(old, row)) continue;
                put.setString(1, name);
                put.setLong(2, gen);
                put.setBytes(3, bytes.apply(row));
                put.addBatch();
            }
            put.executeBatch();
            // Every row of now that was lacks is among the names, so was holds now's other rows: if it holds more, some are gone.
            if (was.size() > now.size() - added) {
                for (String name : was.keySet()) {
                    if (now.containsKey(name) || names.contains(name)) continue;
                    delete.setString(1, name);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
    }

    private static boolean sameLines(Lines a, Lines b) {
        return a.sha256().equals(b.sha256()) && a.stamp().equals(b.stamp()) && Arrays.equals(a.hashes(), b.hashes());
    }

    /** As {@link #changes}, for the site files: a row per file with a key or a stamp or both. */
    private void fileChanges(Connection db, long gen, BuildCache was) throws SQLException {
        // Compared where they are, without a map of rows: at 100,000 articles the site has 320,000 files.
        try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO files (name, gen, data) VALUES (?, ?, ?)");
             PreparedStatement delete = db.prepareStatement("DELETE FROM files WHERE name = ?")) {
            for (Map<String, ?> paths : List.of(files, stamps)) {
                for (String path : paths.keySet()) {
                    if (paths == stamps && files.containsKey(path)) continue;
                    String key = files.getOrDefault(path, ""), oldKey = was.files().get(path);
                    SiteFiles.Stamp stamp = stamps.get(path), oldStamp = was.stamps().get(path);
                    if ((oldKey != null || oldStamp != null) && key.equals(oldKey == null ? "" : oldKey) && Objects.equals(stamp, oldStamp)) continue;
                    put.setString(1, path);
                    put.setLong(2, gen);
                    put.setBytes(3, StateRows.file(key, stamp == null ? NO_STAMP : stamp.numbers()));
                    put.addBatch();
                }
            }
            put.executeBatch();
            for (Map<String, ?> paths : List.of(was.files(), was.stamps())) {
                for (String path : paths.keySet()) {
                    if (files.containsKey(path) || stamps.containsKey(path) || paths == was.stamps() && was.files().containsKey(path)) continue;
                    delete.setString(1, path);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
    }

    private static final long[] NO_STAMP = new long[0];

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

    private static <V> CompletableFuture<Map<String, V>> rows(Path file, String table, Map<String, V> out, Function<byte[], V> decode) {
        return rows(file, table, (name, row) -> out.put(name, decode.apply(row))).thenApply(done -> out);
    }

    /**
     * A map made to the size the last save noted ({@code rows.NAME} in the meta table), so that loading 320,000 rows
     * does not rehash it a dozen times as it grows.
     */
    private static <V> Map<String, V> sized(Map<String, String> meta, String name) {
        int rows = Integer.parseInt(meta.getOrDefault("rows." + name, "0"));
        return new HashMap<>(Math.max(16, (int) (rows / 0.75f) + 1));
    }

    /** Hands each row of the table to {@code each}, on a thread of its own. */
    private static CompletableFuture<Void> rows(Path file, String table, BiConsumer<String, byte[]> each) {
        return CompletableFuture.runAsync(() -> {
            try (Connection db = open(file); Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name, data FROM " + table)) {
                while (r.next()) each.accept(r.getString(1), r.getBytes(2));
            } catch (SQLException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }, task -> {
            // Not the common pool: on two cores it has one thread, and the tables would be read one after another.
            Thread read = new Thread(task, "state " + table);
            read.setDaemon(true);
            read.start();
        });
    }
}

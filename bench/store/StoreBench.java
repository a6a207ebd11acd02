// Measures candidate stores for the build state (issue 15 item 1) on what a build needs at N articles: save all
// (a full build), open and check every seed's stamp, load the per-article metadata the index needs, then point reads
// and writes of a few records and a commit (an add, edit or delete). Records are compact: ids and numbers, no terms.
//
// usage (from the repo): bench/store/run [N]      (prints a Markdown table; see bench/store/run for the classpath)
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static java.nio.ByteBuffer.allocateDirect;

public class StoreBench {
    /** One seed's state as the build keeps it: key by source name, value a compact record. */
    static byte[] record(int i, int version) throws IOException {
        Random r = new Random(i * 31L + version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(600);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(1000 + r.nextInt(9000)); out.writeLong(r.nextLong()); out.writeLong(r.nextLong()); out.writeLong(r.nextLong()); // stamp
        byte[] digest = new byte[32];
        r.nextBytes(digest); out.write(digest);  // content key
        r.nextBytes(digest); out.write(digest);  // sha256
        out.writeLong(r.nextInt(20000)); out.writeLong(r.nextLong()); // content page size and time
        out.writeUTF("what-adam-foleys-silence-means-for-aides-" + Integer.toHexString(r.nextInt()));   // id
        out.writeUTF("What Adam Foley's Silence Means for Aides, number " + i); // title
        out.writeUTF("2015-05-10"); out.writeByte(1); out.writeByte(2); // date, date and title source
        out.writeByte(3); for (int p = 0; p < 3; p++) out.writeInt(r.nextInt(40000)); // people as ids
        for (int h = 0; h < 34; h++) out.writeLong(r.nextLong()); // text fingerprint
        out.writeByte(3); for (int k = 0; k < 3; k++) { out.writeByte(k); out.writeShort(r.nextInt(50)); } // removal counts
        return bytes.toByteArray();
    }

    static String key(int i) {
        return String.format("%06d_%016x.txt", i, (long) i * 0x9E3779B97F4A7C15L);
    }

    interface Store extends AutoCloseable {
        void putAll(int n) throws Exception;              // a full build's save
        int scanStamps() throws Exception;               // every seed's stamp checked
        long loadAll() throws Exception;                 // every record decoded for the index
        void change(int n) throws Exception;             // 5 reads, 3 writes, 1 delete, commit
        void close() throws Exception;
    }

    static long check(byte[] v) {
        return ByteBuffer.wrap(v).getLong(0);
    }

    static long decode(byte[] v) throws IOException {
        var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(v));
        long sum = 0;
        for (int k = 0; k < 4; k++) sum += in.readLong();
        in.skipBytes(64);
        sum += in.readLong() + in.readLong();
        sum += in.readUTF().length() + in.readUTF().length() + in.readUTF().length();
        in.skipBytes(2);
        int people = in.readByte();
        for (int p = 0; p < people; p++) sum += in.readInt();
        long[] minhash = new long[34];
        for (int h = 0; h < 34; h++) minhash[h] = in.readLong();
        return sum + minhash[3];
    }

    // ------------------------------------------------------------------ the stores

    static final class Smile implements Store {
        static final ObjectMapper JSON = new ObjectMapper(new SmileFactory());
        final File file;
        Map<String, byte[]> all;

        Smile(Path dir) { file = dir.resolve("cache.smile").toFile(); }

        @SuppressWarnings("unchecked")
        Map<String, byte[]> load() throws IOException {
            if (all == null) {
                Map<String, byte[]> m = new LinkedHashMap<>();
                JSON.readValue(file, Map.class).forEach((k, v) -> m.put((String) k, (byte[]) v));
                all = m;
            }
            return all;
        }

        public void putAll(int n) throws Exception {
            Map<String, byte[]> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) m.put(key(i), record(i, 0));
            JSON.writeValue(file, m);
        }

        public int scanStamps() throws Exception {
            int ok = 0;
            for (byte[] v : load().values()) if (check(v) > 0) ok++;
            return ok;
        }

        public long loadAll() throws Exception {
            long s = 0;
            for (byte[] v : load().values()) s += decode(v);
            return s;
        }

        public void change(int n) throws Exception {
            Map<String, byte[]> m = load();
            Random r = new Random(1);
            for (int k = 0; k < 5; k++) check(m.get(key(r.nextInt(n))));
            for (int k = 0; k < 3; k++) { int i = r.nextInt(n); m.put(key(i), record(i, 1)); }
            m.remove(key(r.nextInt(n)));
            JSON.writeValue(file, m);   // the whole file again: that is the format
        }

        public void close() { all = null; }
    }

    static final class MV implements Store {
        final MVStore store;
        final MVMap<String, byte[]> map;

        MV(Path dir) {
            store = new MVStore.Builder().fileName(dir.resolve("state.mv.db").toString()).autoCommitDisabled().open();
            map = store.openMap("seeds");
        }

        public void putAll(int n) throws Exception {
            for (int i = 0; i < n; i++) map.put(key(i), record(i, 0));
            store.commit();
        }

        public int scanStamps() {
            int ok = 0;
            for (var c = map.cursor(null); c.hasNext(); ) { c.next(); if (check(c.getValue()) > 0) ok++; }
            return ok;
        }

        public long loadAll() throws Exception {
            long s = 0;
            for (var c = map.cursor(null); c.hasNext(); ) { c.next(); s += decode(c.getValue()); }
            return s;
        }

        public void change(int n) throws Exception {
            Random r = new Random(1);
            for (int k = 0; k < 5; k++) check(map.get(key(r.nextInt(n))));
            for (int k = 0; k < 3; k++) { int i = r.nextInt(n); map.put(key(i), record(i, 1)); }
            map.remove(key(r.nextInt(n)));
            store.commit();
        }

        public void close() { store.close(); }
    }

    static final class Sqlite implements Store {
        final Connection db;

        Sqlite(Path dir) throws Exception {
            db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("state.sqlite"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE IF NOT EXISTS seeds (source TEXT PRIMARY KEY, state BLOB) WITHOUT ROWID");
            }
            db.setAutoCommit(false);
        }

        public void putAll(int n) throws Exception {
            try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO seeds VALUES (?, ?)")) {
                for (int i = 0; i < n; i++) { p.setString(1, key(i)); p.setBytes(2, record(i, 0)); p.addBatch(); }
                p.executeBatch();
            }
            db.commit();
        }

        public int scanStamps() throws Exception {
            int ok = 0;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT source, state FROM seeds")) {
                while (rs.next()) { rs.getString(1); if (check(rs.getBytes(2)) > 0) ok++; }
            }
            return ok;
        }

        public long loadAll() throws Exception {
            long sum = 0;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT source, state FROM seeds")) {
                while (rs.next()) { rs.getString(1); sum += decode(rs.getBytes(2)); }
            }
            return sum;
        }

        public void change(int n) throws Exception {
            Random r = new Random(1);
            try (PreparedStatement get = db.prepareStatement("SELECT state FROM seeds WHERE source = ?");
                 PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO seeds VALUES (?, ?)");
                 PreparedStatement del = db.prepareStatement("DELETE FROM seeds WHERE source = ?")) {
                for (int k = 0; k < 5; k++) {
                    get.setString(1, key(r.nextInt(n)));
                    try (ResultSet rs = get.executeQuery()) { rs.next(); check(rs.getBytes(1)); }
                }
                for (int k = 0; k < 3; k++) { int i = r.nextInt(n); put.setString(1, key(i)); put.setBytes(2, record(i, 1)); put.executeUpdate(); }
                del.setString(1, key(r.nextInt(n)));
                del.executeUpdate();
            }
            db.commit();
        }

        public void close() throws Exception { db.close(); }
    }

    static final class Lmdb implements Store {
        final Env<ByteBuffer> env;
        final Dbi<ByteBuffer> dbi;

        Lmdb(Path dir) throws IOException {
            Path d = Files.createDirectories(dir.resolve("lmdb"));
            env = Env.create().setMapSize(4L << 30).setMaxDbs(1).open(d.toFile());
            dbi = env.openDbi("seeds", DbiFlags.MDB_CREATE);
        }

        static ByteBuffer buf(byte[] b) {
            ByteBuffer bb = allocateDirect(b.length);
            bb.put(b).flip();
            return bb;
        }

        static byte[] bytes(ByteBuffer b) {
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        }

        public void putAll(int n) throws Exception {
            try (Txn<ByteBuffer> t = env.txnWrite()) {
                for (int i = 0; i < n; i++) dbi.put(t, buf(key(i).getBytes(StandardCharsets.UTF_8)), buf(record(i, 0)));
                t.commit();
            }
        }

        public int scanStamps() {
            int ok = 0;
            try (Txn<ByteBuffer> t = env.txnRead(); var c = dbi.iterate(t)) {
                for (var kv : c) { bytes(kv.key()); if (check(bytes(kv.val())) > 0) ok++; }
            }
            return ok;
        }

        public long loadAll() throws Exception {
            long s = 0;
            try (Txn<ByteBuffer> t = env.txnRead(); var c = dbi.iterate(t)) {
                for (var kv : c) { bytes(kv.key()); s += decode(bytes(kv.val())); }
            }
            return s;
        }

        public void change(int n) throws Exception {
            Random r = new Random(1);
            try (Txn<ByteBuffer> t = env.txnWrite()) {
                for (int k = 0; k < 5; k++) check(bytes(dbi.get(t, buf(key(r.nextInt(n)).getBytes(StandardCharsets.UTF_8)))));
                for (int k = 0; k < 3; k++) { int i = r.nextInt(n); dbi.put(t, buf(key(i).getBytes(StandardCharsets.UTF_8)), buf(record(i, 1))); }
                dbi.delete(t, buf(key(r.nextInt(n)).getBytes(StandardCharsets.UTF_8)));
                t.commit();
            }
        }

        public void close() { env.close(); }
    }

    static final class Rocks implements Store {
        final Options options = new Options().setCreateIfMissing(true);
        final RocksDB db;

        Rocks(Path dir) throws Exception {
            RocksDB.loadLibrary();
            db = RocksDB.open(options, dir.resolve("rocks").toString());
        }

        public void putAll(int n) throws Exception {
            try (WriteBatch b = new WriteBatch(); WriteOptions w = new WriteOptions().setSync(true)) {
                for (int i = 0; i < n; i++) b.put(key(i).getBytes(StandardCharsets.UTF_8), record(i, 0));
                db.write(w, b);
            }
            db.flushWal(true);
        }

        public int scanStamps() {
            int ok = 0;
            try (RocksIterator it = db.newIterator()) {
                for (it.seekToFirst(); it.isValid(); it.next()) { it.key(); if (check(it.value()) > 0) ok++; }
            }
            return ok;
        }

        public long loadAll() throws Exception {
            long s = 0;
            try (RocksIterator it = db.newIterator()) {
                for (it.seekToFirst(); it.isValid(); it.next()) { it.key(); s += decode(it.value()); }
            }
            return s;
        }

        public void change(int n) throws Exception {
            Random r = new Random(1);
            try (WriteBatch b = new WriteBatch(); WriteOptions w = new WriteOptions().setSync(true)) {
                for (int k = 0; k < 5; k++) check(db.get(key(r.nextInt(n)).getBytes(StandardCharsets.UTF_8)));
                for (int k = 0; k < 3; k++) { int i = r.nextInt(n); b.put(key(i).getBytes(StandardCharsets.UTF_8), record(i, 1)); }
                b.delete(key(r.nextInt(n)).getBytes(StandardCharsets.UTF_8));
                db.write(w, b);
            }
        }

        public void close() { db.close(); options.close(); }
    }

    // ------------------------------------------------------------------ the measurement

    interface Opener { Store open(Path dir) throws Exception; }

    /** CPU time of the whole process (background threads of a store too): wall time means little on a shared machine. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long ms(long since) { return (cpu() - since) / 1_000_000; }

    static long[] measure(Opener opener, Path dir, int n) throws Exception {
        long t = cpu();
        try (Store s = opener.open(dir)) { s.putAll(n); }
        long save = ms(t);
        t = cpu();
        long open, stamps, load, change;
        try (Store s = opener.open(dir)) {
            open = ms(t);
            t = cpu();
            if (s.scanStamps() != n) throw new IllegalStateException("stamps");
            stamps = ms(t);
            t = cpu();
            s.loadAll();
            load = ms(t);
        }
        t = cpu();
        try (Store s = opener.open(dir)) { s.change(n); }
        change = ms(t);
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) { bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum(); }
        return new long[] {save, open, stamps, load, change, bytes};
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) { for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p); }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path root = Path.of(args[0]);
        Map<String, Opener> stores = new LinkedHashMap<>();
        stores.put("Smile file (today's format, compact records)", Smile::new);
        stores.put("H2 MVStore 2.2.224", MV::new);
        stores.put("SQLite (xerial 3.46.1.0, WAL)", Sqlite::new);
        stores.put("LMDB (lmdbjava 0.9.0)", Lmdb::new);
        stores.put("RocksDB (rocksdbjni 9.4.0)", Rocks::new);
        Map<String, long[]> results = new HashMap<>();
        for (int round = 0; round < 2; round++) {      // the first round at a tenth of the size warms the code up
            for (var e : stores.entrySet()) {
                Path dir = root.resolve(e.getKey().replaceAll("[^A-Za-z]", ""));
                delete(dir);
                Files.createDirectories(dir);
                long[] r = measure(e.getValue(), dir, round == 0 ? n / 10 : n);
                if (round == 1) results.put(e.getKey(), r);
                delete(dir);
            }
        }
        System.out.printf("%,d records, CPU ms | save all (full build) | open | check every stamp | load metadata | 5 reads, 3 writes, 1 delete, commit | MB on disk%n", n);
        System.out.println("---|---|---|---|---|---|---");
        for (String k : stores.keySet()) {
            long[] r = results.get(k);
            System.out.printf("%s | %d | %d | %d | %d | %d | %.1f%n", k, r[0], r[1], r[2], r[3], r[4], r[5] / 1e6);
        }
    }
}

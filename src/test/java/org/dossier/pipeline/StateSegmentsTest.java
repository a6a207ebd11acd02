package org.dossier.pipeline;

import org.dossier.pipeline.StateSegments.Kind;
import org.dossier.write.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build state's entries are packed a few to a row of the store, each row checked by a CRC: a change rewrites only
 * the rows that hold what it changed, and a row that fails its check is read as missing, the rest as it was.
 */
class StateSegmentsTest {
    private static final String CODE = "code";

    @TempDir
    Path dir;

    @Test
    void aSegmentReadsBackTheEntriesSealedIntoIt() {
        byte[] row = StateSegments.seal(List.of("a.html", "b/c.html"), (o, path) -> StateRows.fileEntry(o, path, "key of " + path,
                new SiteFiles.Stamp(path.length(), 7, 8, 9)));
        StateRows.In in = StateSegments.open(row).orElseThrow();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, SiteFiles.Stamp> stamps = new HashMap<>();
        for (long n = in.number(); n > 0; n--) StateRows.fileEntry(in, keys, stamps);
        assertEquals(Map.of("a.html", "key of a.html", "b/c.html", "key of b/c.html"), keys);
        assertEquals(new SiteFiles.Stamp(8, 7, 8, 9), stamps.get("b/c.html"));
    }

    @Test
    void aSegmentWhoseBytesChangedFailsItsCheck() {
        byte[] row = StateSegments.seal(List.of("article:x"), (o, name) -> StateRows.inputEntry(o, name, 42));
        for (int at = 0; at < row.length; at++) {
            byte[] damaged = row.clone();
            damaged[at] ^= 0x10;
            assertTrue(StateSegments.open(damaged).isEmpty(), "a flipped bit at byte " + at + " is seen");
        }
        assertTrue(StateSegments.open(new byte[3]).isEmpty(), "a row too short to hold a check");
    }

    @Test
    void aChangeRewritesOnlyTheSegmentsThatHoldWhatItChanged() throws Exception {
        Path file = dir.resolve("state.db");
        BuildCache first = state(5_000, Map.of()).save(file, BuildCache.empty(CODE), Set.of());
        int all = rows(file, -1);
        assertTrue(all > 3 * 5_000 / 64, "a few entries to a segment: " + all + " segments");

        // Two files rewritten, one gone, a seed's lines recounted, an input that moved on and one that came.
        Map<String, Object> edits = new HashMap<>();
        edits.put("file:12", "another key");
        edits.put("file:13", "another key");
        edits.put("file:14", null);
        edits.put("seed:77", new long[] {1, 2, 3});
        edits.put("input:5", 6L);
        edits.put("input:new", 1L);
        BuildCache second = state(5_000, edits).save(file, first, Set.of("seed:77"));
        assertTrue(rows(file, second.generation()) <= 6, rows(file, second.generation()) + " segments rewritten of " + all);

        BuildCache loaded = BuildCache.load(file, CODE);
        assertEquals(second.files(), loaded.files());
        assertEquals(second.stamps(), loaded.stamps());
        assertEquals(second.inputs(), loaded.inputs());
        assertEquals(second.lines().keySet(), loaded.lines().keySet());
        assertArrayEquals(new long[] {1, 2, 3}, loaded.lines().get("seed:77").hashes());
    }

    @Test
    void aSaveTakesTheBuildAtItsWordOnWhatItTouchedAndFindsWhatIsGoneByCounting() throws Exception {
        Map<String, Object> edits = new HashMap<>();
        edits.put("file:12", "another key");
        edits.put("file:14", null);
        edits.put("file:new", "a new key");
        edits.put("input:5", 6L);
        edits.put("input:new", 1L);
        BuildCache.Touched said = new BuildCache.Touched(Set.of("file:12", "file:new"), Set.of("input:5", "input:new"));
        List<Set<Long>> written = new ArrayList<>();
        for (BuildCache.Touched touched : List.of(BuildCache.Touched.UNKNOWN, said)) {
            Path file = dir.resolve("state-" + written.size() + ".db");
            BuildCache first = state(5_000, Map.of()).save(file, BuildCache.empty(CODE), Set.of());
            BuildCache second = state(5_000, edits).save(file, first, Set.of(), touched);
            BuildCache loaded = BuildCache.load(file, CODE);
            assertEquals(second.files(), loaded.files());
            assertEquals(second.stamps(), loaded.stamps());
            assertEquals(second.inputs(), loaded.inputs());
            written.add(ids(file, second.generation()));
        }
        assertEquals(written.get(0), written.get(1), "the segments a comparison of every entry rewrites");
        assertFalse(written.get(1).isEmpty());
    }

    @Test
    void aSaveFindsTheSameSegmentsWhenRewrittenFilesLoseTheirStampsAndOthersComeAndGo() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 12; round++) {
            // A rewritten file keeps no stamp (one too fresh to trust); some files go, some come; seeds go or become rejects.
            Map<String, Object> edits = new HashMap<>();
            Set<String> files = new HashSet<>(), inputs = new HashSet<>(), seeds = new HashSet<>();
            for (int e = random.nextInt(6); e >= 0; e--) {
                String file = "file:" + random.nextInt(2_100);
                switch (random.nextInt(round % 2 == 0 ? 2 : 3)) {
                    case 0 -> edits.put(file, "rewritten");
                    case 1 -> edits.put("stamp:" + Integer.parseInt(file.substring(5)) % 2_000, null);
                    default -> edits.put(file, null);
                }
                edits.keySet().stream().filter(name -> name.startsWith("stamp:")).forEach(name -> files.add("file:" + name.substring(6)));
                if (edits.get(file) != null) files.add(file);
                String seed = "seed:" + random.nextInt(2_100);
                edits.put(seed, random.nextBoolean() ? null : new long[] {random.nextLong()});
                seeds.add(seed);
                String input = "input:" + random.nextInt(2_100);
                edits.put(input, 9L);
                inputs.add(input);
            }
            List<Set<Long>> written = new ArrayList<>();
            List<BuildCache> loaded = new ArrayList<>();
            for (BuildCache.Touched touched : List.of(BuildCache.Touched.UNKNOWN, new BuildCache.Touched(files, inputs))) {
                Path file = dir.resolve("state-" + round + "-" + written.size() + ".db");
                BuildCache first = state(2_000, Map.of()).save(file, BuildCache.empty(CODE), Set.of());
                BuildCache second = state(2_000, edits).save(file, first, seeds, touched);
                written.add(ids(file, second.generation()));
                loaded.add(BuildCache.load(file, CODE));
                assertEquals(second.stamps(), loaded.get(loaded.size() - 1).stamps(), "round " + round);
                assertEquals(second.lines().keySet(), loaded.get(loaded.size() - 1).lines().keySet(), "round " + round);
            }
            assertEquals(written.get(0), written.get(1), "round " + round + ": " + edits.keySet());
            assertEquals(loaded.get(0).files(), loaded.get(1).files());
            assertEquals(loaded.get(0).inputs(), loaded.get(1).inputs());
        }
    }

    @Test
    void aSegmentThatFailsItsCheckCountsAsMissingAndTheOthersAreRead() throws Exception {
        Path file = dir.resolve("state.db");
        BuildCache saved = state(2_000, Map.of()).save(file, BuildCache.empty(CODE), Set.of());
        long damaged = Kind.FILES.id(3);
        Set<String> lost = Set.copyOf(entries(file, damaged));
        assertTrue(!lost.isEmpty());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = db.prepareStatement("UPDATE segments SET data = ? WHERE id = ?")) {
            byte[] row = row(file, damaged);
            row[row.length / 2] ^= 0x01;
            s.setBytes(1, row);
            s.setLong(2, damaged);
            assertEquals(1, s.executeUpdate());
        }

        BuildCache loaded = BuildCache.load(file, CODE);
        Map<String, String> expected = new HashMap<>(saved.files());
        expected.keySet().removeAll(lost);
        assertEquals(expected, loaded.files(), "every file but those of the damaged segment");
        assertEquals(saved.inputs(), loaded.inputs());
        assertEquals(saved.generation(), loaded.generation());

        // Those files differ from what the store holds, so the next save writes their segment again.
        BuildCache again = saved.save(file, loaded, Set.of());
        assertEquals(saved.files(), BuildCache.load(file, CODE).files());
        assertEquals(1, rows(file, again.generation()));
    }

    /**
     * A state of {@code n} seeds' lines, site files and inputs, with the edits ({@code null}: the entry is gone;
     * {@code stamp:K}: file K keeps no stamp).
     */
    private static BuildCache state(int n, Map<String, Object> edits) {
        Map<String, BuildCache.Lines> lines = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, SiteFiles.Stamp> stamps = new LinkedHashMap<>();
        Map<String, Long> inputs = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            lines.put("seed:" + k, new BuildCache.Lines("sha" + k, Optional.empty(), new long[] {k, -k}));
            files.put("file:" + k, "key" + k);
            stamps.put("file:" + k, new SiteFiles.Stamp(k, 2L * k, 3L * k, 4L * k));
            inputs.put("input:" + k, 1L);
        }
        edits.forEach((name, value) -> {
            if (name.startsWith("seed:") && value == null) lines.remove(name);
            else if (name.startsWith("seed:")) lines.put(name, new BuildCache.Lines("edited", Optional.empty(), (long[]) value));
            if (name.startsWith("stamp:")) stamps.remove("file:" + name.substring(6));
            if (name.startsWith("file:") && value == null) {
                files.remove(name);
                stamps.remove(name);
            } else if (name.startsWith("file:")) {
                files.put(name, (String) value);
            }
            if (name.startsWith("input:")) inputs.put(name, (Long) value);
        });
        return new BuildCache(CODE, "base", Map.of(), "site", files, stamps, inputs, lines, Optional.empty(), -1);
    }

    /** Segments in the store, or those written by the save of that generation. */
    private static int rows(Path file, long generation) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM segments" + (generation < 0 ? "" : " WHERE gen = " + generation))) {
            return r.getInt(1);
        }
    }

    /** The ids of the segments written by the save of that generation. */
    private static Set<Long> ids(Path file, long generation) throws SQLException {
        Set<Long> ids = new java.util.TreeSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM segments WHERE gen = " + generation)) {
            while (r.next()) ids.add(r.getLong(1));
        }
        return ids;
    }

    private static byte[] row(Path file, long id) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT data FROM segments WHERE id = " + id)) {
            return r.getBytes(1);
        }
    }

    /** The names of the site files in the segment. */
    private static List<String> entries(Path file, long id) throws SQLException {
        StateRows.In in = StateSegments.open(row(file, id)).orElseThrow();
        Map<String, String> keys = new LinkedHashMap<>();
        for (long n = in.number(); n > 0; n--) StateRows.fileEntry(in, keys, new HashMap<>());
        return List.copyOf(keys.keySet());
    }
}

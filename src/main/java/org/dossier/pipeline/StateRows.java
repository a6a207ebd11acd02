package org.dossier.pipeline;

import org.dossier.extract.Article;
import org.dossier.extract.PartialDate;
import org.dossier.extract.TextFingerprint;
import org.dossier.ingest.Capture;
import org.dossier.ingest.FileStamp;
import org.dossier.report.Removals;
import org.dossier.write.SiteFiles;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bytes of one entry of the build state ({@link BuildCache}), as {@link StateSegments} packs them: a seed's article
 * with its keys and stamps and its lines, a site file's key and stamp, an input's version. Numbers and length-prefixed
 * UTF-8, in a fixed order, so an entry decodes in a few microseconds without a schema or reflection (at 100,000
 * articles, decoding Jackson records took seconds), and each one reads exactly the bytes it wrote: entries follow one
 * another in a segment without lengths between them. An article's facts come first and what only the report reads
 * (removals, notes) last. Any change to this class changes the code's fingerprint, and with it every state is made
 * afresh: no version to keep here.
 */
final class StateRows {
    private StateRows() {}

    /** A seed's entry: its article as last built and its lines as last counted, either of which it may lack. */
    static void seedEntry(Out o, String source, BuildCache.Seed seed, BuildCache.Lines lines) {
        o.string(source).number((seed == null ? 0 : 1) | (lines == null ? 0 : 2));
        if (seed != null) seed(o, source, seed);
        if (lines != null) lines(o, lines, seed == null ? Optional.empty() : seed.stamp(), seed == null ? "" : seed.article().sha256());
    }

    /**
     * Reads a seed's entry into the two maps, under its source.
     *
     * @param shared what the entries read before this one hold alike, to hold the same again (one reader's)
     */
    static void seedEntry(In i, Shared shared, Map<String, BuildCache.Seed> seeds, Map<String, BuildCache.Lines> lines) {
        String source = i.string();
        long has = i.number();
        BuildCache.Seed seed = (has & 1) != 0 ? seed(i, shared, source) : null;
        if (seed != null) seeds.put(source, seed);
        if ((has & 2) != 0) lines.put(source, lines(i, seed == null ? Optional.empty() : seed.stamp(), seed == null ? "" : seed.article().sha256()));
    }

    /**
     * The name of the entry of the kind at {@code i} (every entry starts with it), read past the whole entry: which
     * names a stored segment holds, for a save that rewrites it ({@link BuildCache}).
     */
    static String name(StateSegments.Kind kind, In i) {
        String name = new In(i.b, i.at).string();
        switch (kind) {
            case SEEDS -> seedEntry(i, new Shared(), new HashMap<>(), new HashMap<>());
            case FILES -> fileEntry(i, new HashMap<>(), new HashMap<>());
            case INPUTS -> inputEntry(i, new HashMap<>());
        }
        return name;
    }

    /**
     * An article's source and content key are nearly always the entry's source and the seed's key: then a mark, not
     * the string again, and read back as the very string (at 100,000 articles, 13 MB less to read and hold).
     */
    private static void seed(Out o, String source, BuildCache.Seed s) {
        o.string(s.key()).number(s.pageSize()).number(s.pageTime());
        stamp(o, s.stamp());
        o.hashes(s.told()).number(s.rank());
        Article a = s.article();
        o.string(a.id());
        same(o, a.source(), source).string(a.sha256()).number(a.size()).string(a.decoding()).string(a.title()).string(a.titleSource());
        same(o, a.contentKey(), s.key());
        PartialDate d = a.date().orElse(null);
        o.number(d == null ? -1 : d.year()).number(d == null ? 0 : d.month()).number(d == null ? 0 : d.day());
        optional(o, a.dateSource());
        strings(o, a.people());
        optional(o, a.byline());
        o.number(a.tweets());
        TextFingerprint f = a.fingerprint();
        o.hashes(new long[] {f.exactHi(), f.exactLo()}).hashes(f.minhash());
        o.number(a.capture().isPresent() ? 1 : 0);
        a.capture().ifPresent(c -> {
            strings(o.string(c.archive()).string(c.url()).string(c.captured()), c.earlier());
            optional(o, c.charset());
        });
        o.number(a.removals().byKind().size());
        a.removals().byKind().forEach((kind, texts) -> strings(o.string(kind), texts));
        strings(o, a.notes());
    }

    private static BuildCache.Seed seed(In i, Shared shared, String entry) {
        String key = i.string();
        long pageSize = i.number(), pageTime = i.number();
        Optional<FileStamp> stamp = stamp(i);
        long[] told = i.hashes();
        int rank = (int) i.number();
        String id = i.string(), source = same(i, entry), sha = i.string();
        long size = i.number();
        String decoding = shared.string(i), title = i.string(), titleSource = shared.string(i), contentKey = same(i, key);
        int year = (int) i.number(), month = (int) i.number(), day = (int) i.number();
        Optional<PartialDate> date = year < 0 ? Optional.empty() : shared.date(year, month, day);
        Optional<String> dateSource = shared.optional(i);
        List<String> people = shared.strings(i);
        Optional<String> byline = shared.optional(i);
        int tweets = (int) i.number();
        long[] exact = i.hashes();
        long[] minhash = i.hashes();
        Optional<Capture> capture = i.number() == 1 ? Optional.of(new Capture(i.string(), i.string(), i.string(), strings(i), optional(i))) : Optional.empty();
        long kinds = i.number();
        Map<String, List<String>> removals = new TreeMap<>();
        for (long k = kinds; k > 0; k--) removals.put(shared.string(i), strings(i));
        List<String> notes = strings(i);
        Article a = new Article(id, source, sha, size, decoding, title, titleSource, date, dateSource, people, byline, tweets,
                kinds == 0 ? NO_REMOVALS : new Removals(removals), notes, new TextFingerprint(exact[0], exact[1], minhash), contentKey, capture);
        return new BuildCache.Seed(key, pageSize, pageTime, a, stamp, told, rank);
    }

    /** Shared by the seeds cleaning took nothing from, most of them: a record is immutable. */
    private static final Removals NO_REMOVALS = Removals.none();

    /**
     * @param seedStamp the stamp of the seed's article: the lines' stamp is nearly always the same, and then marked so
     * @param seedSha   the digest of the seed's article, which the lines' nearly always is: marked so, and read back as
     *                  the very string (at 100,000 articles, 10 MB less to hold)
     */
    private static void lines(Out o, BuildCache.Lines l, Optional<FileStamp> seedStamp, String seedSha) {
        same(o, l.sha256(), seedSha);
        boolean same = l.stamp().isPresent() && l.stamp().equals(seedStamp);
        if (same) o.number(2);
        else stamp(o, l.stamp());
        o.hashes(l.hashes());
    }

    private static BuildCache.Lines lines(In i, Optional<FileStamp> seedStamp, String seedSha) {
        String sha = same(i, seedSha);
        long mark = i.number();
        Optional<FileStamp> stamp = mark == 2 ? seedStamp : stamp(i, mark);
        return new BuildCache.Lines(sha, stamp, i.hashes());
    }

    /** A site file's entry: its key (empty for a file staged without one) and stamp (none when none was taken). */
    static void fileEntry(Out o, String path, String key, SiteFiles.Stamp stamp) {
        o.string(path).string(key);
        if (stamp == null) {
            o.number(0);
            return;
        }
        o.number(4).number(stamp.size()).number(stamp.modified()).number(stamp.changed()).number(stamp.inode());
    }

    /** Reads a site file's entry into the two maps, under its path. */
    static void fileEntry(In i, Map<String, String> keys, Map<String, SiteFiles.Stamp> stamps) {
        String path = i.string(), key = i.string();
        if (!key.isEmpty()) keys.put(path, key);
        long[] numbers = new long[(int) i.number()];
        for (int k = 0; k < numbers.length; k++) numbers[k] = i.number();
        SiteFiles.Stamp.of(numbers).ifPresent(s -> stamps.put(path, s));
    }

    static void inputEntry(Out o, String input, long version) {
        o.string(input).number(version);
    }

    static void inputEntry(In i, Map<String, Long> versions) {
        versions.put(i.string(), i.number());
    }

    private static void stamp(Out o, Optional<FileStamp> stamp) {
        o.number(stamp.isPresent() ? 1 : 0);
        stamp.ifPresent(s -> o.number(s.size()).number(s.modified()).number(s.changed()).number(s.inode()));
    }

    private static Optional<FileStamp> stamp(In i) {
        return stamp(i, i.number());
    }

    /** A stamp after its mark, read already: 1 for one that follows. */
    private static Optional<FileStamp> stamp(In i, long mark) {
        return mark == 1 ? Optional.of(new FileStamp(i.number(), i.number(), i.number(), i.number())) : Optional.empty();
    }

    /** The string, or only a mark when it equals {@code known}. */
    private static Out same(Out o, String s, String known) {
        return s.equals(known) ? o.number(1) : o.number(0).string(s);
    }

    /** Reads what {@link #same(Out, String, String)} wrote: {@code known} itself when marked. */
    private static String same(In i, String known) {
        return i.number() == 1 ? known : i.string();
    }

    private static void optional(Out o, Optional<String> s) {
        o.number(s.isPresent() ? 1 : 0);
        s.ifPresent(o::string);
    }

    private static Optional<String> optional(In i) {
        return i.number() == 1 ? Optional.of(i.string()) : Optional.empty();
    }

    private static void strings(Out o, List<String> strings) {
        o.number(strings.size());
        strings.forEach(o::string);
    }

    /** An immutable list, which the records that hold it keep as it is rather than copy. */
    private static List<String> strings(In i) {
        int n = (int) i.number();
        if (n == 0) return List.of();
        String[] out = new String[n];
        for (int k = 0; k < n; k++) out[k] = i.string();
        return List.of(out);
    }

    /**
     * The values many articles hold alike, one copy each as a state is read: a person's name, a date, a decoding, where
     * a title or date came from. At 100,000 articles some two million strings, dates and optionals fewer for the
     * collector to move into the old generation, and to hold. Only for fields of few values: a map entry for each
     * of the values every article has its own (titles, digests) would cost more than the copies it saves.
     */
    static final class Shared {
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, Optional<String>> optionals = new HashMap<>();
        private final Map<Long, Optional<PartialDate>> dates = new HashMap<>();

        String string(In i) {
            String s = i.string();
            String had = strings.putIfAbsent(s, s);
            return had != null ? had : s;
        }

        Optional<String> optional(In i) {
            return i.number() == 1 ? optionals.computeIfAbsent(string(i), Optional::of) : Optional.empty();
        }

        /** An immutable list, as {@link #strings(In)} reads it, of shared strings. */
        List<String> strings(In i) {
            int n = (int) i.number();
            if (n == 0) return List.of();
            String[] out = new String[n];
            for (int k = 0; k < n; k++) out[k] = string(i);
            return List.of(out);
        }

        Optional<PartialDate> date(int year, int month, int day) {
            return dates.computeIfAbsent(((long) year << 16) | (month << 8) | day, k -> Optional.of(new PartialDate(year, month, day)));
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Numbers as zig-zag varints (small numbers take a byte), strings as their UTF-8 length and bytes. */
    static final class Out {
        private byte[] b;
        private int n;

        Out(int capacity) {
            b = new byte[capacity];
        }

        Out number(long v) {
            long z = (v << 1) ^ (v >> 63);
            room(10);
            while ((z & ~0x7FL) != 0) {
                b[n++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            b[n++] = (byte) z;
            return this;
        }

        /** Hashes as their number and eight bytes each: a hash is as long as a varint makes it, ten bytes, and slower to read. */
        Out hashes(long[] hashes) {
            number(hashes.length);
            room(8 * hashes.length);
            for (long h : hashes) {
                LONGS.set(b, n, h);
                n += 8;
            }
            return this;
        }

        Out string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, b, n, utf8.length);
            n += utf8.length;
            return this;
        }

        private void room(int more) {
            if (n + more > b.length) b = Arrays.copyOf(b, Math.max(2 * b.length, n + more));
        }

        int size() {
            return n;
        }

        /** The bytes written so far, the array itself: valid up to {@link #size()}. */
        byte[] buffer() {
            return b;
        }
    }

    private static final long[] NO_HASHES = {};

    /** Reads what {@link Out} wrote, from {@code at} on; a read past the end throws, as bytes that are no entry may. */
    static final class In {
        private final byte[] b;
        private int at;

        In(byte[] b, int at) {
            this.b = b;
            this.at = at;
        }

        long number() {
            long z = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b[at++];
                z |= (long) (x & 0x7F) << shift;
                if (x >= 0) break;
            }
            return (z >>> 1) ^ -(z & 1);
        }

        long[] hashes() {
            int n = (int) number();
            // Most seeds are told no recurring line, and a web page has no lines: one empty array for them all.
            if (n == 0) return NO_HASHES;
            long[] hashes = new long[n];
            for (int k = 0; k < hashes.length; k++, at += 8) hashes[k] = (long) LONGS.get(b, at);
            return hashes;
        }

        String string() {
            int length = (int) number();
            String s = new String(b, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        int at() {
            return at;
        }
    }
}

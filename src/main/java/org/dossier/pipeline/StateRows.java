package org.dossier.pipeline;

import org.dossier.extract.Article;
import org.dossier.extract.PartialDate;
import org.dossier.extract.TextFingerprint;
import org.dossier.ingest.Capture;
import org.dossier.report.Removals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bytes of one row of the build state ({@link BuildCache}): a seed's article with its keys and stamps, a seed's
 * lines, a site file's key and stamp. Numbers and length-prefixed UTF-8, in a fixed order, so a row decodes in a few
 * microseconds without a schema or reflection (at 100,000 articles, decoding Jackson records took seconds). An
 * article's facts come first and what only the report reads (removals, notes) last. Any change to this class changes
 * the code's fingerprint, and with it every state is made afresh: no version to keep here.
 */
final class StateRows {
    private StateRows() {}

    static byte[] seed(BuildCache.Seed s) {
        Out o = new Out(512);
        o.string(s.key()).number(s.pageSize()).number(s.pageTime());
        stamp(o, s.stamp());
        o.number(s.told().length);
        for (long h : s.told()) o.number(h);
        Article a = s.article();
        o.string(a.id()).string(a.source()).string(a.sha256()).number(a.size()).string(a.decoding()).string(a.title())
                .string(a.titleSource()).string(a.contentKey());
        PartialDate d = a.date().orElse(null);
        o.number(d == null ? -1 : d.year()).number(d == null ? 0 : d.month()).number(d == null ? 0 : d.day());
        optional(o, a.dateSource());
        strings(o, a.people());
        optional(o, a.byline());
        o.number(a.tweets());
        TextFingerprint f = a.fingerprint();
        o.number(f.exactHi()).number(f.exactLo()).number(f.minhash().length);
        for (long h : f.minhash()) o.number(h);
        o.number(a.capture().isPresent() ? 1 : 0);
        a.capture().ifPresent(c -> {
            strings(o.string(c.archive()).string(c.url()).string(c.captured()), c.earlier());
            optional(o, c.charset());
        });
        o.number(a.removals().byKind().size());
        a.removals().byKind().forEach((kind, texts) -> strings(o.string(kind), texts));
        strings(o, a.notes());
        return o.bytes();
    }

    static BuildCache.Seed seed(byte[] bytes) {
        In i = new In(bytes);
        String key = i.string();
        long pageSize = i.number(), pageTime = i.number();
        Optional<FileStamp> stamp = stamp(i);
        long[] told = new long[(int) i.number()];
        for (int k = 0; k < told.length; k++) told[k] = i.number();
        String id = i.string(), source = i.string(), sha = i.string();
        long size = i.number();
        String decoding = i.string(), title = i.string(), titleSource = i.string(), contentKey = i.string();
        // One string for the two, which are the same for every seed the build wrote: 10 MB less at 100,000 articles.
        if (contentKey.equals(key)) contentKey = key;
        int year = (int) i.number(), month = (int) i.number(), day = (int) i.number();
        Optional<PartialDate> date = year < 0 ? Optional.empty() : Optional.of(new PartialDate(year, month, day));
        Optional<String> dateSource = optional(i);
        List<String> people = strings(i);
        Optional<String> byline = optional(i);
        int tweets = (int) i.number();
        long hi = i.number(), lo = i.number();
        long[] minhash = new long[(int) i.number()];
        for (int k = 0; k < minhash.length; k++) minhash[k] = i.number();
        Optional<Capture> capture = i.number() == 1 ? Optional.of(new Capture(i.string(), i.string(), i.string(), strings(i), optional(i))) : Optional.empty();
        long kinds = i.number();
        Map<String, List<String>> removals = new TreeMap<>();
        for (long k = kinds; k > 0; k--) removals.put(i.string(), strings(i));
        List<String> notes = strings(i);
        Article a = new Article(id, source, sha, size, decoding, title, titleSource, date, dateSource, people, byline, tweets,
                kinds == 0 ? NO_REMOVALS : new Removals(removals), notes, new TextFingerprint(hi, lo, minhash), contentKey, capture);
        return new BuildCache.Seed(key, pageSize, pageTime, a, stamp, told);
    }

    /** Shared by the seeds cleaning took nothing from, most of them: a record is immutable. */
    private static final Removals NO_REMOVALS = Removals.none();

    static byte[] lines(BuildCache.Lines l) {
        Out o = new Out(16 + 8 * l.hashes().length);
        stamp(o.string(l.sha256()), l.stamp());
        o.number(l.hashes().length);
        for (long h : l.hashes()) o.number(h);
        return o.bytes();
    }

    static BuildCache.Lines lines(byte[] bytes) {
        In i = new In(bytes);
        String sha = i.string();
        Optional<FileStamp> stamp = stamp(i);
        long[] hashes = new long[(int) i.number()];
        for (int k = 0; k < hashes.length; k++) hashes[k] = i.number();
        return new BuildCache.Lines(sha, stamp, hashes);
    }

    /** A site file's key (empty for a file staged without one) and stamp numbers (empty when none was taken). */
    static byte[] file(String key, long[] stamp) {
        Out o = new Out(96).string(key).number(stamp.length);
        for (long n : stamp) o.number(n);
        return o.bytes();
    }

    static String fileKey(byte[] bytes) {
        return new In(bytes).string();
    }

    static long[] fileStamp(byte[] bytes) {
        In i = new In(bytes);
        i.skipString();
        long[] stamp = new long[(int) i.number()];
        for (int k = 0; k < stamp.length; k++) stamp[k] = i.number();
        return stamp;
    }

    static byte[] version(long v) {
        return new Out(10).number(v).bytes();
    }

    static long version(byte[] bytes) {
        return new In(bytes).number();
    }

    private static void stamp(Out o, Optional<FileStamp> stamp) {
        o.number(stamp.isPresent() ? 1 : 0);
        stamp.ifPresent(s -> o.number(s.size()).number(s.modified()).number(s.changed()).number(s.inode()));
    }

    private static Optional<FileStamp> stamp(In i) {
        return i.number() == 1 ? Optional.of(new FileStamp(i.number(), i.number(), i.number(), i.number())) : Optional.empty();
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

    private static List<String> strings(In i) {
        int n = (int) i.number();
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) out.add(i.string());
        return out;
    }

    /** Numbers as zig-zag varints (small numbers take a byte), strings as their UTF-8 length and bytes. */
    private static final class Out {
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

        byte[] bytes() {
            return Arrays.copyOf(b, n);
        }
    }

    private static final class In {
        private final byte[] b;
        private int at;

        In(byte[] b) {
            this.b = b;
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

        String string() {
            int length = (int) number();
            String s = new String(b, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        void skipString() {
            int length = (int) number();
            at += length;
        }
    }
}

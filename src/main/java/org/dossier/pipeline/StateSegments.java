package org.dossier.pipeline;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.zip.CRC32C;

/**
 * How the build state's entries ({@link StateRows}) are packed into the rows of its store ({@link BuildCache}): a few
 * entries of one kind to a segment, chosen by a hash of their names, each segment checked by a CRC. A row per entry
 * made a load at 100,000 articles step through 840,000 rows, a JNI call or three each; packed, it reads a tenth as
 * many, and a change still rewrites only the segments that hold what it changed, a kilobyte or a few each. A
 * segment whose bytes are not those it was sealed with (a damaged disk, an edit behind the build's back) is not read:
 * its entries count as missing, so its seeds are built again and its files written again, never taken on trust.
 *
 * <pre>{@code
 * int bits = StateSegments.bits(Kind.SEEDS, seeds.size());
 * byte[] row = StateSegments.seal(names, (out, name) -> StateRows.seedEntry(out, name, ...));
 * StateSegments.open(row).ifPresent(in -> ...);   // empty when damaged
 * }</pre>
 */
final class StateSegments {
    private StateSegments() {}

    /** The kinds of entry, each in a range of row ids of its own. */
    enum Kind {
        SEEDS(4), FILES(8), INPUTS(16);

        /**
         * How many entries a segment holds at most on average. A change rewrites every segment that holds an entry it
         * changed, and an added article changes some 360 site files at 10,000 articles, a few hundred segments: those
         * of site files and inputs hold about a kilobyte (entries of some 150 and 75 bytes), so the change rewrites
         * some 0.5 MB, where segments of 4 KB made it 1.6 MB. A change touches one seed's segment, and a seed's entry
         * is some 1,150 bytes (its lines and fingerprint are most of it): four to a segment cut the rows a load steps
         * through.
         */
        final int perSegment;

        Kind(int perSegment) {
            this.perSegment = perSegment;
        }

        /** The row id of the segment: the kind's segments are the ids from {@code id(0)} to {@code id(-1)}. */
        long id(int segment) {
            return ((long) ordinal() << 32) | (segment & 0xFFFFFFFFL);
        }
    }

    /**
     * How many bits of the names' hash pick the segment, for a kind with this many entries: so many that no segment
     * holds more than {@link Kind#perSegment} entries on average.
     */
    static int bits(Kind kind, int entries) {
        int segments = Math.max(1, (entries + kind.perSegment - 1) / kind.perSegment);
        return 32 - Integer.numberOfLeadingZeros(segments - 1);
    }

    /**
     * The segment of the name, among {@code 2^bits}. From the top bits of the name's hash spread by the golden ratio,
     * since {@link String#hashCode} varies little in its low bits between names such as {@code 000123_x.txt}. The
     * hash is defined by the language, so a state is read alike by every JVM.
     */
    static int segment(String name, int bits) {
        return bits == 0 ? 0 : (int) ((name.hashCode() * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    /** The segment of these entries: each written by {@code entry}, after their number, under a CRC of them all. */
    static byte[] seal(Collection<String> names, BiConsumer<StateRows.Out, String> entry) {
        StateRows.Out body = new StateRows.Out(64 * names.size() + 16);
        body.number(names.size());
        for (String name : names) entry.accept(body, name);
        byte[] row = new byte[4 + body.size()];
        System.arraycopy(body.buffer(), 0, row, 4, body.size());
        int crc = crc(row);
        for (int k = 0; k < 4; k++) row[k] = (byte) (crc >>> (24 - 8 * k));
        return row;
    }

    /**
     * The segment's entries, to be read one after another, after their number; empty when its bytes are not those
     * {@link #seal} made.
     */
    static Optional<StateRows.In> open(byte[] row) {
        if (row == null || row.length < 5) return Optional.empty();
        int sealed = 0;
        for (int k = 0; k < 4; k++) sealed = (sealed << 8) | (row[k] & 0xFF);
        return sealed == crc(row) ? Optional.of(new StateRows.In(row, 4)) : Optional.empty();
    }

    private static int crc(byte[] row) {
        CRC32C crc = new CRC32C();
        crc.update(row, 4, row.length - 4);
        return (int) crc.getValue();
    }
}

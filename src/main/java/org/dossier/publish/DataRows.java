package org.dossier.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Where each row of a data file lies in it, as the last build wrote it: each row's version (a digest of what it holds),
 * offset and length, for the SHA-256 of the whole file. A new version of the file copies the bytes of every row whose
 * version it still has from the live file, and serialises only the others. Kept in the work folder, one file of
 * numbers per data file (24 bytes a row: 2.4 MB at 100,000 articles, read in a few milliseconds).
 *
 * <pre>{@code DataRows rows = DataRows.load(work.resolve("data-rows/articles.json"));}</pre>
 */
final class DataRows {
    private static final String HEADER = "dossier data rows 1";

    private final String sha256;
    /** version, offset, length of each row, in the order written */
    private final long[] rows;
    private final int size;
    /**
     * Row numbers by version, for {@link #find}: an open-addressed table of twice as many slots as rows (-1 where none),
     * at the slot of the version's low bits or the first free one after it. Sorting the row numbers as objects instead
     * took a tenth of a second of every change at 100,000 articles.
     */
    private final int[] byVersion;

    private DataRows(String sha256, long[] rows, int size) {
        this.sha256 = sha256;
        this.rows = rows;
        this.size = size;
        this.byVersion = new int[Integer.highestOneBit(Math.max(1, size)) * 4];
        Arrays.fill(byVersion, -1);
        for (int i = 0; i < size; i++) {
            int at = slot(rows[3 * i]);
            while (byVersion[at] >= 0) at = (at + 1) & (byVersion.length - 1);
            byVersion[at] = i;
        }
    }

    private int slot(long version) {
        return (int) (version ^ version >>> 32) & (byVersion.length - 1);
    }

    static DataRows none() {
        return new DataRows("", new long[0], 0);
    }

    /** The rows kept, with the SHA-256 of the file they were kept for ({@link #sha256}); none when none were kept. */
    static DataRows load(Path file) throws IOException {
        try {
            byte[] b = Files.readAllBytes(file);
            ByteArrayInputStream bytes = new ByteArrayInputStream(b);
            DataInputStream in = new DataInputStream(bytes);
            if (!in.readUTF().equals(HEADER)) return none();
            String sha256 = in.readUTF();
            int size = in.readInt();
            // The numbers at once, as DataOutput wrote them (big-endian), not one call each.
            long[] rows = new long[3 * size];
            int at = b.length - bytes.available();
            if (b.length - at < 8L * rows.length) return none();
            ByteBuffer.wrap(b, at, b.length - at).asLongBuffer().get(rows);
            return new DataRows(sha256, rows, size);
        } catch (NoSuchFileException | EOFException e) {
            return none();
        }
    }

    /** A row holding what {@code version} stands for: its number, or -1. */
    int find(long version) {
        for (int at = slot(version); byVersion[at] >= 0; at = (at + 1) & (byVersion.length - 1)) {
            if (rows[3 * byVersion[at]] == version) return byVersion[at];
        }
        return -1;
    }

    long offset(int row) {
        return rows[3 * row + 1];
    }

    long length(int row) {
        return rows[3 * row + 2];
    }

    String sha256() {
        return sha256;
    }

    /** The rows of a file being written, in order. Not thread-safe. */
    static final class Builder {
        private long[] rows = new long[3 * 1024];
        private int size;

        void add(long version, long offset, long length) {
            if (3 * size == rows.length) rows = Arrays.copyOf(rows, 2 * rows.length);
            rows[3 * size] = version;
            rows[3 * size + 1] = offset;
            rows[3 * size + 2] = length;
            size++;
        }

        /** Saves the rows for the file written, whose SHA-256 is {@code sha256}; replaced in one rename. */
        void save(Path file, String sha256) throws IOException {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(head)) {
                out.writeUTF(HEADER);
                out.writeUTF(sha256);
                out.writeInt(size);
            }
            // The numbers at once, big-endian as DataOutput writes them and load reads them: not 300,000 calls at 100,000 articles.
            byte[] all = Arrays.copyOf(head.toByteArray(), head.size() + 8 * 3 * size);
            ByteBuffer.wrap(all, head.size(), 8 * 3 * size).slice().asLongBuffer().put(rows, 0, 3 * size);
            Files.write(tmp, all);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}

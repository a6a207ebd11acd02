package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a seed without reading it: size, modification and change times, inode. The change
 * time moves on every write, and tools that restore modification times cannot set it back, so a seed whose stamp is
 * unchanged still holds the bytes hashed last time (git's index makes the same bet). A stamp taken within two
 * seconds of the seed's last write is not kept, since a second write could leave the same times.
 */
public record FileStamp(long size, long modified, long changed, long inode) {
    private static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** What {@link #of(Map)} reads, and whether the entry is a folder or a link, which the seeds' listing asks. */
    static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,isDirectory,isSymbolicLink";

    /** Empty on a file system without Unix attributes: such seeds are always read and hashed. */
    static Optional<FileStamp> of(Path file) {
        try {
            return of(Files.readAttributes(file, ATTRIBUTES));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file's stamp, taken before its bytes are read, if it has settled: a write in between makes it stale, never wrong. */
    public static Optional<FileStamp> settled(Path file) {
        long readAt = now();
        return of(file).filter(s -> s.settledAt(readAt));
    }

    /** The stamp in attributes read with {@link #ATTRIBUTES} (not following a link: a link's own stamp says nothing of its target). */
    static Optional<FileStamp> of(Map<String, Object> a) {
        try {
            return Optional.of(new FileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")), (Long) a.get("ino")));
        } catch (ClassCastException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Whether this stamp can stand for the bytes read at {@code readAt} (nanoseconds since the epoch). */
    boolean settledAt(long readAt) {
        return readAt - Math.max(modified, changed) > SETTLED_NANOS;
    }

    static long now() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}

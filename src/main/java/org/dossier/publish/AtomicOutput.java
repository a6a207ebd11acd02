package org.dossier.publish;

import org.dossier.config.ConfigException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Builds the site in a staging folder beside the output and swaps it in only when complete, so a failed or killed
 * build leaves the previous site intact. A lock file in the work folder refuses a second build of the same output
 * while one runs.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.begin(config.out(), config.work())) {
 *     ... write everything into out.staging() ...
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path previous;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;
    private CompletableFuture<Void> discarding;

    private AtomicOutput(Path out, Path staging, Path previous, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.staging = staging;
        this.previous = previous;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static AtomicOutput begin(Path out, Path work) throws IOException {
        Files.createDirectories(work);
        Path lockFile = work.resolve("build.lock");
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new ConfigException("another build is writing " + out + " right now (lock " + lockFile + "); wait for it to finish");
        }
        String name = out.getFileName().toString();
        Path staging = out.resolveSibling("." + name + ".building");
        Path previous = out.resolveSibling("." + name + ".previous");
        // A build killed between the two renames of commit() left the last good site under the previous name.
        if (!Files.exists(out) && Files.isDirectory(previous)) Files.move(previous, out);
        deleteTree(previous);
        deleteTree(staging);
        Files.createDirectories(staging);
        return new AtomicOutput(out, staging, previous, ch, lock);
    }

    public Path staging() {
        return staging;
    }

    /**
     * Swaps the staged site in. The old one is deleted in the background while the caller finishes its build;
     * {@link #close} waits for that.
     */
    public void commit() throws IOException {
        if (Files.exists(out)) Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        discarding = CompletableFuture.runAsync(() -> {
            try {
                deleteTree(previous);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed) deleteTree(staging);
            else discarding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

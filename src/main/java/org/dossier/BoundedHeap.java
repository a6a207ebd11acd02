package org.dossier;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the build in a child JVM with a heap sized to the archive, when the JVM was started with its default heap.
 * The default is a quarter of the machine's memory, and the garbage collector grows into it: at 10,000 articles a
 * build then peaks at 1.2 GB resident, while with a bounded heap it peaks near 0.6 GB and runs faster, since an
 * article in memory is only its metadata. Skipped when the user sized the heap ({@code -Xmx}, {@code -XX:Max...}),
 * in the child itself, and when {@code DOSSIER_NO_FORK} is set (or {@code -Ddossier.fork=false}, as the tests do).
 */
final class BoundedHeap {
    private static final String CHILD = "dossier.child";

    private BoundedHeap() {}

    /** Exit code of the child build, or empty when this JVM should build itself. */
    static Optional<Integer> runInChild(Path seeds, List<String> args) throws IOException, InterruptedException {
        if (System.getProperty(CHILD) != null || System.getenv("DOSSIER_NO_FORK") != null
                || "false".equals(System.getProperty("dossier.fork"))) return Optional.empty();
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM") || a.startsWith("-XX:MaxHeapSize"))) {
            return Optional.empty();
        }
        long heapMb = 512 + seedCount(seeds) / 40;
        if (Runtime.getRuntime().maxMemory() / (1024 * 1024) <= heapMb * 2) return Optional.empty();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heapMb + "m");
        cmd.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Dossier.class.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        // Stopping the launcher (Ctrl+C, kill) stops the build it started.
        Thread stop = new Thread(p::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return Optional.of(p.waitFor());
        } catch (InterruptedException e) {
            p.destroy();
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: nothing to remove
            }
        }
    }

    /** In the child: end when the launcher is gone (even killed with -9), as a build nobody waits for. */
    static void followLauncher() {
        String parent = System.getProperty(CHILD);
        if (parent == null) return;
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                h -> h.onExit().thenRun(() -> Runtime.getRuntime().halt(1)),
                () -> Runtime.getRuntime().halt(1));
    }

    private static long seedCount(Path seeds) throws IOException {
        try (Stream<Path> s = Files.walk(seeds)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}

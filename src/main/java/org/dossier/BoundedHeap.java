package org.dossier;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.dossier.config.Config;
import org.dossier.ingest.WebArchive;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the build (or {@code serve}) in a child JVM with a heap sized to the archive, when the JVM was started with its default heap.
 * The default is a quarter of the machine's memory, and the garbage collector grows into it: at 10,000 articles a
 * build then peaks at 1.2 GB resident, while with a bounded heap and a fixed young generation (see below) it peaks near
 * 0.5 GB and runs faster, since an article in memory is only its metadata. Skipped when the user sized the heap
 * ({@code -Xmx}, {@code -XX:Max...}), in the child itself, and when {@code DOSSIER_NO_FORK} is set (or
 * {@code -Ddossier.fork=false}, as the tests do).
 *
 * <p>The child compiles with C1 only unless it builds a large archive from scratch (see below), and starts from a
 * class-data archive next to the jar ({@code dossier.jar-<jvm>.jsa}): the JBake, OrientDB, Freemarker and jsoup
 * classes, already parsed and verified, which saves about half a second of start-up on every build. The first build
 * after the jar changes (the one {@code mvn package} runs) writes it; a JVM that cannot use it (another version, a
 * moved jar) silently loads classes as usual.
 */
final class BoundedHeap {
    private static final String CHILD = "dossier.child";
    /** Seeds from which a build without a state to start from runs long enough for C2 to pay for its compiles. */
    private static final long FULL_BUILD_FOR_C2 = 25_000;

    private BoundedHeap() {}

    /**
     * For a {@code build} command line: the exit code of the build run in a child JVM, or empty when this JVM should
     * run the command itself. Decided before the command line is parsed in full (the child parses it, and reports any
     * mistake in it): building picocli's model of the commands takes this launcher longer than anything else it does.
     * Only {@code --seeds} is read here, to size the heap; without the folder there is no child, and the parse that
     * follows here reports it.
     */
    static Optional<Integer> build(String[] args) {
        // serve's rebuilds are incremental builds in a JVM that lives on: the same heap and compiler suit them (adding
        // an article to 10,000 in the JDK's default JVM cost twice the CPU, a third of it C2 compiling).
        if (args.length == 0 || !List.of("build", "serve").contains(args[0])) return Optional.empty();
        Path seeds = Path.of("seeds");
        Path out = Path.of("target/site");
        boolean clean = false;
        try {
            for (int i = 1; i < args.length; i++) {
                if (List.of("-h", "--help", "-V", "--version").contains(args[i])) return Optional.empty();
                if (args[i].equals("--seeds") && i + 1 < args.length) seeds = Path.of(args[i + 1]);
                else if (args[i].startsWith("--seeds=")) seeds = Path.of(args[i].substring("--seeds=".length()));
                else if (args[i].equals("--out") && i + 1 < args.length) out = Path.of(args[i + 1]);
                else if (args[i].startsWith("--out=")) out = Path.of(args[i].substring("--out=".length()));
                else if (args[i].equals("--clean")) clean = true;
            }
            if (!Files.isDirectory(seeds)) return Optional.empty();
            // Counted where a symbolic link points: the link itself holds no seed.
            return runInChild(seeds.toRealPath(), !clean && Files.isRegularFile(Config.work(out.toAbsolutePath().normalize()).resolve("state.db")),
                    List.of(args));
        } catch (InvalidPathException e) {
            return Optional.empty();    // a name this locale cannot map: the parse that follows reports it
        } catch (IOException e) {
            return Optional.empty();    // no child JVM to be had: this one builds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /**
     * Exit code of the child build, or empty when this JVM should build itself.
     *
     * @param incremental a state of an earlier build is there to start from, so most seeds will not be cleaned again
     */
    private static Optional<Integer> runInChild(Path seeds, boolean incremental, List<String> args) throws IOException, InterruptedException {
        if (System.getProperty(CHILD) != null || System.getenv("DOSSIER_NO_FORK") != null
                || "false".equals(System.getProperty("dossier.fork"))) return Optional.empty();
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM") || a.startsWith("-XX:MaxHeapSize"))) {
            return Optional.empty();
        }
        long count = seedCount(seeds);
        long heapMb = heapMb(count);
        if (Runtime.getRuntime().maxMemory() / (1024 * 1024) <= heapMb * 2) return Optional.empty();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heapMb + "m");
        // A change loads the state of every article at once: grown into step by step, the heap took four full
        // collections (2.6 s at 100,000 articles); taken whole at the start, none.
        if (incremental) cmd.add("-Xms" + heapMb + "m");
        // The classes of JBake, OrientDB and Freemarker take some 35 MB: below that the first class loads set off a
        // full collection, which at 100,000 articles came while the state was loading (0.7 s).
        cmd.add("-XX:MetaspaceSize=96m");
        // A build is a batch job on a machine that may have two cores: C2's compile time outweighs what its faster code
        // saves in a short one (10,000 articles: 26 s of CPU instead of 30 s in all; adding one: 5.0 s instead of
        // 8.4 s), and pays off in a long one (100,000 articles from scratch: 213 s of CPU instead of 268 s).
        if (incremental || count < FULL_BUILD_FOR_C2) cmd.add("-XX:TieredStopAtLevel=1");
        // OrientDB, which JBake starts, calls System.gc() as it closes: a full collection just before the JVM exits.
        cmd.add("-XX:+DisableExplicitGC");
        // What lives long is only metadata; what dies young is the articles and pages in flight, whatever the archive's
        // size. So a young generation of fixed size, collected by the parallel collector on every core: at 10,000
        // articles 0.24 s of pauses in 470 MB, where the serial collector took 0.40 s in 410 MB and G1 630 MB; at
        // 30,000 articles about 1 GB either way.
        cmd.add("-XX:+UseParallelGC");
        cmd.add("-Xmn160m");
        // What a change's young collections find alive is nearly all the state it loaded, which lives to the end: moved
        // at once into the old generation, not copied between the survivor spaces up to fifteen times first (adding
        // one article to 100,000: 12 collections and 1.0 s of their CPU instead of 23 and 1.6 s).
        if (incremental) cmd.add("-XX:MaxTenuringThreshold=0");
        cmd.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
        Optional<Path> jar = runningJar();
        Optional<NewArchive> newArchive = jar.flatMap(j -> classArchive(j, cmd));
        cmd.add("-cp");
        cmd.add(jar.map(Path::toString).orElse(System.getProperty("java.class.path")));
        cmd.add(Dossier.class.getName());
        cmd.addAll(args);
        ProcessBuilder child = new ProcessBuilder(cmd).inheritIO();
        // Java 17 maps file names with the locale's charset, and under LANG=C or no locale at all (cron, systemd, small
        // containers) it cannot name a file "café.txt", nor take it from the command line: the child gets a UTF-8
        // locale (a system without C.UTF-8 keeps its own, and the build still reads every seed by its bytes).
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) child.environment().put("LC_ALL", "C.UTF-8");
        Process p = child.start();
        // Stopping the launcher (Ctrl+C, kill) stops the build it started.
        Thread stop = new Thread(p::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int exit = p.waitFor();
            if (newArchive.isPresent()) newArchive.get().keep(exit == 0);
            return Optional.of(exit);
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

    /**
     * The heap for a build of this many seeds, in MB. What a build keeps is some 8 KB per article (its metadata, its
     * pages' keys, the index), so above 10,000 seeds 5 KB more per seed is room enough for the collector: 1,140 MB at
     * 100,000 articles, where the collector left to grow the heap as it saw fit took it to 1.5 GB and the process to
     * 1.76 GB. Below, the first rule gives small builds room, so that they seldom collect at all.
     */
    static long heapMb(long seeds) {
        return Math.min(512 + seeds / 40, 640 + seeds / 200);
    }

    /** The jar this JVM runs from, absolute, since a class-data archive names the exact class path it was made with. */
    private static Optional<Path> runningJar() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) return Optional.empty();
        Path jar = Path.of(cp).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * Adds the options that use the jar's class-data archive, or that write a new one when there is none as new as the
     * jar; returns the new one being written.
     */
    private static Optional<NewArchive> classArchive(Path jar, List<String> cmd) {
        // An archive extends the JDK's own; a JVM without it (-Xshare:off, or a JDK built without one) refuses to start
        // when asked to write one. This JVM is the same binary, so what it did tells.
        if (!"true".equals(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("UseSharedSpaces").getValue())) {
            return Optional.empty();
        }
        String vm = System.getProperty("java.vm.version", "unknown").replaceAll("[^A-Za-z0-9.+_-]", "_");
        Path archive = jar.resolveSibling(jar.getFileName() + "-" + vm + ".jsa");
        // Warnings about classes CDS cannot hold, or an archive this JVM cannot use, are not the user's business.
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        try {
            if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
                return Optional.empty();
            }
            if (!Files.isWritable(jar.getParent())) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        // Written under a private name and moved into place only after a good build: concurrent builds never see half.
        Path temp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        cmd.add("-XX:ArchiveClassesAtExit=" + temp);
        return Optional.of(new NewArchive(temp, archive));
    }

    /** A class-data archive the child writes under a private name, moved into place only after a good build. */
    private record NewArchive(Path temp, Path archive) {
        void keep(boolean good) {
            try {
                if (good && Files.isRegularFile(temp)) {
                    Files.move(temp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                // Only a speed-up: without it the next build writes another.
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

    /** Only sizes the heap (pages in web archives estimated by size): a folder that cannot be read is not counted here, and the build reports it. */
    static long seedCount(Path seeds) throws IOException {
        // Most archives are one folder of files, and on the usual Unix file systems a folder's link count is 2 plus its
        // sub-folders: at 2 the names alone count the seeds, without the stat a walk makes of every file (at 100,000
        // seeds that was the launcher's 0.2 to 0.4 s before the build could start). Any other count, or none (a file
        // system that does not keep it says 1), walks.
        if (linkCount(seeds) == 2) {
            long count = 0;
            try (DirectoryStream<Path> names = Files.newDirectoryStream(seeds)) {
                for (Path name : names) count += pages(name, () -> Files.size(name));
            }
            return count;
        }
        long[] count = {0};
        Files.walkFileTree(seeds, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                count[0] += pages(file, attributes::size);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return count[0];
    }

    /**
     * The seeds a file counts for: a web archive holds many pages, counted as one per 10 KB, more than a captured page
     * with its assets takes compressed, so the heap is never sized too small for its articles.
     */
    private static long pages(Path file, Size size) {
        if (!WebArchive.is(file.getFileName().toString())) return 1;
        try {
            return Math.max(1, size.get() / 10_240);
        } catch (IOException e) {
            return 1;
        }
    }

    private interface Size {
        long get() throws IOException;
    }

    private static long linkCount(Path folder) {
        try {
            return Files.getAttribute(folder, "unix:nlink") instanceof Integer links ? links : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}

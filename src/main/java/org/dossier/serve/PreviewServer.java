package org.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dossier.config.ConfigException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Serves a site folder on 127.0.0.1 and calls {@code rebuild} whenever a watched folder changes (debounced, so a
 * burst of saves gives one build). The site folder is looked up per request, so the atomic swap of each rebuild is
 * picked up at once; and a rebuild may show the files it has made ahead of that ({@link Ahead}). Like
 * {@code hugo server}, for previewing; the published site needs no server.
 *
 * <p>It answers only requests addressed to a loopback name (no DNS rebinding reaches it), only with the site's own
 * files (no {@code ..}, control character or symbolic link leads out of it), and a client that sends part of a
 * request and waits holds one of {@value #THREADS} threads for {@value #REQUEST_SECONDS} seconds at most.
 *
 * <pre>{@code PreviewServer.bind(out, 8000, List.of(seeds, content, templates), ahead -> build(ahead)).run();}</pre>
 */
public final class PreviewServer {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");
    /** The names a browser on this machine uses for it, with any port (an ssh tunnel may forward another). */
    private static final Pattern LOOPBACK = Pattern.compile("(?i)(127\\.0\\.0\\.1|localhost|\\[::1])(:[0-9]{1,5})?");
    /** Requests answered at once: a browser opens six connections to a host; the rest is room for stalled clients. */
    static final int THREADS = 16;
    /** Seconds a client may take to send its request line and headers, and to take in the response. */
    static final int REQUEST_SECONDS = 5, RESPONSE_SECONDS = 30;
    /**
     * How long the watched folders must stay quiet before a rebuild starts: a seed moved in is one event, and its
     * rebuild starts this long after it; the writes of a save or a copy come closer together than this, and a file
     * still being written when the rebuild reads it changes again, which starts another.
     */
    static final int QUIET_MS = 40;

    /** A rebuild, which may show the files it has made before it publishes them. */
    @FunctionalInterface
    public interface Rebuild {
        void run(Ahead ahead);
    }

    /**
     * Told by a rebuild that its new files are whole in {@code staging} (the site paths of {@code files}, which may
     * name some that are not there): until the rebuild returns they are served from there, so an added article shows
     * before the data files, search index and journal that follow its pages; the others, and all once the rebuild
     * returns, come from the site. What the site folder holds stays one build's or the next's.
     */
    @FunctionalInterface
    public interface Ahead {
        void show(Path staging, Set<String> files);
    }

    private record Shown(Path staging, Set<String> files) {}

    static {
        // The JDK server reads these once, when its first instance is made, and then closes a connection that has been
        // in its request (or response) longer, which frees the thread blocked reading it. Its default is never.
        // A -D on the command line wins.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", Integer.toString(RESPONSE_SECONDS));
    }

    private final Path site;
    private final List<Path> watched;
    private final Rebuild rebuild;
    private final HttpServer server;
    private final ExecutorService threads;
    /** What the running rebuild shows ahead of its publishing, or null. */
    private volatile Shown ahead;

    private PreviewServer(Path site, HttpServer server, List<Path> watched, Rebuild rebuild) {
        this.site = site;
        this.server = server;
        this.watched = watched.stream().filter(Files::isDirectory).toList();
        this.rebuild = rebuild;
        this.threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "preview-server");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::serve);
        server.setExecutor(threads);
    }

    /**
     * Takes the port on 127.0.0.1 now (0: any free one), so that a port in use or out of range is a usage error
     * before any build; nothing is answered before {@link #run}.
     */
    public static PreviewServer bind(Path site, int port, List<Path> watched, Rebuild rebuild) {
        if (port < 0 || port > 65535) throw new ConfigException("--port " + port + ": out of range (0 to 65535; 0 takes any free port)");
        try {
            return new PreviewServer(site, HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0), watched, rebuild);
        } catch (IOException e) {
            throw new ConfigException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + ": is another server running there? Choose a free port with --port)");
        }
    }

    /** Serves until the process is stopped. */
    public void run() throws IOException, InterruptedException {
        start();
        System.err.println("Serving " + site + " at http://127.0.0.1:" + port() + "/ (Ctrl+C to stop); watching "
                + watched.size() + " folder(s)");
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path root : watched) register(ws, root);
            while (true) {
                WatchKey key = ws.take();
                // A burst of saves gives one rebuild: drained until the folders stay quiet.
                do {
                    for (WatchEvent<?> e : key.pollEvents()) {
                        // Only a new folder needs watching: walking the watched ones again before each rebuild cost a
                        // look at every seed (100,000 of them in one folder). Lost events may hide new folders: all walked.
                        if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                            for (Path root : watched) register(ws, root);
                        } else if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                                && e.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                            register(ws, dir.resolve(name));
                        }
                    }
                    key.reset();
                } while ((key = ws.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null);
                try {
                    rebuild.run((staging, files) -> ahead = new Shown(staging, Set.copyOf(files)));
                } finally {
                    ahead = null;
                }
            }
        } finally {
            stop();
        }
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void register(WatchService ws, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (NoSuchFileException e) {
            // a folder made and removed again at once: nothing to watch
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            URI uri = ex.getRequestURI();
            String host = uri.getRawAuthority() != null ? uri.getRawAuthority() : ex.getRequestHeaders().getFirst("Host");
            if (host == null || !LOOPBACK.matcher(host).matches()) {
                send(ex, 403, TYPES.get("txt"), "forbidden: this preview answers only requests to 127.0.0.1, localhost or [::1]\n");
                return;
            }
            if (!isSitePath(uri.getPath())) {
                send(ex, 400, TYPES.get("txt"), "bad request: not the path of a file of the site\n");
                return;
            }
            Optional<byte[]> shown = shownAhead(uri.getPath());
            Optional<Path> file = shown.isPresent() ? Optional.empty() : fileAt(uri.getPath());
            if (shown.isEmpty() && file.isEmpty()) {
                Path notFound = site.resolve("404.html");
                send(ex, 404, TYPES.get("html"), Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes());
                return;
            }
            String name = shown.isPresent() ? uri.getPath() : file.get().getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), shown.isPresent() ? shown.get() : Files.readAllBytes(file.get()));
        }
    }

    /**
     * The bytes of the file a site path names as the running rebuild made it, when it showed that file ahead
     * ({@link Ahead}) and the file is still in its staging folder (publishing moves it into the site).
     */
    private Optional<byte[]> shownAhead(String path) {
        Shown s = ahead;
        if (s == null) return Optional.empty();
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) relative += "index.html";
        if (!s.files().contains(relative)) return Optional.empty();
        try {
            Path file = s.staging().resolve(relative);
            // Written by the rebuild itself, but a site file is never served through a link, here neither.
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The regular file a site path names, unless it is missing or a symbolic link leads out of the site. */
    private Optional<Path> fileAt(String path) {
        try {
            Path file = site.resolve(path.substring(1));
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            Path real = file.toRealPath();
            return Files.isRegularFile(real) && real.startsWith(site.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A decoded path that names a file under the site: from the root, no ".." segment, no control character. */
    private static boolean isSitePath(String path) {
        if (path == null || !path.startsWith("/")) return false;
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) return false;
        }
        return Arrays.stream(path.split("/")).noneMatch(".."::equals);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}

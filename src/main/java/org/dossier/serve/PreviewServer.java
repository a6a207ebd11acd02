package org.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Serves a site folder on 127.0.0.1 and calls {@code rebuild} whenever a watched folder changes (debounced, so a
 * burst of saves gives one build). The site folder is looked up per request, so the atomic swap of each rebuild is
 * picked up at once. Like {@code hugo server}, for previewing; the published site needs no server.
 *
 * <pre>{@code new PreviewServer(out, 8000, List.of(seeds, content, templates), () -> build()).run();}</pre>
 */
public final class PreviewServer {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");

    private final Path site;
    private final int port;
    private final List<Path> watched;
    private final Runnable rebuild;

    public PreviewServer(Path site, int port, List<Path> watched, Runnable rebuild) {
        this.site = site;
        this.port = port;
        this.watched = watched.stream().filter(Files::isDirectory).toList();
        this.rebuild = rebuild;
    }

    /** Serves until the process is stopped. */
    public void run() throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::serve);
        server.start();
        System.err.println("Serving " + site + " at http://127.0.0.1:" + server.getAddress().getPort() + "/ (Ctrl+C to stop); watching "
                + watched.size() + " folder(s)");
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            register(ws);
            while (true) {
                WatchKey key = ws.take();
                // Let a burst of saves settle, then drain it: one rebuild per burst.
                TimeUnit.MILLISECONDS.sleep(300);
                do {
                    key.pollEvents();
                    key.reset();
                } while ((key = ws.poll()) != null);
                register(ws); // new sub-folders
                rebuild.run();
            }
        } catch (ClosedWatchServiceException e) {
            server.stop(0);
        }
    }

    private void register(WatchService ws) throws IOException {
        for (Path root : watched) {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(site)) {
                send(ex, 403, "text/plain", "forbidden".getBytes());
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                send(ex, 404, TYPES.get("html"), Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes());
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
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

package org.dossier.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The preview server on a real loopback port, spoken to through raw sockets as a hostile client would. */
class PreviewServerTest {
    private static final String SECRET = "not part of the site";

    @TempDir
    Path dir;
    Path site;
    PreviewServer server;
    final List<Socket> stalled = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.writeString(site.resolve("404.html"), "<p>no such page</p>");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("leaks"), outside);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        server = PreviewServer.bind(site, 0, List.of(), ahead -> { });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : stalled) s.close();
        server.stop();
    }

    @Test
    void answersOthersBesideConnectionsThatSendOneByteAndWait() throws IOException {
        stall(4);
        // Answered before the server could have closed a stalled connection: no request waits for one.
        assertTimeoutPreemptively(Duration.ofSeconds(PreviewServer.REQUEST_SECONDS - 1), () -> {
            for (int i = 0; i < 5; i++) assertEquals(200, get("/index.html", "127.0.0.1:" + server.port()).status());
        });
    }

    @Test
    void closesStalledConnectionsSoMoreThanItsThreadsCannotStarveIt() throws IOException {
        stall(PreviewServer.THREADS + 4);
        for (Socket s : stalled) {
            s.setSoTimeout((PreviewServer.REQUEST_SECONDS + 5) * 1000);
            try {
                assertEquals(-1, s.getInputStream().read(), "a stalled connection was answered");
            } catch (SocketTimeoutException e) {
                fail("a connection that sent one byte was still open after " + (PreviewServer.REQUEST_SECONDS + 5) + " s");
            } catch (IOException e) {
                // reset by the server: closed too
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals(200, get("/", "localhost").status()));
    }

    @Test
    void refusesRequestsToOtherHostNamesSoDnsRebindingCannotReachIt() throws Exception {
        int port = server.port();
        for (String host : List.of("127.0.0.1", "127.0.0.1:" + port, "localhost", "LocalHost:" + port, "[::1]", "[::1]:" + port)) {
            assertEquals(200, get("/index.html", host).status(), host);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil.example:" + port,
                "127.0.0.2", "")) {
            Response r = get("/index.html", host);
            assertEquals(403, r.status(), host);
            assertFalse(r.text().contains("home"), host);
        }
        assertEquals(403, request("GET /index.html HTTP/1.0\r\n\r\n").status(), "no Host header");
        assertEquals(403, request("GET http://evil.example/index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").status(),
                "absolute request target");
    }

    @Test
    void servesNoSymbolicLinkThatLeadsOutOfTheSite() throws Exception {
        String host = "127.0.0.1:" + server.port();
        for (String path : List.of("/leak.txt", "/leaks/secret.txt", "/leaks/")) {
            Response r = get(path, host);
            assertEquals(404, r.status(), path);
            assertFalse(r.text().contains(SECRET), path);
        }
        Response inside = get("/home.html", host);
        assertEquals(200, inside.status());
        assertTrue(inside.text().contains("home"));
    }

    @Test
    void answersControlCharactersAndDotDotSegmentsWith400() throws Exception {
        String host = "127.0.0.1:" + server.port();
        for (String path : List.of("/%00", "/index.html%00.txt", "/index%00.html", "/%0a", "/%0d%0aSet-Cookie:%20x", "/%1b", "/%7f",
                "/%c2%85", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/leaks/%2E%2E/%2E%2E/outside/secret.txt",
                "/..%2f..%2fetc%2fpasswd", "/a/..")) {
            Response r = get(path, host);
            assertEquals(400, r.status(), path);
            assertFalse(r.text().contains(SECRET), path);
        }
    }

    @Test
    void showsTheFilesARebuildMadeWhileItPublishesThemAndTheSiteOnceItReturns() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Files.createDirectories(staging.resolve("articles"));
        Files.writeString(staging.resolve("articles/new.html"), "<p>the new article</p>");
        Files.writeString(staging.resolve("data.json"), "{\"half\": ");
        CountDownLatch shown = new CountDownLatch(1), looked = new CountDownLatch(1);
        server.stop();
        server = PreviewServer.bind(site, 0, List.of(seeds), ahead -> {
            // The pages are whole; the data file is still being written, so it is not among the files told.
            ahead.show(staging, Set.of("articles/new.html", "index.html"));
            shown.countDown();
            try {
                looked.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread watching = watchInBackground();
        String host = "127.0.0.1:" + server.port();
        try {
            // Until the watcher has registered the folder, a new seed goes unseen: one more each time.
            for (int i = 0; !shown.await(100, TimeUnit.MILLISECONDS); i++) {
                assertTrue(i < 100, "no rebuild started");
                Files.writeString(seeds.resolve(i + ".txt"), "a seed");
            }
            Response ahead = get("/articles/new.html", host);
            assertEquals(200, ahead.status());
            assertTrue(ahead.text().contains("the new article"));
            // Told but not staged: from the site; staged but not told: not served.
            assertTrue(get("/", host).text().contains("home"));
            assertEquals(404, get("/data.json", host).status());
            looked.countDown();
            for (int i = 0; get("/articles/new.html", host).status() != 404; i++) {
                assertTrue(i < 100, "still shown after the rebuild returned");
                Thread.sleep(20);
            }
        } finally {
            looked.countDown();
            watching.interrupt();
        }
    }

    @Test
    void rebuildsForASeedInAFolderMadeWhileItServes() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        java.util.concurrent.BlockingQueue<Integer> rebuilds = new java.util.concurrent.LinkedBlockingQueue<>();
        server.stop();
        server = PreviewServer.bind(site, 0, List.of(seeds), ahead -> rebuilds.add(1));
        Thread watching = watchInBackground();
        try {
            Path folder = seeds.resolve("2024");
            // Until the watcher has registered the seeds, a new folder goes unseen: made again until it is seen.
            for (int i = 0; rebuilds.poll(200, TimeUnit.MILLISECONDS) == null; i++) {
                assertTrue(i < 50, "no rebuild for a new folder");
                Files.deleteIfExists(folder);
                Files.createDirectory(folder);
            }
            while (rebuilds.poll(300, TimeUnit.MILLISECONDS) != null) {
                // the rest of that burst
            }
            Files.writeString(folder.resolve("a.txt"), "a seed");
            assertTrue(rebuilds.poll(10, TimeUnit.SECONDS) != null, "no rebuild for a seed in the new folder");
        } finally {
            watching.interrupt();
        }
    }

    /** Opens connections that each send the first byte of a request and then nothing. */
    private void stall(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Socket s = new Socket("127.0.0.1", server.port());
            stalled.add(s);
            s.getOutputStream().write('G');
            s.getOutputStream().flush();
        }
    }

    private record Response(int status, String text) {}

    private Response get(String target, String host) throws IOException {
        return request("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends a raw request and reads the whole answer; a server that closes without one fails the test. */
    private Response request(String raw) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) fail("no HTTP answer to " + raw.lines().findFirst().orElse("") + ": '" + text + "'");
            return new Response(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    /** Runs the server's watch loop on a daemon thread, as {@code serve} does beside its requests. */
    private Thread watchInBackground() {
        Thread watching = new Thread(() -> {
            try {
                server.run();
            } catch (IOException | InterruptedException e) {
                // stopped
            }
        });
        watching.setDaemon(true);
        watching.start();
        return watching;
    }
}

package org.dossier.site;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real web archives for tests: a news site served on 127.0.0.1 by the JDK's HTTP server, captured by
 * {@code wget --warc-file} as an archivist would, and packed into a WACZ as the WACZ 1.1.1 spec says. The article
 * pages are modelled on real news pages: three of the dev set's saved pages as they are, and five of its text scrapes
 * laid out as a news site lays out its articles (masthead, menu, byline, related links, cookie notice, scripts).
 */
final class Captures {
    static final Path DEVSET = Path.of("src/test/resources/devset/seeds");
    private static final String[] SAVED = {"201_boe_rate_rise_full_page.html", "204_house_passes_hr1_dateline_only.html",
            "205_Brüssel_gipfel_énergie.html"};
    private static final String[] SCRAPES = {"101_sanders_stock_ban_vote.txt", "116_broad_final_ashes_test.txt",
            "105_webb_rocky_planet.txt", "106_tesla_revenue_miss.txt", "113_johnson_resign_if_misled.txt"};
    private static final Pattern HEADER = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2}) (.+)\\n");

    /** One response the server gives. */
    record Response(int status, String type, byte[] body, Map<String, String> headers) {}

    /** The site: path to response, in the order wget is asked for them. */
    final Map<String, Response> site = new LinkedHashMap<>();
    /** The article pages: path to the bytes served. */
    final Map<String, byte[]> articles = new LinkedHashMap<>();
    private HttpServer server;

    Captures() throws IOException {
        for (String f : SAVED) {
            String name = f.replaceAll("^\\d+_", "").replaceAll("[^A-Za-z0-9_.]", "-");
            articles.put("/news/" + name, Files.readAllBytes(DEVSET.resolve(f)));
        }
        for (String f : SCRAPES) articles.put("/news/" + f.replaceAll("^\\d+_", "").replace(".txt", ".html"), newsPage(Files.readString(DEVSET.resolve(f))));
        StringBuilder front = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Daily Ledger</title>"
                + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><img src=\"/logo.png\" alt=\"The Daily Ledger\">"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/news/\">News</a> | <a href=\"/politics/\">Politics</a> | <a href=\"/business/\">Business</a>"
                + " | <a href=\"/science/\">Science</a> | <a href=\"/sport/\">Sport</a></nav></header><main><h2>Top stories</h2><ul>");
        articles.keySet().forEach(p -> front.append("<li><a href=\"").append(p).append("\">").append(p.substring(6).replace('-', ' ')).append("</a></li>"));
        front.append("</ul></main><footer><a href=\"/about\">About</a> | <a href=\"/contact\">Contact</a> | <a href=\"/privacy\">Privacy</a></footer></body></html>");
        site.put("/", html(front.toString().getBytes(StandardCharsets.UTF_8)));
        site.put("/style.css", new Response(200, "text/css", "body { font: 16px serif; }\n".getBytes(StandardCharsets.US_ASCII), Map.of()));
        site.put("/logo.png", new Response(200, "image/png", Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="), Map.of()));
        articles.forEach((p, b) -> site.put(p, html(b)));
        // One page served as many servers serve pages: gzip-encoded, in chunks (the length is not sent ahead).
        String third = articles.keySet().stream().skip(2).findFirst().orElseThrow();
        site.put(third, new Response(200, "text/html; charset=utf-8", gzip(articles.get(third)), Map.of("Content-Encoding", "gzip", CHUNKED, "")));
        String second = articles.keySet().stream().skip(1).findFirst().orElseThrow();
        site.put("/2021/old-link", new Response(301, "text/html", "<a href=\"/news/\">moved</a>".getBytes(StandardCharsets.US_ASCII),
                Map.of("Location", second)));
        site.put("/gone", new Response(404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.US_ASCII), Map.of()));
    }

    /** A header that is not sent: it asks the server to send the body in chunks. */
    private static final String CHUNKED = "X-Send-Chunked";

    private static byte[] gzip(byte[] b) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
                z.write(b);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Response html(byte[] body) {
        return new Response(200, "text/html; charset=utf-8", body, Map.of());
    }

    /** A scrape's header line and paragraphs, laid out as a news site's article page. */
    static byte[] newsPage(String scrape) {
        Matcher m = HEADER.matcher(scrape);
        assertTrue(m.find(), "a dev-set scrape with a header line");
        String date = m.group(1), title = m.group(2).trim();
        StringBuilder body = new StringBuilder();
        for (String para : scrape.substring(m.end()).split("\\n\\s*\\n")) {
            if (!para.isBlank()) body.append("<p>").append(escape(para.trim().replace('\n', ' '))).append("</p>\n");
        }
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + " | The Daily Ledger</title>\n"
                + "<meta property=\"og:title\" content=\"" + escape(title) + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">\n"
                + "<link rel=\"stylesheet\" href=\"/style.css\"><script>window.dataLayer=[];document.write('tracker')</script></head>\n"
                + "<body><div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept all cookies</button></div>\n"
                + "<header class=\"masthead\"><img src=\"/logo.png\" alt=\"The Daily Ledger\"><nav class=\"menu\"><a href=\"/\">Home</a> | "
                + "<a href=\"/politics/\">Politics</a> | <a href=\"/business/\">Business</a> | <a href=\"/science/\">Science</a> | "
                + "<a href=\"/sport/\">Sport</a> | <a href=\"/login\">Sign in</a></nav></header>\n"
                + "<main><article class=\"story\"><h1>" + escape(title) + "</h1>\n<p class=\"meta\"><time datetime=\"" + date + "\">" + date
                + "</time></p>\n<div class=\"story-body\">\n" + body + "</div>\n"
                + "<div class=\"share\"><a href=\"https://twitter.com/share\">Share on Twitter</a> <a href=\"https://facebook.com/share\">Share on Facebook</a></div>\n"
                + "</article>\n<aside class=\"related\"><h2>More from The Daily Ledger</h2><ul><li><a href=\"/a\">Markets slip as rates rise</a></li>"
                + "<li><a href=\"/b\">Council approves new bike lanes</a></li><li><a href=\"/c\">Five things to know this week</a></li></ul></aside></main>\n"
                + "<footer class=\"site-footer\"><a href=\"/about\">About us</a> | <a href=\"/contact\">Contact</a> | <a href=\"/privacy\">Privacy policy</a>"
                + " | © 2026 The Daily Ledger</footer><script src=\"/app.js\"></script><img src=\"x\" onerror=\"alert(1)\"></body></html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Starts serving on 127.0.0.1, on a free port; returns the site's root URL (no trailing slash). */
    String start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Response r = site.get(exchange.getRequestURI().getPath());
            if (r == null) r = new Response(404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII), Map.of());
            exchange.getResponseHeaders().set("Content-Type", r.type());
            r.headers().forEach((k, v) -> { if (!k.equals(CHUNKED)) exchange.getResponseHeaders().set(k, v); });
            exchange.sendResponseHeaders(r.status(), r.headers().containsKey(CHUNKED) ? 0 : r.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        if (server != null) server.stop(0);
    }

    /**
     * Captures the URLs with {@code wget --warc-file}, into {@code <dir>/<name>.warc.gz}.
     *
     * @param extra more wget options, e.g. {@code --warc-cdx} or {@code --warc-dedup=FILE}
     */
    static Path wget(Path dir, String name, List<String> urls, String... extra) throws IOException, InterruptedException {
        requireWget();
        Files.createDirectories(dir);
        Path list = Files.write(dir.resolve(name + ".urls"), urls);
        List<String> cmd = new ArrayList<>(List.of("wget", "--no-verbose", "--no-proxy", "--tries=1", "--timeout=20", "--max-redirect=5",
                "--warc-file=" + name, "--input-file=" + list.getFileName(), "--output-document=/dev/null"));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "wget finished");
        // 8: the server answered some request with an error, as /gone does on purpose.
        assertTrue(p.exitValue() == 0 || p.exitValue() == 8, "wget exit " + p.exitValue() + ":\n" + log);
        Path warc = dir.resolve(name + ".warc.gz");
        assertTrue(Files.isRegularFile(warc), log);
        return warc;
    }

    /**
     * Tests that need wget run wherever it is; on CI it must be there ({@code .ci/run} installs it), so a missing wget
     * fails there instead of skipping the tests.
     */
    static void requireWget() throws IOException, InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("wget", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present && System.getenv("CI") != null) fail("wget is missing on CI: .ci/run should have installed it");
        assumeTrue(present, "wget is not installed (apt-get install wget); the web-archive tests need it");
    }

    /**
     * A WACZ 1.1.1: a zip (entries stored, as the spec asks) of {@code archive/data.warc.gz}, {@code pages/pages.jsonl}
     * (a header line, then one line per page) and {@code datapackage.json} listing each file with its size and digest.
     */
    static Path wacz(Path file, Path warc, List<String> pages) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("archive/data.warc.gz", Files.readAllBytes(warc));
        StringBuilder jsonl = new StringBuilder("{\"format\": \"json-pages-1.0\", \"id\": \"pages\", \"title\": \"All Pages\"}\n");
        for (String url : pages) jsonl.append("{\"id\": \"").append(Integer.toHexString(url.hashCode())).append("\", \"url\": \"").append(url)
                .append("\", \"ts\": \"2026-12-03T10:00:00Z\", \"title\": \"page\"}\n");
        files.put("pages/pages.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder resources = new StringBuilder();
        files.forEach((name, bytes) -> resources.append(resources.length() == 0 ? "" : ",\n").append("    {\"name\": \"")
                .append(name.substring(name.lastIndexOf('/') + 1)).append("\", \"path\": \"").append(name).append("\", \"hash\": \"sha256:")
                .append(sha256(bytes)).append("\", \"bytes\": ").append(bytes.length).append("}"));
        files.put("datapackage.json", ("{\n  \"profile\": \"data-package\",\n  \"wacz_version\": \"1.1.1\",\n  \"title\": \"Daily Ledger crawl\",\n"
                + "  \"created\": \"2026-12-03T10:00:00Z\",\n  \"software\": \"Dossier tests\",\n  \"resources\": [\n" + resources + "\n  ]\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setMethod(ZipEntry.STORED);
                e.setSize(f.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(f.getValue());
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(file, zipped.toByteArray());
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

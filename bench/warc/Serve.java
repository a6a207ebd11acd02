import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The news site of the web-archive rehearsal (see {@code rehearse}), served on 127.0.0.1 as a real site serves its
 * pages: each page of PAGES_DIR at {@code /news/NAME} with the {@code Content-Type} its own meta charset implies (on
 * every other page without a charset, as plain file servers send it) and a {@code Last-Modified} no page is from; one
 * page re-encoded to a legacy charset named only in the HTTP header, one gzip-encoded and sent in chunks, one reached
 * through a redirect; a front page of them all (headline and first lines of each), a stylesheet and an image.
 *
 * <pre>  java -cp target/dossier.jar bench/warc/Serve.java PAGES_DIR WORK_DIR [LEGACY_CHARSETS]</pre>
 *
 * LEGACY_CHARSETS (default windows-1252): the charsets, comma-separated, to try in turn for the legacy page.
 *
 * Writes into WORK_DIR: {@code served/NAME} (each page's bytes exactly as served, before the gzip content encoding),
 * {@code pages/NAME} (the pages as given),
 * {@code urls.txt} (what wget is to fetch: the front page, the assets, every page, the first page again, the redirect
 * instead of the second page), {@code plan.tsv} (name, URL path, how it is served) and, last, {@code root} (the site's
 * URL, once it is listening). Serves until killed.
 */
public class Serve {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)|<meta[^>]*?http-equiv\\s*=\\s*[\"']?content-type[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_DECLARATION = Pattern.compile(
            "<meta[^>]*?(charset\\s*=|http-equiv\\s*=\\s*[\"']?content-type)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    record Response(int status, String type, byte[] body, Map<String, String> headers, boolean chunked) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/warc/Serve.java PAGES_DIR WORK_DIR [LEGACY_CHARSETS]");
            System.exit(2);
        }
        Path pages = Path.of(args[0]), work = Path.of(args[1]);
        List<Charset> legacyCharsets = Stream.of((args.length > 2 ? args[2] : "windows-1252").split(",")).map(Charset::forName).toList();
        Path served = Files.createDirectories(work.resolve("served")), originals = Files.createDirectories(work.resolve("pages"));
        List<Path> files;
        try (Stream<Path> s = Files.list(pages)) {
            files = s.filter(f -> f.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?")).sorted().toList();
        }
        if (files.size() < 3) throw new IllegalArgumentException(pages + ": needs at least three .html pages");

        Map<String, Response> site = new LinkedHashMap<>();
        List<String> plan = new ArrayList<>(), fetch = new ArrayList<>(List.of("/", "/style.css", "/logo.png"));
        boolean legacyDone = false;
        StringBuilder front = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Daily Ledger</title>"
                + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><img src=\"/logo.png\" alt=\"The Daily Ledger\">"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/politics/\">Politics</a> | <a href=\"/business/\">Business</a></nav></header>"
                + "<main><h2>Top stories</h2>\n");
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString().replaceFirst("(?i)\\.gz$", "");
            byte[] bytes = Files.readAllBytes(files.get(i));
            if (files.get(i).toString().endsWith(".gz")) bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
            String path = "/news/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
            String how;
            String type = "text/html";
            Files.write(originals.resolve(name), bytes);
            String declared = declaredCharset(bytes);
            Charset legacyCharset = null;
            byte[] legacy = null;
            for (Charset c : legacyDone ? List.<Charset>of() : legacyCharsets) {
                legacy = legacy(bytes, declared, c);
                if (legacy != null) {
                    legacyCharset = c;
                    break;
                }
            }
            if (legacy != null) {
                bytes = legacy;
                // Servers name Latin-1 and mean windows-1252, as browsers read it.
                String named = legacyCharset.name().equals("windows-1252") ? "iso-8859-1" : legacyCharset.name().toLowerCase(java.util.Locale.ROOT);
                type = "text/html; charset=" + named;
                how = legacyCharset.name() + " bytes, charset only in the header (" + named + ")";
                legacyDone = true;
            } else if (declared != null && i % 2 == 1) {
                how = "charset " + declared + " in the page only";
            } else if (declared != null) {
                type = "text/html; charset=" + declared;
                how = "charset " + declared + " in the header and the page";
            } else if (utf8(bytes)) {
                type = "text/html; charset=utf-8";
                how = "charset utf-8 in the header only";
            } else {
                how = "no charset anywhere";
            }
            Files.write(served.resolve(name), bytes);
            boolean gzipped = i == 2;
            site.put(path, new Response(200, type, gzipped ? gzip(bytes) : bytes, gzipped ? Map.of("Content-Encoding", "gzip") : Map.of(), gzipped));
            if (gzipped) how += ", gzip-encoded, chunked";
            if (i == 1) {
                String old = "/old/" + i;
                site.put(old, new Response(301, "text/html", "<a href=\"/news/\">moved</a>".getBytes(StandardCharsets.US_ASCII), Map.of("Location", path), false));
                fetch.add(old);
                how += ", fetched through the redirect " + old;
            } else {
                fetch.add(path);
            }
            if (i == 0) how += ", fetched twice";
            plan.add(name + "\t" + path + "\t" + how);
            front.append(teaser(path, bytes, type));
        }
        fetch.add(fetch.get(3));
        front.append("</main><footer><a href=\"/about\">About</a> | <a href=\"/privacy\">Privacy</a></footer></body></html>\n");
        site.put("/", new Response(200, "text/html; charset=utf-8", front.toString().getBytes(StandardCharsets.UTF_8), Map.of(), false));
        site.put("/style.css", new Response(200, "text/css", "body { font: 16px serif; }\n".getBytes(StandardCharsets.US_ASCII), Map.of(), false));
        site.put("/logo.png", new Response(200, "image/png", PNG, Map.of(), false));

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Response r = site.get(exchange.getRequestURI().getRawPath());
            if (r == null) r = new Response(404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.US_ASCII), Map.of(), false);
            exchange.getResponseHeaders().set("Content-Type", r.type());
            // As file servers send it; a build must never take it for the page's date.
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 07 Jan 2025 10:00:00 GMT");
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(r.status(), r.chunked() ? 0 : r.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        });
        server.start();
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.write(work.resolve("plan.tsv"), plan);
        Files.write(work.resolve("urls.txt"), fetch.stream().map(p -> root + p).toList());
        Files.writeString(work.resolve("root"), root + "\n");
    }

    /** A front page's story: the page's headline as a link, and its first lines of text, as news sites show them. */
    private static String teaser(String path, byte[] page, String type) throws IOException {
        String charset = type.contains("charset=") ? type.substring(type.indexOf("charset=") + 8) : null;
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(page), charset, "");
        String title = d.title().isBlank() ? path : d.title();
        String text = d.select("p").eachText().stream().filter(t -> t.length() > 80).findFirst().orElse("");
        text = text.length() > 200 ? text.substring(0, text.lastIndexOf(' ', 200)) + " …" : text;
        return "<article class=\"teaser\"><h3><a href=\"" + path + "\">" + org.jsoup.nodes.Entities.escape(title) + "</a></h3><p>"
                + org.jsoup.nodes.Entities.escape(text) + "</p></article>\n";
    }

    /** The charset a page names in a meta tag, lower-cased, or null. */
    private static String declaredCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String c = m.group(1);
            if (c == null) {
                Matcher inner = Pattern.compile("charset\\s*=\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE).matcher(m.group());
                if (!inner.find()) continue;
                c = inner.group(1);
            }
            return c.toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    /**
     * A UTF-8 page whose letters beyond ASCII are nearly all in the charset, re-encoded to it with its charset
     * declarations removed: a legacy page whose charset only the HTTP header names. The few characters the charset
     * lacks are written as character references, as such pages write them. Null when the page is not one.
     */
    private static byte[] legacy(byte[] bytes, String declared, Charset charset) {
        if (declared != null && !declared.equals("utf-8") && !declared.equals("utf8")) return null;
        if (!utf8(bytes) || bytes.length > 0 && bytes[0] == (byte) 0xEF) return null;
        String text = CHARSET_DECLARATION.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("");
        var enc = charset.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        int beyondAscii = 0, referenced = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String ch = new String(Character.toChars(c));
            i += ch.length();
            if (c < 128) {
                out.append(ch);
                continue;
            }
            beyondAscii++;
            if (enc.canEncode(ch)) {
                out.append(ch);
            } else {
                referenced++;
                out.append("&#").append(c).append(';');
            }
        }
        if (beyondAscii == 0 || referenced * 10 > beyondAscii) return null;
        return out.toString().getBytes(charset);
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }
}

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The checks of the web-archive rehearsal (see {@code rehearse}): the site built from the WARC against the site built
 * from the same pages saved as files, one PASS/FAIL row per check, then what failed. Pages are matched by name: a
 * seed's file name, a capture's URL's last path segment (decoded), as {@code bench/score} matches them to the gold.
 *
 * <pre>  java -cp target/dossier.jar bench/warc/Compare.java WORK_DIR</pre>
 *
 * WORK_DIR is the rehearsal's: {@code plan.tsv}, {@code served/}, {@code root}, {@code plain-site/},
 * {@code warc-site/}; the server must still be running (the original copies are checked against a new download).
 * Exit 1 when a check fails.
 */
public class Compare {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARCHIVE = "crawl.warc.gz#";
    private static final List<String> FIELDS = List.of("title", "date", "dateSource", "people", "titleSource", "id", "url");
    private static final Map<String, List<String>> failures = new LinkedHashMap<>();
    private static final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path plainSite = work.resolve("plain-site"), warcSite = work.resolve("warc-site");
        String root = Files.readString(work.resolve("root")).trim();
        List<String[]> plan = Files.readAllLines(work.resolve("plan.tsv")).stream().map(l -> l.split("\t")).toList();

        Map<String, JsonNode> plain = articles(plainSite), warc = articles(warcSite);
        JsonNode plainReport = JSON.readTree(plainSite.resolve("data/report.json").toFile());
        JsonNode warcReport = JSON.readTree(warcSite.resolve("data/report.json").toFile());

        check("same pages are articles", new TreeSet<>(plain.keySet()).equals(new TreeSet<>(warc.keySet())) ? List.of()
                : List.of("plain " + new TreeSet<>(plain.keySet()) + " warc " + new TreeSet<>(warc.keySet())));
        for (String field : FIELDS) {
            List<String> diffs = new ArrayList<>();
            plain.forEach((k, p) -> {
                JsonNode w = warc.get(k);
                if (w == null || Objects.equals(p.get(field), w.get(field))) return;
                // An article's id ends with a digest of its seed's bytes: a page served in another charset than the
                // plain build read (PLAIN=original) has other bytes, so only the part from its title must agree.
                if (List.of("id", "url").contains(field) && !sameBytes(work, k)
                        && p.get(field).asText().replaceAll("-\\p{XDigit}{8}(\\.html)?$", "").equals(w.get(field).asText().replaceAll("-\\p{XDigit}{8}(\\.html)?$", ""))) return;
                diffs.add(k + ": plain " + p.get(field) + " warc " + w.get(field));
            });
            check("articles.json " + field, diffs);
        }
        List<String> text = new ArrayList<>(), markup = new ArrayList<>();
        plain.forEach((k, p) -> {
            JsonNode w = warc.get(k);
            if (w == null) return;
            Element a = body(plainSite, p), b = body(warcSite, w);
            if (a == null || b == null) {
                text.add(k + ": no [data-article-text] (plain " + (a != null) + ", warc " + (b != null) + ")");
                return;
            }
            if (!a.text().equals(b.text())) text.add(k + ": " + firstDifference(a.text(), b.text()));
            if (!a.html().equals(b.html())) markup.add(k + ": " + firstDifference(a.html(), b.html()));
        });
        check("article text (kept text, junk left)", text);
        check("article body markup", markup);
        check("no seed-borne script", scripts(warcSite, plainSite));

        Map<String, String> plainRejected = reasons(plainReport.path("rejected"));
        Map<String, String> warcRejected = reasons(warcReport.path("rejected"));
        Map<String, String> skipped = new TreeMap<>();
        warcReport.path("skipped").forEach(s -> skipped.put(s.path("source").asText(), s.path("reason").asText()));
        Map<String, String> skippedPages = new TreeMap<>();
        skipped.forEach((s, r) -> { if (s.contains("/news/")) skippedPages.put(key(s), r); });
        List<String> rejects = new ArrayList<>();
        if (!warcRejected.isEmpty()) rejects.add("rejected in the WARC build: " + warcRejected);
        plainRejected.forEach((k, r) -> {
            if (!Objects.equals(r, skippedPages.get(k))) rejects.add(k + ": plain rejected (" + r + ") warc " + (skippedPages.containsKey(k)
                    ? "skipped (" + skippedPages.get(k) + ")" : warc.containsKey(k) ? "article" : "missing"));
        });
        skippedPages.forEach((k, r) -> { if (!plainRejected.containsKey(k)) rejects.add(k + ": warc skipped (" + r + ") plain " + (plain.containsKey(k) ? "article" : "not rejected")); });
        check("plain rejects are WARC skips, same reason", rejects);

        Map<String, String> plainDup = duplicates(plainReport, false), warcDup = duplicates(warcReport, true);
        check("duplicates (other than recaptures)", plainDup.equals(warcDup) ? List.of() : List.of("plain " + plainDup + " warc " + warcDup));

        List<String> provenance = new ArrayList<>();
        warc.forEach((k, a) -> {
            String url = a.path("originalUrl").asText(""), captured = a.path("captured").asText("");
            if (!url.startsWith(root + "/news/")) provenance.add(k + ": originalUrl " + a.get("originalUrl"));
            if (!captured.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z")) provenance.add(k + ": captured " + a.get("captured"));
            if (!a.path("source").asText().equals(ARCHIVE + url)) provenance.add(k + ": source " + a.get("source"));
        });
        check("every article has originalUrl and captured", provenance);

        List<String> digests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> a : warc.entrySet()) {
            if (!plain.containsKey(a.getKey())) continue;   // no page served under that name: said above
            String want = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(work.resolve("served").resolve(a.getKey()))));
            if (!a.getValue().path("sha256").asText().equals(want)) digests.add(a.getKey() + ": " + a.getValue().get("sha256") + ", served " + want);
        }
        check("sha256 is the digest of the page as served", digests);

        List<String> notSkipped = new ArrayList<>();
        for (String p : List.of("/", "/style.css", "/logo.png", "/old/1")) if (!skipped.containsKey(ARCHIVE + root + p)) notSkipped.add(p);
        check("front page, stylesheet, image, redirect skipped", notSkipped);

        String twice = plan.get(0)[0], twiceUrl = root + plan.get(0)[1];
        List<String> once = new ArrayList<>();
        long copies = warc.values().stream().filter(a -> a.path("originalUrl").asText().equals(twiceUrl)).count();
        boolean recapture = false;
        for (JsonNode d : warcReport.path("duplicates")) recapture |= d.path("source").asText().startsWith(ARCHIVE + twiceUrl + " ");
        if (plain.containsKey(twice) && copies != 1) once.add(twice + " is " + copies + " articles");
        if (plain.containsKey(twice) && !recapture) once.add(twice + ": its other capture is not listed as a duplicate");
        if (!plain.containsKey(twice) && copies != 0) once.add(twice + " is no article in the plain build, " + copies + " in the WARC build");
        check("page captured twice is one article", once);

        List<String> originals = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        for (String[] p : plan) {
            JsonNode a = warc.get(p[0]);
            if (a == null) continue;
            Path pageFile = warcSite.resolve(a.path("url").asText());
            Element link = Jsoup.parse(pageFile.toFile(), "UTF-8").selectFirst("a.original-link");
            if (link == null) {
                originals.add(p[0] + ": no a.original-link");
                continue;
            }
            Path copy = pageFile.getParent().resolve(URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8)).normalize();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(root + p[1])).build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] servedNow = r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
                    ? new GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes() : r.body();
            if (!Files.isRegularFile(copy)) originals.add(p[0] + ": " + link.attr("href") + " missing");
            else if (!Arrays.equals(Files.readAllBytes(copy), servedNow)) originals.add(p[0] + ": " + copy.getFileName() + " differs from the page as served");
            else if (!Arrays.equals(servedNow, Files.readAllBytes(work.resolve("served").resolve(p[0])))) originals.add(p[0] + ": served bytes changed");
        }
        check("original links byte-identical to the page as served", originals);

        rows.forEach(System.out::println);
        failures.forEach((name, why) -> {
            System.out.println("\n" + name + ":");
            why.forEach(w -> System.out.println("  " + w));
        });
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static boolean sameBytes(Path work, String name) {
        try {
            return Arrays.equals(Files.readAllBytes(work.resolve("served").resolve(name)), Files.readAllBytes(work.resolve("pages").resolve(name)));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void check(String name, List<String> why) {
        rows.add(String.format("%-4s  %s", why.isEmpty() ? "PASS" : "FAIL", name));
        if (!why.isEmpty()) failures.put(name, why);
    }

    /** A seed's file name, or the decoded last path segment of a capture's URL. */
    static String key(String source) {
        int hash = source.indexOf(".warc.gz#");
        // An earlier capture of a page is named with its time after the URL: "crawl.warc.gz#URL (captured ...)".
        String s = hash < 0 ? source : URLDecoder.decode(URI.create(source.substring(hash + 9).split(" ", 2)[0]).getRawPath(), StandardCharsets.UTF_8);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static Map<String, JsonNode> articles(Path site) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode a : JSON.readTree(site.resolve("data/articles.json").toFile())) out.put(key(a.path("source").asText()), a);
        return out;
    }

    private static Map<String, String> reasons(JsonNode list) {
        Map<String, String> out = new TreeMap<>();
        list.forEach(r -> out.put(key(r.path("source").asText()), r.path("reason").asText()));
        return out;
    }

    private static Map<String, String> duplicates(JsonNode report, boolean dropRecaptures) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode d : report.path("duplicates")) {
            String s = d.path("source").asText(), of = d.path("duplicateOf").asText();
            if (dropRecaptures && key(s).equals(key(of))) continue;
            out.put(key(s), key(of));
        }
        return out;
    }

    private static Element body(Path site, JsonNode a) {
        try {
            return Jsoup.parse(site.resolve(a.path("url").asText()).toFile(), "UTF-8").selectFirst("[data-article-text]");
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Scripts, event handlers and javascript: URLs in the WARC site that the plain site (the project's own) has not. */
    private static List<String> scripts(Path warcSite, Path plainSite) throws Exception {
        Set<String> own = new TreeSet<>();
        for (Document d : pages(plainSite)) d.select("script").forEach(s -> own.add(s.attr("src") + s.data()));
        List<String> out = new ArrayList<>();
        for (Document d : pages(warcSite)) {
            // JSON-LD is data the site writes for each article, not a script a browser runs.
            d.select("script:not([type=application/ld+json])").forEach(s -> { if (!own.contains(s.attr("src") + s.data())) out.add(d.location() + ": " + s.outerHtml().substring(0, Math.min(120, s.outerHtml().length()))); });
            for (Element e : d.getAllElements()) {
                for (Attribute at : e.attributes()) {
                    if (at.getKey().toLowerCase().startsWith("on") || at.getValue().trim().toLowerCase().startsWith("javascript:")) {
                        out.add(d.location() + ": <" + e.tagName() + " " + at.html() + ">");
                    }
                }
            }
        }
        return out;
    }

    private static List<Document> pages(Path site) throws Exception {
        List<Document> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) out.add(Jsoup.parse(f.toFile(), "UTF-8", f.toString()));
        }
        return out;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 40);
        return "plain «" + a.substring(from, Math.min(a.length(), i + 60)) + "» warc «" + b.substring(from, Math.min(b.length(), i + 60)) + "»";
    }
}

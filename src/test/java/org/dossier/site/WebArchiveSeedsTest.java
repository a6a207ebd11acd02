package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web archives as seeds, built from real captures: a news site served on 127.0.0.1 and captured with
 * {@code wget --warc-file} (see {@link Captures}), with one page fetched twice, a redirect, an error, a stylesheet and
 * an image; then revisit records, a truncated archive and a WACZ.
 */
class WebArchiveSeedsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Captures captures;
    private static String root;
    private static Path crawl;
    private static String first, second;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    @BeforeAll
    static void crawl() throws Exception {
        captures = new Captures();
        root = captures.start();
        List<String> urls = new ArrayList<>();
        captures.site.keySet().forEach(p -> urls.add(root + p));
        List<String> pages = new ArrayList<>(captures.articles.keySet());
        first = root + pages.get(0);
        second = root + pages.get(1);
        urls.add(first);                        // fetched twice
        urls.add(root + "/robots.txt");         // 404: not served
        crawl = Captures.wget(shared.resolve("wget"), "crawl", urls);
    }

    @AfterAll
    static void stop() {
        if (captures != null) captures.stop();
    }

    @Test
    void warcBuildScoresExactlyLikeThePlainHtmlBuildOfTheSamePages() throws Exception {
        String records = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(crawl)).readAllBytes(), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        assertTrue(records.contains("content-encoding: gzip") && records.contains("transfer-encoding: chunked"), "one page captured gzip-encoded, in chunks");
        Path warcSeeds = Files.createDirectories(dir.resolve("warc-seeds"));
        Files.copy(crawl, warcSeeds.resolve("crawl.warc.gz"));
        Path htmlSeeds = Files.createDirectories(dir.resolve("html-seeds"));
        for (Map.Entry<String, byte[]> a : captures.articles.entrySet()) {
            Files.write(htmlSeeds.resolve(a.getKey().substring("/news/".length())), a.getValue());
        }
        Sites.Run warc = Sites.build(warcSeeds, dir.resolve("warc-site"));
        Sites.Run html = Sites.build(htmlSeeds, dir.resolve("html-site"));
        assertEquals(0, warc.exit(), warc.stderr());
        assertEquals(0, html.exit(), html.stderr());

        Map<String, JsonNode> plain = bySha(html.out());
        Map<String, JsonNode> archived = bySha(warc.out());
        assertEquals(8, plain.size(), html.stderr());
        assertEquals(plain.keySet(), archived.keySet(), "the same eight pages are articles, the page fetched twice once");
        for (Map.Entry<String, JsonNode> p : plain.entrySet()) {
            JsonNode a = archived.get(p.getKey()), h = p.getValue();
            for (String field : List.of("id", "title", "date", "dateSource", "people", "url", "titleSource")) {
                assertEquals(h.get(field), a.get(field), field + " of " + h.get("source"));
            }
            // Kept text and any junk left: the cleaned body is the same, element for element.
            assertEquals(body(html.page(h.get("url").asText())), body(warc.page(a.get("url").asText())), "text of " + h.get("source"));

            String url = a.get("originalUrl").asText();
            assertTrue(captures.articles.containsKey(url.substring(root.length())), url);
            assertEquals("crawl.warc.gz#" + url, a.get("source").asText());
            assertTrue(a.get("captured").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), a.toString());

            // The article page shows where and when, cites both, and links the page's bytes exactly as served.
            Document page = warc.page(a.get("url").asText());
            assertEquals(url, page.selectFirst("code.original-url").text());
            assertEquals(a.get("captured").asText(), page.selectFirst("time.captured").attr("datetime"));
            String citation = page.selectFirst("#citation").text();
            assertTrue(citation.contains(url) && citation.contains(a.get("captured").asText()), citation);
            Element original = page.selectFirst("a.original-link");
            Path copy = warc.out().resolve("articles").resolve(original.attr("href")).normalize();
            assertTrue(copy.getFileName().toString().endsWith(".txt"), copy.toString());
            assertArrayEquals(captures.articles.get(url.substring(root.length())), Files.readAllBytes(copy));
        }
        for (Path f : Sites.files(warc.out(), ".html")) {
            String text = Files.readString(f);
            assertFalse(text.contains("dataLayer") || text.contains("onerror") || text.contains("app.js"), "seed-borne script in " + f);
        }

        JsonNode report = JSON.readTree(warc.out().resolve("data/report.json").toFile());
        Map<String, String> skipped = new TreeMap<>();
        report.get("skipped").forEach(s -> skipped.put(s.get("source").asText(), s.get("reason").asText()));
        for (String p : List.of("/", "/style.css", "/logo.png", "/gone", "/robots.txt", "/2021/old-link")) {
            assertTrue(skipped.containsKey("crawl.warc.gz#" + root + p), p + " not skipped: " + skipped);
        }
        assertEquals("not HTML (text/css)", skipped.get("crawl.warc.gz#" + root + "/style.css"));
        assertEquals("not HTML (image/png)", skipped.get("crawl.warc.gz#" + root + "/logo.png"));
        assertEquals("HTTP 404 response, not a page", skipped.get("crawl.warc.gz#" + root + "/gone"));
        assertEquals("redirect to " + second + ", whose capture is read instead", skipped.get("crawl.warc.gz#" + root + "/2021/old-link"));
        assertFalse(skipped.get("crawl.warc.gz#" + root + "/").isBlank());

        // The page fetched twice (and the one reached again through the redirect): one article each, the earlier
        // capture its duplicate, listed under it.
        Map<String, String> duplicates = new HashMap<>();
        report.get("duplicates").forEach(d -> duplicates.put(d.get("source").asText(), d.get("duplicateOf").asText()));
        assertEquals(2, duplicates.size(), duplicates.toString());
        assertTrue(duplicates.containsValue("crawl.warc.gz#" + first) && duplicates.containsValue("crawl.warc.gz#" + second), duplicates.toString());
        JsonNode twice = archived.values().stream().filter(a -> a.get("originalUrl").asText().equals(first)).findFirst().orElseThrow();
        assertEquals(1, warc.page(twice.get("url").asText()).select("ul.earlier-captures li").size());
        assertTrue(warc.page("report.html").text().contains(skipped.size() + " captures in web archives were skipped"));
        assertEquals(0, Sites.verify(warc.out()).exit(), "verify passes on the site");
    }

    @Test
    void frontPageOfStoryTeasersIsSkippedAsNavigationLikeTheSamePageSavedAsAFile() throws Exception {
        // A front page as news sites make them: each story's headline links to its page, over its first lines.
        StringBuilder front = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Daily Ledger</title>"
                + "<meta property=\"og:title\" content=\"The Daily Ledger: news, politics, business\"></head><body><header><h1>The Daily Ledger</h1>"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/politics/\">Politics</a></nav></header><main><h2>Top stories</h2>\n");
        for (Map.Entry<String, byte[]> a : captures.articles.entrySet()) {
            Document page = org.jsoup.Jsoup.parse(new String(a.getValue(), StandardCharsets.UTF_8));
            String lede = page.select("p").eachText().stream().filter(t -> t.length() > 80).findFirst().orElseThrow();
            front.append("<article class=\"teaser\"><h3><a href=\"").append(a.getKey()).append("\">").append(page.selectFirst("h1, title").text())
                    .append("</a></h3><p>").append(lede, 0, lede.lastIndexOf(' ', Math.min(200, lede.length() - 1))).append(" …</p></article>\n");
        }
        front.append("</main><footer><a href=\"/about\">About</a></footer></body></html>\n");
        byte[] bytes = front.toString().getBytes(StandardCharsets.UTF_8);
        captures.site.put("/front/", new Captures.Response(200, "text/html; charset=utf-8", bytes, Map.of()));
        Path warc;
        try {
            warc = Captures.wget(dir.resolve("wget"), "front", List.of(root + "/front/", first));
        } finally {
            captures.site.remove("/front/");
        }
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(warc, seeds.resolve("front.warc.gz"));
        Files.write(seeds.resolve("front.html"), bytes);
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());

        JsonNode articles = JSON.readTree(run.out().resolve("data/articles.json").toFile());
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("front.warc.gz#" + first, articles.get(0).get("source").asText());
        JsonNode report = JSON.readTree(run.out().resolve("data/report.json").toFile());
        String skipped = null, rejected = null;
        for (JsonNode s : report.get("skipped")) if (s.get("source").asText().equals("front.warc.gz#" + root + "/front/")) skipped = s.get("reason").asText();
        for (JsonNode r : report.get("rejected")) if (r.get("source").asText().equals("front.html")) rejected = r.get("reason").asText();
        assertNotNull(skipped, report.toString());
        // a front of story teasers is a page of other stories' headlines, and says so
        assertTrue(skipped.startsWith("list of headlines, no article"), skipped);
        assertEquals(skipped, rejected, "the capture is skipped by the judgement that rejects the saved page");
    }

    @Test
    void revisitRecordTakesThePayloadOfTheCaptureItRefersToInAnotherArchive() throws Exception {
        Path wget = dir.resolve("wget");
        Path a = Captures.wget(wget, "a-first", List.of(first), "--warc-cdx");
        Path b = Captures.wget(wget, "b-again", List.of(first), "--warc-dedup=a-first.cdx");
        assertTrue(new String(new java.util.zip.GZIPInputStream(Files.newInputStream(b)).readAllBytes(), StandardCharsets.ISO_8859_1)
                .contains("WARC-Type: revisit"), "wget wrote a revisit record");
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(a, seeds.resolve("a-first.warc.gz"));
        Files.copy(b, seeds.resolve("b-again.warc.gz"));
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());
        JsonNode articles = JSON.readTree(run.out().resolve("data/articles.json").toFile());
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("b-again.warc.gz#" + first, articles.get(0).get("source").asText(), "the revisit is the latest capture");
        assertEquals(Captures.sha256(captures.articles.get(first.substring(root.length()))), articles.get(0).get("sha256").asText());

        // Without the archive it refers to, the revisit has no payload: skipped, and said why.
        Files.delete(seeds.resolve("a-first.warc.gz"));
        Sites.Run alone = Sites.build(seeds, dir.resolve("alone"));
        assertEquals(1, alone.exit(), "no article could be built");
        assertTrue(alone.stderr().contains("1 skipped capture"), alone.stderr());
    }

    @Test
    void truncatedArchiveYieldsEveryReadableRecordAndNamesTheDamageWithItsOffset() throws Exception {
        byte[] whole = Files.readAllBytes(crawl);
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.write(seeds.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());
        int built = JSON.readTree(run.out().resolve("data/articles.json").toFile()).size();
        assertTrue(built >= 3 && built < 8, built + " articles from the first three fifths");
        JsonNode report = JSON.readTree(run.out().resolve("data/report.json").toFile());
        List<String> damage = new ArrayList<>();
        report.get("problems").forEach(p -> { if (p.get("source").asText().equals("cut.warc.gz")) damage.add(p.get("reason").asText()); });
        assertEquals(1, damage.size(), report.get("problems").toString());
        assertTrue(damage.get(0).matches("damaged (at|after the record at) byte [\\d,]+ \\(.+\\): nothing after it could be read; every other record was read"), damage.get(0));
        assertTrue(run.stderr().contains("warning: cut.warc.gz: damaged"), run.stderr());
    }

    @Test
    void damagedRecordInTheMiddleIsReportedWithItsOffsetAndReadingGoesOnAtTheNextRecord() throws Exception {
        byte[] bytes = Files.readAllBytes(crawl);
        java.util.Arrays.fill(bytes, bytes.length * 2 / 5, bytes.length * 2 / 5 + 64, (byte) 0);
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.write(seeds.resolve("damaged.warc.gz"), bytes);
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());
        JsonNode articles = JSON.readTree(run.out().resolve("data/articles.json").toFile());
        assertTrue(articles.size() >= 6, "one record lost at most: " + articles.size());
        assertTrue(run.stderr().matches("(?s).*warning: damaged\\.warc\\.gz: damaged (at|after the record at) byte [\\d,]+ \\(.+\\): "
                + "reading went on at byte [\\d,]+; every other record was read.*"), run.stderr());
        assertEquals(0, Sites.verify(run.out()).exit());
    }

    @Test
    void waczBuildsThePagesItsPagesListNames() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        List<String> meant = captures.articles.keySet().stream().limit(3).map(p -> root + p).toList();
        Captures.wacz(seeds.resolve("crawl.wacz"), crawl, meant);
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());
        List<String> built = new ArrayList<>();
        JSON.readTree(run.out().resolve("data/articles.json").toFile()).forEach(a -> built.add(a.get("source").asText()));
        assertEquals(meant.stream().map(u -> "crawl.wacz#" + u).sorted().toList(), built.stream().sorted().toList());
        JsonNode report = JSON.readTree(run.out().resolve("data/report.json").toFile());
        String unlisted = root + captures.articles.keySet().stream().skip(3).findFirst().orElseThrow();
        boolean said = false;
        for (JsonNode s : report.get("skipped")) {
            said |= s.get("source").asText().equals("crawl.wacz#" + unlisted) && s.get("reason").asText().contains("pages/pages.jsonl");
        }
        assertTrue(said, report.get("skipped").toString());
    }

    @Test
    void unchangedArchiveIsNotReadAgainAndAnAppendedCaptureCostsOnlyItsPage() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path archive = Files.copy(crawl, seeds.resolve("crawl.warc.gz"));
        Path site = dir.resolve("site");
        Thread.sleep(2100); // an archive's stamp is trusted only once its last write is two seconds old
        assertEquals(0, Sites.build(seeds, site).exit());
        Sites.Run again = Sites.build(seeds, site, "--verbose");
        assertTrue(again.stderr().contains("0 web archives read"), again.stderr());
        assertTrue(again.stderr().contains("8 seeds from the cache"), again.stderr());

        // A later capture of a new page, appended as wget appends: a gzip member per record.
        Files.write(archive, Files.readAllBytes(lateCrawl(dir.resolve("wget"), "late", List.of())), StandardOpenOption.APPEND);
        Sites.Run after = Sites.build(seeds, site, "--verbose");
        assertEquals(0, after.exit(), after.stderr());
        assertTrue(after.stderr().contains("1 web archives read"), after.stderr());
        assertTrue(after.stderr().contains("8 seeds from the cache"), after.stderr());

        assertSameAsCleanBuild(seeds, site);
    }

    @Test
    void appendedCapturesAreTheOnlyRecordsReadAndTheSiteIsByteIdenticalToACleanBuild() throws Exception {
        Path wget = dir.resolve("wget");
        List<String> urls = new ArrayList<>();
        captures.site.keySet().forEach(p -> urls.add(root + p));
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path archive = Files.copy(Captures.wget(wget, "base", urls, "--warc-cdx"), seeds.resolve("crawl.warc.gz"));
        Path site = dir.resolve("site");
        Sites.Run first = Sites.build(seeds, site, "--verbose");
        assertEquals(0, first.exit(), first.stderr());
        assertEquals(records(archive), recordsRead(first), "a new archive is read whole");

        // A new page, and a page fetched again unchanged, which wget stores as a revisit of its response in the part
        // read before: the revisit still takes that response's payload.
        String again = root + captures.articles.keySet().iterator().next();
        Path late = lateCrawl(wget, "late", List.of(again), "--warc-dedup=base.cdx");
        assertTrue(new String(new java.util.zip.GZIPInputStream(Files.newInputStream(late)).readAllBytes(), StandardCharsets.ISO_8859_1)
                .contains("WARC-Type: revisit"), "wget wrote a revisit record");
        Files.write(archive, Files.readAllBytes(late), StandardOpenOption.APPEND);
        Sites.Run after = Sites.build(seeds, site, "--verbose");
        assertEquals(0, after.exit(), after.stderr());
        assertEquals(records(late), recordsRead(after), "only the appended records are read:\n" + after.stderr());
        JsonNode articles = JSON.readTree(site.resolve("data/articles.json").toFile());
        assertTrue(articles.toString().contains(root + LATE), "the appended page is an article");
        JsonNode revisited = null;
        for (JsonNode a : articles) if (a.get("originalUrl").asText().equals(again)) revisited = a;
        assertNotNull(revisited, articles.toString());
        assertEquals(Captures.sha256(captures.articles.get(again.substring(root.length()))), revisited.get("sha256").asText());
        assertSameAsCleanBuild(seeds, site);
    }

    @Test
    void recordCutOffAtTheEndOfTheArchiveIsReadWholeOnceItIsWritten() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path archive = Files.copy(crawl, seeds.resolve("crawl.warc.gz"));
        Path lateCrawl = lateCrawl(dir.resolve("wget"), "late", List.of());
        byte[] late = Files.readAllBytes(lateCrawl);
        // The crawler is still writing: the archive ends inside the new page's record.
        int cut = late.length / 2;
        Files.write(archive, java.util.Arrays.copyOf(late, cut), StandardOpenOption.APPEND);
        Path site = dir.resolve("site");
        Sites.Run during = Sites.build(seeds, site, "--verbose");
        assertEquals(0, during.exit(), during.stderr());
        assertTrue(during.stderr().contains("warning: crawl.warc.gz: damaged"), during.stderr());
        assertFalse(Files.readString(site.resolve("data/articles.json")).contains(LATE));

        Files.write(archive, java.util.Arrays.copyOfRange(late, cut, late.length), StandardOpenOption.APPEND);
        Sites.Run after = Sites.build(seeds, site, "--verbose");
        assertEquals(0, after.exit(), after.stderr());
        assertFalse(after.stderr().contains("damaged"), after.stderr());
        assertTrue(Files.readString(site.resolve("data/articles.json")).contains(root + LATE), "the page cut off before is an article");
        // The record cut off and those after it.
        long read = recordsRead(after);
        assertTrue(read > 0 && read <= records(lateCrawl), read + " records read");
        assertSameAsCleanBuild(seeds, site);
    }

    @Test
    void archiveRewrittenWithTheSameLengthOrLongerIsReadWhole() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path archive = Files.copy(crawl, seeds.resolve("crawl.warc.gz"));
        Path site = dir.resolve("site");
        assertEquals(records(crawl), recordsRead(Sites.build(seeds, site, "--verbose")));

        // Written again, as long as it was: nothing says it holds what it held.
        Files.write(archive, Files.readAllBytes(crawl));
        assertEquals(records(crawl), recordsRead(Sites.build(seeds, site, "--verbose")), "same length: read whole");

        // Longer, but a new capture put before the last record instead of after it: the bytes before where the last
        // read ended are not what they were.
        long lastRecord;
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(crawl)) {
            lastRecord = reader.records().mapToLong(org.netpreserve.jwarc.WarcRecord::position).max().orElseThrow();
        }
        Path lateCrawl = lateCrawl(dir.resolve("wget"), "late", List.of());
        byte[] whole = Files.readAllBytes(crawl), late = Files.readAllBytes(lateCrawl);
        java.io.ByteArrayOutputStream rewritten = new java.io.ByteArrayOutputStream();
        rewritten.write(whole, 0, (int) lastRecord);
        rewritten.write(late);
        rewritten.write(whole, (int) lastRecord, whole.length - (int) lastRecord);
        Files.write(archive, rewritten.toByteArray());
        assertEquals(records(crawl) + records(lateCrawl), recordsRead(Sites.build(seeds, site, "--verbose")),
                "longer, changed before its old end: read whole");

        // Longer, a crawl of its own from the start (every article fetched twice): read whole too.
        List<String> urls = new ArrayList<>();
        captures.site.keySet().forEach(p -> urls.add(root + p));
        captures.articles.keySet().forEach(p -> urls.add(root + p));
        Path recrawl = lateCrawl(dir.resolve("wget"), "recrawl", urls);
        Files.write(archive, Files.readAllBytes(recrawl));
        assertTrue(Files.size(archive) > rewritten.size());
        assertEquals(records(recrawl), recordsRead(Sites.build(seeds, site, "--verbose")), "a new crawl: read whole");
        assertSameAsCleanBuild(seeds, site);
    }

    @Test
    void pageWhoseCharsetIsOnlyInTheHttpHeaderDecodesByItAndAByteOrderMarkBeatsTheHeader() throws Exception {
        String title = "大阪の地下鉄、新線の開業を一年延期";
        String japanese = " date 2024-04-03 " + title + "\n\n"
                + "大阪市高速電気軌道は三日、市の南部を結ぶ新線の開業を当初の予定から一年延期すると発表した。工事現場で地下水が想定より多く見つかり、トンネルの補強工事が必要になったためだという。\n\n"
                + "同社の担当者は記者会見で「安全を最優先に考え、開業時期を見直すことにした。利用者の皆様にはご迷惑をおかけする」と述べた。延期に伴う追加の費用はおよそ八十億円と見込まれている。\n\n"
                + "新線は全長約七キロで、五つの駅が設けられる計画だ。沿線の住民からは、通勤時間が大幅に短くなると期待する声が上がっていた。\n\n"
                + "市の交通局によると、代替のバス路線を増便し、朝の混雑を和らげる方針だという。\n";
        // Servers name Latin-1 and mean windows-1252, whose curly quotes browsers show: so does the build.
        String quoted = Files.readString(Captures.DEVSET.resolve("108_hartmore_budget_signing.txt"))
                .replace("spending plan", "\u201cspending plan\u201d").replace("signed", "signed the caf\u00e9\u2019s");
        Map<String, Captures.Response> pages = new java.util.LinkedHashMap<>();
        pages.put("/news/osaka-metro.html", served(japanese, Charset.forName("Shift_JIS"), "text/html; charset=Shift_JIS", false));
        pages.put("/news/hartmore.html", served(quoted, Charset.forName("windows-1252"), "text/html; charset=ISO-8859-1", false));
        // A byte-order mark says UTF-8 whatever the header says.
        pages.put("/news/bom.html", served(Files.readString(Captures.DEVSET.resolve("105_webb_rocky_planet.txt")).replace("planet", "Planet Zürich"),
                StandardCharsets.UTF_8, "text/html; charset=windows-1252", true));
        captures.site.putAll(pages);
        Path warc;
        try {
            warc = Captures.wget(dir.resolve("wget"), "charsets", pages.keySet().stream().map(p -> root + p).toList());
        } finally {
            pages.keySet().forEach(captures.site::remove);
        }
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(warc, seeds.resolve("charsets.warc.gz"));
        Sites.Run run = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());
        Map<String, JsonNode> byUrl = new TreeMap<>();
        JSON.readTree(run.out().resolve("data/articles.json").toFile()).forEach(a -> byUrl.put(a.get("originalUrl").asText(), a));
        Map<String, String> decoding = new TreeMap<>();
        Sites.reportFiles(run.out()).forEach(f -> decoding.put(f.get("source").asText(), f.path("decoding").asText()));

        JsonNode osaka = byUrl.get(root + "/news/osaka-metro.html");
        assertNotNull(osaka, byUrl.keySet().toString());
        assertEquals(title, osaka.get("title").asText());
        assertTrue(body(run.page(osaka.get("url").asText())).contains("補強工事"), "the text decoded as Shift_JIS");
        assertEquals("windows-31j (declared in the HTTP header)", decoding.get("charsets.warc.gz#" + root + "/news/osaka-metro.html"));

        JsonNode hartmore = byUrl.get(root + "/news/hartmore.html");
        String text = run.page(hartmore.get("url").asText()).selectFirst("[data-article-text]").text();
        assertTrue(text.contains("the caf\u00e9\u2019s") && text.contains("\u201cspending plan\u201d"), text);
        assertEquals("windows-1252 (declared in the HTTP header)", decoding.get("charsets.warc.gz#" + root + "/news/hartmore.html"));

        JsonNode bom = byUrl.get(root + "/news/bom.html");
        assertTrue(run.page(bom.get("url").asText()).selectFirst("[data-article-text]").text().contains("Planet Zürich"));
        assertEquals("UTF-8 with BOM", decoding.get("charsets.warc.gz#" + root + "/news/bom.html"));
    }

    /** A scrape laid out as a news page without a meta charset, in the charset given, served with the Content-Type given. */
    private static Captures.Response served(String scrape, Charset charset, String type, boolean byteOrderMark) {
        String page = new String(Captures.newsPage(scrape), StandardCharsets.UTF_8).replace("<meta charset=\"utf-8\">", "")
                .replace("©", "(c)");  // not in Shift_JIS
        assertTrue(charset.newEncoder().canEncode(page), "the page can be written in " + charset);
        byte[] bytes = page.getBytes(charset);
        if (byteOrderMark) bytes = java.nio.ByteBuffer.allocate(bytes.length + 3).put(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).put(bytes).array();
        return new Captures.Response(200, type, bytes, Map.of());
    }

    @Test
    void correctionNamedAfterACapturedPageAppliesAndSurvivesARebuild() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(crawl, seeds.resolve("crawl.warc.gz"));
        // The page's source, crawl.warc.gz#http://127.0.0.1:PORT/news/..., as a path: "//" is one folder separator.
        Path correction = dir.resolve("content/corrections/crawl.warc.gz#" + second + ".properties");
        Files.createDirectories(correction.getParent());
        Files.writeString(correction, "title=Corrected by the curator\ndate=2019-04\npeople.add=Lucy Flores\n");
        Path site = dir.resolve("site");
        for (int build = 1; build <= 2; build++) {
            Sites.Run run = Sites.build(seeds, site, "--content", dir.resolve("content").toString());
            assertEquals(0, run.exit(), run.stderr());
            assertFalse(run.stderr().contains("correction not applied"), run.stderr());
            JsonNode corrected = null;
            for (JsonNode a : JSON.readTree(site.resolve("data/articles.json").toFile())) {
                if (a.get("source").asText().equals("crawl.warc.gz#" + second)) corrected = a;
            }
            assertNotNull(corrected, "build " + build);
            assertEquals("Corrected by the curator", corrected.get("title").asText(), "build " + build);
            assertEquals("2019-04", corrected.get("date").asText());
            assertEquals("curated", corrected.get("dateSource").asText());
            assertTrue(corrected.get("people").toString().contains("Lucy Flores"), corrected.toString());
        }
    }

    /** A page first served after the test's crawl. */
    private static final String LATE = "/news/late-story.html";

    /** A crawl of {@link #LATE}, an article of its own, then the other URLs, into {@code <dir>/<name>.warc.gz}. */
    private static Path lateCrawl(Path dir, String name, List<String> more, String... extra) throws Exception {
        captures.site.put(LATE, new Captures.Response(200, "text/html; charset=utf-8",
                Captures.newsPage(Files.readString(Captures.DEVSET.resolve("108_hartmore_budget_signing.txt"))), Map.of()));
        try {
            List<String> urls = new ArrayList<>(List.of(root + LATE));
            urls.addAll(more);
            return Captures.wget(dir, name, urls, extra);
        } finally {
            captures.site.remove(LATE);
        }
    }

    /** The site is byte for byte what a clean build of the seeds makes. */
    private void assertSameAsCleanBuild(Path seeds, Path site) throws IOException {
        Sites.Run clean = Sites.build(seeds, dir.resolve("clean"));
        assertEquals(0, clean.exit(), clean.stderr());
        assertEquals(Files.readString(clean.out().resolve("data/manifest-sha256.txt")), Files.readString(site.resolve("data/manifest-sha256.txt")),
                "the incremental build is byte-identical to a clean one");
    }

    /** How many records the archive holds, of any type. */
    private static long records(Path warc) throws IOException {
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(warc)) {
            return reader.records().count();
        }
    }

    /** How many records of web archives the build read, as {@code --verbose} says. */
    private static long recordsRead(Sites.Run run) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) web archives read, (\\d+) records").matcher(run.stderr());
        assertTrue(m.find(), run.stderr());
        return Long.parseLong(m.group(2));
    }

    private static Map<String, JsonNode> bySha(Path site) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        JSON.readTree(site.resolve("data/articles.json").toFile()).forEach(a -> out.put(a.get("sha256").asText(), a));
        return out;
    }

    private static String body(Document page) {
        Element text = page.selectFirst("[data-article-text]");
        assertNotNull(text);
        return text.html();
    }
}

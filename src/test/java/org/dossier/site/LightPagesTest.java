package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages stay light at any size (issue 14, item 2): lists longer than a page are split, stably, and everything stays
 * reachable. The page limit is lowered (dossier.pageItems) so that a few hundred articles split as 100,000 would.
 */
class LightPagesTest {
    /** Items a page lists before its list is split, in these tests only. */
    private static final int LIMIT = 40;
    private static final String[] PEOPLE = {"Carmen Merritt", "Valerie Hartmore", "Karen Ashstead", "Adam Foley",
            "Nicole Briggs", "Isaac Halloran", "Abigail Fairworth", "Nadia Ortega", "Gregory Hensley", "Victor Rossi",
            "Yolanda Conti", "Zoe Radstead", "Jeffrey Navarro", "Irene Mcbride", "Sandra Kaufman", "Eduardo Mensah",
            "Beatriz Figueroa", "Charles Holloway", "Priya Delgado", "Linda Harmon", "Oscar Lindqvist", "Maria Santos",
            "Peter Olsen", "Ruth Abernathy", "Samuel Okafor", "Teresa Aldridge", "Walter Brennan", "Helen Kirkland"};
    private static final String[] TOPICS = {"budget", "border funding", "clinic closures", "the voting rights bill",
            "the zoning overhaul", "the drilling permits", "the stimulus package", "the audit", "the asylum rules"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Sites.Run site;

    @BeforeAll
    static void buildAnArchiveThatSplits() throws IOException {
        System.setProperty("dossier.pageItems", Integer.toString(LIMIT));
        site = Sites.build(archive(dir.resolve("seeds"), 400), dir.resolve("site"));
        assertEquals(0, site.exit(), site.stderr());
    }

    @AfterAll
    static void restoreTheLimit() {
        System.clearProperty("dossier.pageItems");
    }

    @Test
    void noPageIsLargerThanTheLimitAllows() throws IOException {
        for (Path html : Sites.files(site.out(), ".html")) {
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            int listed = page.select("main .article-list > li, main .people-list > li, main table.report tbody tr").size();
            assertTrue(listed <= LIMIT, site.out().relativize(html) + " lists " + listed);
            assertTrue(Files.size(html) <= 40_000, site.out().relativize(html) + " is " + Files.size(html) + " bytes");
        }
    }

    @Test
    void everyArticleIsReachableFromHomeThroughTimelinePagesWithoutPassingAnArticle() throws IOException {
        Set<String> reached = crawl("index.html", p -> p.equals("index.html") || p.startsWith("timeline/"), p -> p.startsWith("articles/"));
        Set<String> all = new TreeSet<>();
        for (JsonNode a : JSON.readTree(site.out().resolve("data/articles.json").toFile())) all.add(a.get("url").asText());
        assertEquals(400, all.size());
        assertEquals(all, reached);
        assertTrue(Files.isRegularFile(site.out().resolve("timeline/2020-05.html")), "a busy month of a busy year has its own page");
        assertTrue(Files.isRegularFile(site.out().resolve("timeline/undated.html")), "the undated articles have their own page");
    }

    @Test
    void everyPersonIsReachableFromThePeopleIndexThroughLetterPages() throws IOException {
        Set<String> reached = crawl("people/index.html", p -> p.equals("people/index.html") || p.startsWith("people/index/"),
                p -> p.startsWith("people/") && !p.startsWith("people/index"));
        Set<String> all = new TreeSet<>();
        try (var files = Files.list(site.out().resolve("people"))) {
            files.map(f -> "people/" + f.getFileName()).filter(p -> p.endsWith(".html") && !p.equals("people/index.html")).forEach(all::add);
        }
        assertTrue(all.size() > LIMIT / 2, "people: " + all.size());
        assertEquals(all, reached);
        assertTrue(site.page("people/index.html").select("main .people-list > li").isEmpty(), "everyone is on the letter pages");
    }

    @Test
    void aBusyPersonGetsPagesPerYearWhileAPersonWithThreeArticlesKeepsOnePage() throws IOException {
        Set<String> reached = crawl("people/carmen-merritt.html",
                p -> p.equals("people/carmen-merritt.html") || p.startsWith("people/carmen-merritt/"), p -> p.startsWith("articles/"));
        Set<String> mentioning = new TreeSet<>();
        for (JsonNode a : JSON.readTree(site.out().resolve("data/articles.json").toFile())) {
            for (JsonNode n : a.get("people")) if (n.asText().equals("Carmen Merritt")) mentioning.add(a.get("url").asText());
        }
        assertTrue(mentioning.size() > 2 * LIMIT, "Carmen Merritt: " + mentioning.size());
        assertEquals(mentioning, reached);
        assertTrue(site.page("people/carmen-merritt.html").select("main .article-list > li").size() <= LIMIT);

        // Three articles: listed on the person's own page, by year, with no pages of their own.
        Document few = site.page("people/helen-kirkland.html");
        assertEquals(3, few.select("main .article-list a").size());
        assertFalse(Files.exists(site.out().resolve("people/helen-kirkland")));
    }

    @Test
    void theReportPagesThroughItsRowsAndKeepsItsTotals() throws IOException {
        Set<String> reached = crawl("report.html", p -> p.equals("report.html") || p.startsWith("report/"), p -> p.startsWith("articles/"));
        assertEquals(400, reached.size());
        assertTrue(site.page("report.html").select("main table.report tbody tr").isEmpty(), "the rows are on pages of their own");
        assertTrue(site.page("report.html").selectFirst("main .lede").text().contains("400 files became 400 articles"));
        assertEquals(400, JSON.readTree(site.out().resolve("data/report.json").toFile()).get("articles").asInt());
    }

    /**
     * Adding one article changes its own pages, its neighbours', its people's and the bounded pages about the whole
     * archive: as many, and as small, at 800 articles as at 240 (where the busy month is already cut into pages: a
     * group growing past the limit is split once, which changes all its pages).
     */
    @Test
    void addingAnArticleChangesAFewSmallPagesWhateverTheArchiveSize() throws IOException {
        long[] small = changedByAnAddition(240);
        long[] large = changedByAnAddition(800);
        // 3 articles, 3 timeline pages and their neighbours, 2 people's pages and theirs, 2 letters, 2 report pages, home
        assertTrue(small[0] <= 30 && large[0] <= 30, "files changed: " + small[0] + " at 240, " + large[0] + " at 800");
        assertTrue(large[1] <= 1.5 * small[1] + 20_000, "bytes changed: " + small[1] + " at 240, " + large[1] + " at 800");
    }

    /**
     * The pages that list others (months, years, a person's years, letters, report pages, and the pages about the whole
     * archive) declare what they list: adding, editing and deleting an article keys about as many pages at 800
     * articles, cut into hundreds of such pages, as at 240 (at most the one more level of pages that a year or a
     * person's year cut into pages adds), and each result is a clean build's, byte for byte.
     */
    @Test
    void addingEditingAndDeletingAnArticleKeysAsManyListingPagesAt800ArticlesAsAt240() throws IOException {
        List<Integer> small = keyedPerChange(240, false);
        List<Integer> large = keyedPerChange(800, true);
        for (int i = 0; i < 3; i++) assertTrue(large.get(i) <= small.get(i) + 3, "pages keyed: " + small + " at 240, " + large + " at 800");
        // the article and its neighbours, its people's pages and year pages, their letters, its month, year and report
        // pages, and the home page, timeline, people index and report
        assertTrue(large.stream().allMatch(n -> n <= 24), large.toString());
    }

    /**
     * The article that takes the timeline past the limit cuts it into pages per year, and the one deleted brings it back
     * onto its overview: every person's chart links its years and months where they now are, as in a clean build.
     */
    @Test
    void anArticleThatCutsTheTimelineIntoYearsRelinksEveryPersonsChartAsACleanBuildDoes() throws IOException {
        Path at = dir.resolve("cut");
        Path seeds = archive(at.resolve("seeds"), LIMIT);
        Path out = at.resolve("site");
        assertEquals(0, Sites.build(seeds, out).exit());
        assertTrue(Files.notExists(out.resolve("timeline/2019.html")));
        Path added = seeds.resolve("999999_added.txt");
        Files.writeString(added, article(new Random(-1), " date 2019-05-14 ", "Carmen Merritt", "Nicole Briggs"), StandardCharsets.UTF_8);
        keyed(seeds, out, at.resolve("clean-add"));
        assertTrue(Files.exists(out.resolve("timeline/2019.html")));
        Files.delete(added);
        keyed(seeds, out, at.resolve("clean-delete"));
    }

    /** Pages keyed by the add, edit and delete of one article in an archive of {@code n}, each compared with a clean build. */
    private static List<Integer> keyedPerChange(int n, boolean compare) throws IOException {
        Path at = dir.resolve("keyed-" + n);
        Path seeds = archive(at.resolve("seeds"), n);
        Path out = at.resolve("site");
        assertEquals(0, Sites.build(seeds, out).exit());
        Path added = seeds.resolve("999999_added.txt");
        // Not among the feed's latest articles at 240, nor one that takes a month or person's year past the limit.
        String text = article(new Random(-1), " date 2019-05-14 ", "Carmen Merritt", "Nicole Briggs");
        List<Integer> keyed = new ArrayList<>();
        Files.writeString(added, text, StandardCharsets.UTF_8);
        keyed.add(keyed(seeds, out, compare ? at.resolve("clean-add") : null));
        Files.writeString(added, text.replace("Dispute Over", "Quarrel Over"), StandardCharsets.UTF_8);
        keyed.add(keyed(seeds, out, compare ? at.resolve("clean-edit") : null));
        Files.delete(added);
        keyed.add(keyed(seeds, out, compare ? at.resolve("clean-delete") : null));
        return keyed;
    }

    /** Builds the site again and says how many pages were keyed; when {@code clean} is given, a clean build there must equal it. */
    private static int keyed(Path seeds, Path out, Path clean) throws IOException {
        Sites.Run run = Sites.build(seeds, out, "--verbose");
        assertEquals(0, run.exit(), run.stderr());
        if (clean != null) {
            assertEquals(0, Sites.build(seeds, clean, "--clean").exit());
            IntegrityTest.assertSameTree(clean, out);
        }
        Matcher m = Pattern.compile("(\\d+) pages keyed").matcher(run.stderr());
        assertTrue(m.find(), run.stderr());
        return Integer.parseInt(m.group(1));
    }

    /** The number of HTML files an added article changes (made, removed or rewritten), and their bytes. */
    private static long[] changedByAnAddition(int articles) throws IOException {
        Path seeds = archive(dir.resolve("add-" + articles + "/seeds"), articles);
        Path out = dir.resolve("add-" + articles + "/site");
        assertEquals(0, Sites.build(seeds, out).exit());
        Map<String, byte[]> before = html(out);
        Files.writeString(seeds.resolve("999999_added.txt"), article(new Random(-1), " date 2020-05-14 ", "Carmen Merritt",
                "Nicole Briggs"), StandardCharsets.UTF_8);
        assertEquals(0, Sites.build(seeds, out).exit());
        Map<String, byte[]> after = html(out);
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        long files = 0, bytes = 0;
        for (String p : paths) {
            byte[] a = before.get(p), b = after.get(p);
            if (a != null && b != null && java.util.Arrays.equals(a, b)) continue;
            files++;
            bytes += b == null ? a.length : b.length;
        }
        return new long[] {files, bytes};
    }

    private static Map<String, byte[]> html(Path root) throws IOException {
        Map<String, byte[]> pages = new HashMap<>();
        for (Path p : Sites.files(root, ".html")) pages.put(root.relativize(p).toString(), Files.readAllBytes(p));
        return pages;
    }

    /**
     * The pages matching {@code wanted} linked from {@code start}, following links only through pages matching
     * {@code through}.
     */
    private static Set<String> crawl(String start, Predicate<String> through, Predicate<String> wanted) throws IOException {
        Set<String> seen = new HashSet<>(List.of(start));
        Set<String> found = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String page = queue.pop();
            Path file = site.out().resolve(page);
            for (Element a : Jsoup.parse(file.toFile(), "UTF-8").select("a[href]")) {
                String href = a.attr("href").replaceAll("#.*", "");
                if (href.isEmpty() || href.contains(":")) continue;
                Path target = file.getParent().resolve(URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
                String path = site.out().relativize(target).toString();
                if (wanted.test(path)) found.add(path);
                if (through.test(path) && seen.add(path)) queue.add(path);
            }
        }
        return found;
    }

    /**
     * {@code n} plain-text articles over 2015 to 2020, a fifth of them in May 2020 and a tenth undated; Carmen Merritt
     * in half of them, Helen Kirkland in three.
     */
    static Path archive(Path seeds, int n) throws IOException {
        Files.createDirectories(seeds);
        for (int i = 0; i < n; i++) {
            Random r = new Random(i);
            String header = i % 10 == 9 ? "" : i % 5 == 0 ? String.format(Locale.ROOT, " date 2020-05-%02d ", 1 + r.nextInt(28))
                    : String.format(Locale.ROOT, " date %d-%02d-%02d ", 2015 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String first = i % 2 == 0 ? "Carmen Merritt" : PEOPLE[1 + r.nextInt(PEOPLE.length - 2)];
            String second = i < 3 * 7 && i % 7 == 1 ? "Helen Kirkland" : PEOPLE[1 + r.nextInt(PEOPLE.length - 2)];
            Files.writeString(seeds.resolve(String.format(Locale.ROOT, "%06d_story.txt", i)), article(r, header, first, second),
                    StandardCharsets.UTF_8);
        }
        return seeds;
    }

    static String article(Random r, String header, String first, String second) {
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String last = first.substring(first.indexOf(' ') + 1);
        return header + "Dispute Over " + Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + " Deepens (story "
                + r.nextInt(1_000_000) + ")\n\n"
                + "Governor " + first + " criticised " + topic + " on " + (r.nextBoolean() ? "Monday" : "Friday") + ", saying that "
                + second + " had misled the state legislature about its cost. " + last + " said the plan was dead on arrival.\n\n"
                + "Senator " + second + " defended " + topic + " in a statement, insisting that " + (10 + r.nextInt(80))
                + " percent of voters supported it, according to a poll published by the Herald.\n\n"
                + "Observers said the dispute over " + topic + " was likely to continue until the next session of the legislature, "
                + "where " + last + " has promised to bring the matter to a vote before the summer.\n\n"
                + SeedTexts.article(r.nextInt()).split("\n\n", 2)[1];
    }
}

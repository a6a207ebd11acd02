package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Dossier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds real sites with the real CLI, pipeline and JBake, for tests to inspect with Jsoup. */
final class Sites {
    static final Path SEEDS = Path.of("seeds");
    static final Path BAD = Path.of("src/test/resources/seeds-bad");

    /** The CLI's exit code and what it printed on stderr. */
    record Run(int exit, String stderr, Path out) {
        Document page(String path) {
            try {
                return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text(String path) {
            try {
                return Files.readString(out.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Sites() {}

    static Run build(Path seeds, Path out, String... extra) {
        return command("build", seeds, out, extra);
    }

    /** Runs a command of the CLI that takes --seeds and --out. */
    static Run command(String command, Path seeds, Path out, String... extra) {
        return run(out, Stream.concat(Stream.of(command, "--seeds", seeds.toString(), "--out", out.toString()), Stream.of(extra))
                .toArray(String[]::new));
    }

    /** {@code dossier verify site}. */
    static Run verify(Path site) {
        return run(site, "verify", site.toString());
    }

    private static synchronized Run run(Path out, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Dossier.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8), out);
        } finally {
            System.setErr(old);
        }
    }

    /** A seeds folder made of copies of the given folders' files. */
    static Path seedsFrom(Path dir, Path... sources) throws IOException {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        for (Path src : sources) {
            try (Stream<Path> s = Files.list(src)) {
                for (Path f : s.toList()) Files.copy(f, seeds.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return seeds;
    }

    /**
     * A site built, with exit 0, into {@code dir/site} from copies of the development set's seeds whose file names match
     * {@code names} (in {@code dir/seeds}).
     */
    static Run devSite(Path dir, String names) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/devset/seeds"))) {
            for (Path f : s.filter(f -> f.getFileName().toString().matches(names)).toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        Run run = build(seeds, dir.resolve("site"));
        assertEquals(0, run.exit(), run.stderr());
        return run;
    }

    /** {@link #devSite(Path, String)} of the development set's seeds of these very names. */
    static Run devSite(Path dir, List<String> names) throws IOException {
        return devSite(dir, names.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /**
     * A dev site of the seeds whose names match, as the people tests read it: the names on its person pages, and each
     * article by its seed's file name.
     */
    record PeopleSite(Run run, Set<String> names, Map<String, JsonNode> articles) {
        static PeopleSite of(Path dir, String seeds) throws IOException {
            Run run = devSite(dir, seeds);
            return new PeopleSite(run, new TreeSet<>(personPages(run).values()), articlesBySeed(dir.resolve("site")));
        }

        Document article(String seed) {
            return run.page(articles.get(seed).get("url").asText());
        }

        /** The people the seed's article page links, sorted. */
        List<String> linked(String seed) {
            return article(seed).select("a.person").eachText().stream().sorted().toList();
        }
    }

    /** A dev site of the seeds whose names match, with each seed's row of data/report.json, by its source. */
    record ReportSite(Run run, Map<String, JsonNode> files) {
        static ReportSite of(Path dir, String seeds) throws IOException {
            Run run = devSite(dir, seeds);
            return new ReportSite(run, reportFilesBySource(dir.resolve("site")));
        }

        Document article(String seed) {
            return run.page(files.get(seed).get("url").asText());
        }

        /** The paragraphs of the seed's article text, as a reader sees them. */
        List<String> paragraphs(String seed) {
            return article(seed).select("[data-article-text] p").stream().map(Element::text).toList();
        }
    }

    /** The built site's articles, as data/articles.json lists them, by their seed's file name. */
    static Map<String, JsonNode> articlesBySeed(Path site) throws IOException {
        Map<String, JsonNode> articles = new HashMap<>();
        new ObjectMapper().readTree(site.resolve("data/articles.json").toFile())
                .forEach(a -> articles.put(a.get("source").asText().replaceFirst("^.*/", ""), a));
        return articles;
    }

    /** Each person page's heading, by the page's path under people/, for every person the people index links. */
    static Map<String, String> personPages(Run site) {
        Map<String, String> pages = new TreeMap<>();
        for (Element a : site.page("people/index.html").select("main li > a[href$=.html]")) {
            String page = a.attr("href").replaceFirst("^\\.\\./people/", "");
            pages.put(page, site.page("people/" + page).selectFirst("h1").text());
        }
        return pages;
    }

    /** Every seed file's row of data/report.json (its outcome, removals, reason), by its source as reported. */
    static Map<String, JsonNode> reportFilesBySource(Path site) throws IOException {
        Map<String, JsonNode> files = new TreeMap<>();
        reportFiles(site).forEach(f -> files.put(f.get("source").asText(), f));
        return files;
    }

    /** Every seed file's row of the report, in its order, from the parts that data/report.json lists. */
    static List<JsonNode> reportFiles(Path site) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode part : json.readTree(site.resolve("data/report.json").toFile()).get("fileParts")) {
            json.readTree(site.resolve(part.asText()).toFile()).forEach(rows::add);
        }
        return rows;
    }

    /** The lines report.json says cleaning removed from a seed file's row as the given kind, in its order. */
    static List<String> removedText(JsonNode file, String kind) {
        List<String> lines = new ArrayList<>();
        file.path("removedText").path(kind).forEach(l -> lines.add(l.asText()));
        return lines;
    }

    /** An article's people, as data/articles.json lists them, sorted. */
    static List<String> people(JsonNode article) {
        List<String> names = new ArrayList<>();
        article.get("people").forEach(p -> names.add(p.asText()));
        return names.stream().sorted().toList();
    }

    /** The report's rejected seeds: source to reason. */
    static Map<String, String> rejected(JsonNode report) {
        Map<String, String> r = new TreeMap<>();
        report.get("rejected").forEach(x -> r.put(x.get("source").asText(), x.get("reason").asText()));
        return r;
    }

    /** Every internal link of every page that is root-absolute or does not resolve to a file of the site. */
    static List<String> brokenLinks(Path root) throws IOException {
        List<String> broken = new java.util.ArrayList<>();
        for (Path html : files(root, ".html")) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (org.jsoup.nodes.Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("http") || url.startsWith("mailto:") || url.startsWith("#")) continue;
                if (url.startsWith("/")) {
                    broken.add(root.relativize(html) + ": root-absolute " + url);
                    continue;
                }
                String path = java.net.URLDecoder.decode(url.replaceAll("[?#].*", "").replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                Path target = html.getParent().resolve(path).normalize();
                if (!target.startsWith(root) || !Files.isRegularFile(target)) broken.add(root.relativize(html) + ": " + url);
            }
        }
        return broken;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}

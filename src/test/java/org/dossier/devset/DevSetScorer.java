package org.dossier.devset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Scores a built Dossier site against hand-written gold (one JSON object per seed file, see
 * {@code src/test/resources/devset/SOURCES.md}). It reads only the site: {@code data/articles.json},
 * {@code data/report.json}, each article page and, for the security scan, every {@code .html}/{@code .htm} file.
 *
 * <pre>{@code
 * Score s = DevSetScorer.score(Path.of("target/site"), Path.of("devset/gold.jsonl"), Path.of("devset/aliases.json"));
 * System.out.println(s.table());
 * }</pre>
 *
 * <p>Not a test: {@code bench/score SITE [GOLD_DIR]} runs {@link #main}.
 */
public final class DevSetScorer {

  /** One difference between the gold and the site: which seed (or site file), which field, what was expected, what was found. */
  public record Mismatch(String file, String field, String expected, String got) {}

  /** Every number the scorer reports, and the differences behind them. */
  public record Score(
      int peopleTp, int peopleFp, int peopleFn, double peoplePrecision, double peopleRecall, double peopleF1,
      int datesRight, int datesTotal, double dateAccuracy,
      int titlesRight, int titlesTotal, double titleAccuracy,
      int keptFound, int keptTotal, double keptRate,
      int junkLeaks, int junkChecks,
      int securityFailures, int securityWarnings, int htmlFilesScanned,
      int rejectsRight, int rejectsTotal, int falseRejects,
      int duplicatesRight, int duplicatesTotal, int falseDuplicates,
      int articlesExpected, int articlesMissing, int goldProblems,
      List<Mismatch> mismatches) {

    /** A readable table: the numbers, then every mismatch. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%-11s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)%n", "people",
          peoplePrecision, peopleRecall, peopleF1, peopleTp, peopleFp, peopleFn));
      b.append(String.format(Locale.ROOT, "%-11s %.3f  (%d/%d)%n", "date", dateAccuracy, datesRight, datesTotal));
      b.append(String.format(Locale.ROOT, "%-11s %.3f  (%d/%d)%n", "title", titleAccuracy, titlesRight, titlesTotal));
      b.append(String.format(Locale.ROOT, "%-11s %.3f  (%d/%d)%n", "kept text", keptRate, keptFound, keptTotal));
      b.append(String.format(Locale.ROOT, "%-11s %d leaked  (of %d checks)%n", "junk", junkLeaks, junkChecks));
      b.append(String.format(Locale.ROOT, "%-11s %d failures, %d warnings  (%d html files)%n", "security",
          securityFailures, securityWarnings, htmlFilesScanned));
      b.append(String.format(Locale.ROOT, "%-11s %d/%d right, %d false%n", "rejects", rejectsRight, rejectsTotal, falseRejects));
      b.append(String.format(Locale.ROOT, "%-11s %d/%d right, %d false%n", "duplicates", duplicatesRight, duplicatesTotal,
          falseDuplicates));
      b.append(String.format(Locale.ROOT, "%-11s %d expected, %d missing%n", "articles", articlesExpected, articlesMissing));
      b.append(String.format(Locale.ROOT, "%-11s %d strings not in their seeds (not scored: a fault of the gold)%n", "gold",
          goldProblems));
      b.append(String.format(Locale.ROOT, "%nmismatches (%d):%n", mismatches.size()));
      for (Mismatch m : mismatches) {
        b.append(String.format(Locale.ROOT, "  %s | %s | expected: %s | got: %s%n", m.file(), m.field(), m.expected(), m.got()));
      }
      return b.toString();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TITLE = 140;

  private DevSetScorer() {}

  /** Scores the site at {@code site} against {@code goldJsonl}, applying {@code aliasesJson} to gold and predicted names. */
  public static Score score(Path site, Path goldJsonl, Path aliasesJson) throws IOException {
    List<JsonNode> gold = readGold(goldJsonl);
    Map<String, String> aliases = readAliases(aliasesJson);
    List<Mismatch> mm = new ArrayList<>();

    Map<String, JsonNode> articles = new LinkedHashMap<>();
    Path articlesJson = site.resolve("data/articles.json");
    if (Files.isRegularFile(articlesJson)) {
      for (JsonNode a : JSON.readTree(articlesJson.toFile())) {
        String src = fileKey(a.path("source").asText(""));
        if (articles.put(src, a) != null) mm.add(new Mismatch(src, "published", "once", "more than once in articles.json"));
      }
    } else {
      mm.add(new Mismatch("(site)", "data/articles.json", "present", "missing"));
    }
    Map<String, String> rejected = new HashMap<>();
    Map<String, String> duplicates = new HashMap<>();
    Path reportJson = site.resolve("data/report.json");
    if (Files.isRegularFile(reportJson)) {
      JsonNode report = JSON.readTree(reportJson.toFile());
      for (JsonNode r : report.path("rejected")) rejected.put(fileKey(r.path("source").asText("")), r.path("reason").asText(""));
      // A captured page that holds no article is skipped, with its reason, by the judgement that rejects a seed.
      for (JsonNode r : report.path("skipped")) rejected.put(fileKey(r.path("source").asText("")), r.path("reason").asText(""));
      for (JsonNode d : report.path("duplicates")) {
        duplicates.put(fileKey(d.path("source").asText("")), fileKey(d.path("duplicateOf").asText("")));
      }
    } else {
      mm.add(new Mismatch("(site)", "data/report.json", "present", "missing"));
    }

    int tp = 0, fp = 0, fn = 0, datesRight = 0, titlesRight = 0, keptFound = 0, keptTotal = 0, leaks = 0, junkChecks = 0;
    int rejRight = 0, rejTotal = 0, falseRej = 0, dupRight = 0, dupTotal = 0, falseDup = 0, expected = 0, missing = 0;
    Set<String> goldFiles = new LinkedHashSet<>();

    for (JsonNode g : gold) {
      String file = fileKey(g.path("file").asText());
      goldFiles.add(file);
      String status = g.path("status").asText("article");
      boolean published = articles.containsKey(file);
      switch (status) {
        case "rejected" -> {
          rejTotal++;
          String reason = rejected.get(file);
          if (reason != null && !reason.isBlank() && !published) {
            rejRight++;
            String kind = g.path("reason").asText("");
            if (!kind.isEmpty() && !reason.toLowerCase(Locale.ROOT).contains(kind.toLowerCase(Locale.ROOT))) {
              mm.add(new Mismatch(file, "reason (not scored)", kind, reason));
            }
          } else {
            mm.add(new Mismatch(file, "status", "rejected with a reason, not published", describe(file, published, rejected, duplicates)));
          }
          continue;
        }
        case "duplicate" -> {
          dupTotal++;
          String of = fileKey(g.path("duplicateOf").asText(""));
          if (of.equals(duplicates.get(file)) && !published) {
            dupRight++;
          } else {
            mm.add(new Mismatch(file, "status", "duplicate of " + of + ", not published", describe(file, published, rejected, duplicates)));
          }
          continue;
        }
        default -> { }
      }

      expected++;
      if (rejected.containsKey(file)) falseRej++;
      if (duplicates.containsKey(file)) falseDup++;
      Map<String, String> goldPeople = canonical(g.path("people"), aliases);
      List<String> kept = strings(g.path("kept"));
      List<String> junk = strings(g.path("junk"));
      JsonNode a = articles.get(file);
      if (a == null) {
        missing++;
        fn += goldPeople.size();
        keptTotal += kept.size();
        mm.add(new Mismatch(file, "status", "article", describe(file, false, rejected, duplicates)));
        continue;
      }

      // title
      String gotTitle = a.path("title").isTextual() ? a.path("title").asText() : null;
      if (g.path("title").isTextual()) {
        String want = g.path("title").asText();
        if (gotTitle != null && space(nfc(gotTitle)).equals(space(nfc(want)))) titlesRight++;
        else mm.add(new Mismatch(file, "title", want, String.valueOf(gotTitle)));
      } else {
        String why = derivedTitleProblem(gotTitle, strings(g.path("titleMustContain")));
        if (why == null) titlesRight++;
        else mm.add(new Mismatch(file, "title", "derived title: " + why, String.valueOf(gotTitle)));
      }

      // date
      String wantDate = g.path("date").isTextual() ? g.path("date").asText() : null;
      String gotDate = a.path("date").isTextual() ? a.path("date").asText() : null;
      if (String.valueOf(wantDate).equals(String.valueOf(gotDate))) datesRight++;
      else mm.add(new Mismatch(file, "date", String.valueOf(wantDate), gotDate + " (" + a.path("dateSource").asText("null") + ")"));

      // people, micro-averaged over all gold articles
      Map<String, String> gotPeople = canonical(a.path("people"), aliases);
      Set<String> lost = new TreeSet<>(), extra = new TreeSet<>();
      for (var p : goldPeople.entrySet()) {
        if (gotPeople.containsKey(p.getKey())) tp++; else { fn++; lost.add(p.getValue()); }
      }
      for (var p : gotPeople.entrySet()) {
        if (!goldPeople.containsKey(p.getKey())) { fp++; extra.add(p.getValue()); }
      }
      if (!lost.isEmpty()) mm.add(new Mismatch(file, "people missed", String.join("; ", lost), "-"));
      if (!extra.isEmpty()) mm.add(new Mismatch(file, "people extra", "-", String.join("; ", extra)));

      // page text
      keptTotal += kept.size();
      junkChecks += junk.size();
      String url = a.path("url").asText("");
      Path page = page(site, url);
      if (page == null) {
        mm.add(new Mismatch(file, "page", "a file at " + url, "missing"));
        continue;
      }
      String text = norm(articleText(Jsoup.parse(page.toFile(), "UTF-8")));
      for (String k : kept) {
        if (text.contains(norm(k))) keptFound++;
        else mm.add(new Mismatch(file, "kept", k, "not on " + url));
      }
      for (String j : junk) {
        if (text.contains(norm(j))) {
          leaks++;
          mm.add(new Mismatch(file, "junk", "absent: " + j, "present on " + url));
        }
      }
    }

    for (String src : articles.keySet()) {
      if (!goldFiles.contains(src)) mm.add(new Mismatch(src, "gold (not scored)", "an entry", "published, but not in the gold"));
    }

    int[] sec = security(site, mm);
    int goldProblems = checkGold(goldJsonl.toAbsolutePath().getParent().resolve("seeds"), gold, mm);
    double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(tp, fp, fn, p, r, f1,
        datesRight, expected, rate(datesRight, expected),
        titlesRight, expected, rate(titlesRight, expected),
        keptFound, keptTotal, rate(keptFound, keptTotal),
        leaks, junkChecks,
        sec[0], sec[1], sec[2],
        rejRight, rejTotal, falseRej,
        dupRight, dupTotal, falseDup,
        expected, missing, goldProblems, List.copyOf(mm));
  }

  /** {@code SITE GOLD.jsonl ALIASES.json}, or {@code SITE GOLD_DIR}: prints the table. */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && Files.isDirectory(Path.of(args[1]))) {
      args = new String[] {args[0], Path.of(args[1], "gold.jsonl").toString(), Path.of(args[1], "aliases.json").toString()};
    }
    if (args.length != 3) {
      System.err.println("usage: DevSetScorer SITE GOLD.jsonl ALIASES.json   (or: DevSetScorer SITE GOLD_DIR)");
      System.exit(2);
    }
    Path site = Path.of(args[0]);
    if (!Files.isDirectory(site)) {
      System.err.println("DevSetScorer: no site at " + site);
      System.exit(2);
    }
    System.out.println("site: " + site.toAbsolutePath().normalize() + "   gold: " + Path.of(args[1]).toAbsolutePath().normalize());
    System.out.print(score(site, Path.of(args[1]), Path.of(args[2])).table());
  }

  // ---- the article page

  /** The visible article text: {@code [data-article-text]}, else {@code article}, else {@code main}, else the body. */
  static String articleText(Document doc) {
    for (String css : new String[] {"[data-article-text]", "article", "main"}) {
      Element e = doc.selectFirst(css);
      if (e != null) return e.text();
    }
    return doc.body() == null ? "" : doc.body().text();
  }

  private static Path page(Path site, String url) {
    if (url.isBlank()) return null;
    String u = url.replaceAll("[?#].*$", "");
    for (String candidate : new String[] {u, URLDecoder.decode(u.replace("+", "%2B"), StandardCharsets.UTF_8)}) {
      try {
        Path p = site.resolve(candidate).normalize();
        if (p.startsWith(site.normalize()) && Files.isRegularFile(p)) return p;
      } catch (RuntimeException e) {
        // not a usable path; try the decoded form
      }
    }
    return null;
  }

  /** Null when {@code title} is a sensible derived title, otherwise what is wrong with it. */
  static String derivedTitleProblem(String title, List<String> mustContain) {
    if (title == null || title.isBlank()) return "non-empty";
    String t = norm(title);
    if (t.codePointCount(0, t.length()) > MAX_TITLE) return "at most " + MAX_TITLE + " characters";
    if (t.toLowerCase(Locale.ROOT).startsWith("date")) return "not starting with \"date\"";
    for (String w : mustContain) {
      if (!t.toLowerCase(Locale.ROOT).contains(norm(w).toLowerCase(Locale.ROOT))) return "containing \"" + w + "\"";
    }
    return null;
  }

  // ---- the gold itself

  /**
   * Counts the strings the gold quotes from a seed (kept, junk, title, titleMustContain) that the seed in {@code seeds}
   * beside the gold does not hold: a typo in hand-made gold would otherwise pass as a kept sentence "not found" or a junk
   * line "left out" and blame the code.
   */
  private static int checkGold(Path seeds, List<JsonNode> gold, List<Mismatch> mm) throws IOException {
    if (!Files.isDirectory(seeds)) return 0;
    int problems = 0;
    for (JsonNode g : gold) {
      if (!g.path("status").asText("article").equals("article")) continue;
      String file = g.path("file").asText();
      Path seed = seeds.resolve(file);
      if (!Files.isRegularFile(seed)) {
        problems++;
        mm.add(new Mismatch(file, "gold (not scored)", "a seed file in " + seeds, "missing"));
        continue;
      }
      String raw = seedText(seed);
      String[] texts = {norm(raw), norm(Parser.unescapeEntities(raw.replaceAll("<[^>]*>", " "), false))};
      List<String> quoted = new ArrayList<>(strings(g.path("kept")));
      quoted.addAll(strings(g.path("junk")));
      if (g.path("title").isTextual()) quoted.add(g.path("title").asText());
      quoted.addAll(strings(g.path("titleMustContain")));
      for (String q : quoted) {
        String want = norm(q).toLowerCase(Locale.ROOT);
        if (!texts[0].toLowerCase(Locale.ROOT).contains(want) && !texts[1].toLowerCase(Locale.ROOT).contains(want)) {
          problems++;
          mm.add(new Mismatch(file, "gold (not scored)", "in the seed: " + q, "not found"));
        }
      }
    }
    return problems;
  }

  /**
   * A seed's characters: UTF-16 when it starts with a BOM, else UTF-8 when it is valid UTF-8, else the charset a saved
   * page names in a meta tag (windows-1251, Shift_JIS, GB2312 pages), else windows-1252.
   */
  private static String seedText(Path seed) throws IOException {
    byte[] b = Files.readAllBytes(seed);
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return new String(b, metaCharset(b));
    }
  }

  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

  /**
   * The charset named by a meta tag in the first 1024 bytes, with the labels browsers read otherwise (Shift_JIS as
   * windows-31j, GB2312 as GBK, Latin-1 as windows-1252); windows-1252 when there is none or Java does not know it.
   */
  private static Charset metaCharset(byte[] b) {
    Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1));
    String label = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "windows-1252";
    label = switch (label) {
      case "shift_jis", "sjis", "x-sjis" -> "windows-31j";
      case "gb2312", "gb_2312-80" -> "GBK";
      case "iso-8859-1", "latin1", "us-ascii" -> "windows-1252";
      default -> label;
    };
    try {
      return Charset.forName(label);
    } catch (IllegalArgumentException e) {
      return Charset.forName("windows-1252");
    }
  }

  // ---- security

  /** Scans every .html/.htm file: {failures, warnings, files}. */
  private static int[] security(Path site, List<Mismatch> mm) throws IOException {
    int failures = 0, warnings = 0, files = 0;
    if (!Files.isDirectory(site)) return new int[] {0, 0, 0};
    List<Path> pages;
    try (Stream<Path> s = Files.walk(site)) {
      pages = s.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?$"))
          .sorted().toList();
    }
    for (Path f : pages) {
      files++;
      String rel = site.relativize(f).toString();
      Document doc;
      try {
        doc = Jsoup.parse(f.toFile(), "UTF-8");
      } catch (IOException e) {
        mm.add(new Mismatch(rel, "security", "readable html", e.getMessage()));
        continue;
      }
      for (Element e : doc.getAllElements()) {
        String tag = e.normalName();
        if (tag.equals("script") && !ownScript(e)) {
          failures++;
          mm.add(new Mismatch(rel, "security", "no foreign <script>", snippet(e.outerHtml())));
        }
        if (tag.equals("iframe") || tag.equals("frame") || tag.equals("object") || tag.equals("embed")) {
          warnings++;
          mm.add(new Mismatch(rel, "security warning (not scored)", "no <" + tag + ">", snippet(e.outerHtml())));
        }
        for (Attribute at : e.attributes()) {
          String name = at.getKey().toLowerCase(Locale.ROOT);
          String value = at.getValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
          if (name.startsWith("on")) {
            failures++;
            mm.add(new Mismatch(rel, "security", "no on* attribute", "<" + tag + " " + snippet(at.html()) + ">"));
          } else if (value.startsWith("javascript:") || value.startsWith("vbscript:")) {
            failures++;
            mm.add(new Mismatch(rel, "security", "no javascript: URL", "<" + tag + " " + snippet(at.html()) + ">"));
          } else if (value.startsWith("data:text/html") || name.equals("srcdoc")) {
            warnings++;
            mm.add(new Mismatch(rel, "security warning (not scored)", "no data:text/html or srcdoc", "<" + tag + " " + snippet(at.html()) + ">"));
          }
        }
      }
    }
    return new int[] {failures, warnings, files};
  }

  /** The site's own scripts: a relative src under js/ or search/, or inline JSON-LD. */
  static boolean ownScript(Element script) {
    String src = script.attr("src").trim();
    if (src.isEmpty()) return script.attr("type").trim().equalsIgnoreCase("application/ld+json");
    if (src.contains(":") || src.startsWith("//")) return false;
    String path = src.replaceAll("[?#].*$", "");
    while (path.startsWith("../") || path.startsWith("./") || path.startsWith("/")) {
      path = path.substring(path.indexOf('/') + 1);
    }
    return path.startsWith("js/") || path.startsWith("search/");
  }

  private static String snippet(String s) {
    String t = space(s);
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }

  // ---- gold and names

  private static List<JsonNode> readGold(Path goldJsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(goldJsonl, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) continue;
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new IOException(goldJsonl + ":" + n + ": not JSON: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Map<String, String> readAliases(Path aliasesJson) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (aliasesJson == null || !Files.isRegularFile(aliasesJson)) return out;
    for (Map.Entry<String, JsonNode> e : JSON.readTree(aliasesJson.toFile()).properties()) {
      out.put(nameKey(e.getKey()), space(nfc(e.getValue().asText())));
    }
    return out;
  }

  /** Names keyed for comparison (mapped through the aliases), each with the form to show. Entries: strings or objects with a "name". */
  private static Map<String, String> canonical(JsonNode names, Map<String, String> aliases) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode n : names) {
      String s = n.isTextual() ? n.asText() : n.path("name").asText("");
      if (s.isBlank()) continue;
      String key = nameKey(s);
      String canon = aliases.get(key);
      if (canon == null) out.putIfAbsent(key, space(nfc(s)));
      else out.putIfAbsent(nameKey(canon), canon);
    }
    return out;
  }

  /** A name for comparison: Unicode NFC, straight quotes, single spaces, lower case. */
  static String nameKey(String name) {
    return foldQuotes(space(nfc(name))).toLowerCase(Locale.ROOT);
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) out.add(n.asText());
    return out;
  }

  private static String fileKey(String source) {
    String s = nfc(capturedPath(source.trim()));
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return slash >= 0 ? s.substring(slash + 1) : s;
  }

  private static final Pattern CAPTURE = Pattern.compile("(?i)[^#]+\\.(?:warc|warc\\.gz|wacz)#(https?://[^ ]+)(.*)");

  /**
   * A page captured in a web archive ({@code crawl.warc.gz#http://host/news/story.html}) is matched by its URL's path,
   * percent-decoded, so that it meets the gold entry of the same page saved as a file ({@code story.html}).
   */
  private static String capturedPath(String source) {
    Matcher m = CAPTURE.matcher(source);
    if (!m.matches()) return source;
    try {
      return URLDecoder.decode(new URI(m.group(1)).getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8) + m.group(2);
    } catch (URISyntaxException e) {
      return source;
    }
  }

  private static String describe(String file, boolean published, Map<String, String> rejected, Map<String, String> duplicates) {
    List<String> got = new ArrayList<>();
    if (published) got.add("published");
    if (rejected.containsKey(file)) got.add("rejected (" + rejected.get(file) + ")");
    if (duplicates.containsKey(file)) got.add("duplicate of " + duplicates.get(file));
    return got.isEmpty() ? "absent from articles.json and report.json" : String.join(", ", got);
  }

  // ---- text normalisation (the same on both sides)

  /** NFKC, straight quotes, whitespace (incl. no-break spaces) collapsed to single spaces. */
  static String norm(String s) {
    return space(foldQuotes(Normalizer.normalize(s, Normalizer.Form.NFKC)));
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String space(String s) {
    return s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").trim();
  }

  private static String foldQuotes(String s) {
    return s.replaceAll("[\\u2018\\u2019\\u201a\\u201b\\u2032]", "'").replaceAll("[\\u201c\\u201d\\u201e\\u2033]", "\"");
  }

  private static double rate(int right, int total) {
    return total == 0 ? 1.0 : (double) right / total;
  }
}

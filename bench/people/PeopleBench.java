import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.clean.Block;
import org.dossier.clean.Languages;
import org.dossier.extract.PeopleFinder;
import org.dossier.report.Deadline;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores PeopleFinder against gold people lists: micro precision, recall and F1 over (article, name) pairs, and the
 * time find() takes per article (the best of five passes after a warm-up pass, wall clock and thread CPU time).
 *
 * <pre>  java -cp CLASSPATH PeopleBench.java SEEDS_DIR GOLD.jsonl [ALIASES.json] [ERRORS_FILE]</pre>
 *
 * GOLD.jsonl holds one object a line with "file" (a name in SEEDS_DIR) and "people" (GenCorpus's truth format). Raw
 * seeds are split crudely the way the cleaner does it: the " date ..." header and a "Published" line give the title,
 * captions, credit lines and "READ MORE:" lines are dropped, and "text — Name (@handle) Month D, YYYY" lines become
 * tweet texts without their signature. HTML seeds are skipped.
 */
public class PeopleBench {
    /** The bench measures the finder, not the build's per-seed budget. */
    private static final Deadline UNHURRIED = Deadline.after(Duration.ofHours(1), "bench");

    private static final Pattern HEADER = Pattern.compile("^ ?date \\d{4}-\\d{2}-\\d{2} (.*)$");
    private static final Pattern TWEET = Pattern.compile("^(.+)\\s[\u2014\u2013]\\s*[^\u2014\u2013]{1,100}?\\s*\\(@[A-Za-z0-9_]{1,15}\\)\\s*"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\s*$");
    private static final Pattern CREDIT = Pattern.compile("^[\\p{L} .'\u2019-]{1,60}/[\\p{L} .'\u2019-]{0,40}(Getty|AFP|WireImage|Images|Reuters|AP|Press)[\\p{L} .]*$");
    private static final Pattern GLUED_LINK = Pattern.compile("(?<=\\S)(?=https?://|pic\\.twitter\\.com)");
    private static final Pattern GLUED_TAG = Pattern.compile("(?<=[\\p{L}\\p{N}!?.,])#(?=\\p{L})");

    private static final int PASSES = 5;

    /** @param language the article's language as the extract stage tells it, from its paragraphs' stopwords */
    record Input(String file, String title, List<String> paragraphs, List<String> quotes, Optional<String> language, TreeSet<String> gold) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java PeopleBench.java SEEDS_DIR GOLD.jsonl [ALIASES.json] [ERRORS_FILE]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Path dir = Path.of(args[0]);
        Map<String, String> aliases = new TreeMap<>();
        if (args.length > 2 && !args[2].isEmpty() && Files.exists(Path.of(args[2]))) {
            json.readTree(Path.of(args[2]).toFile()).properties().forEach(e -> aliases.put(e.getKey(), e.getValue().asText()));
        }
        List<Input> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String file = n.get("file").asText();
            if (file.endsWith(".html") || file.endsWith(".htm") || n.has("status") && !n.get("status").asText().equals("article")) continue;
            TreeSet<String> gold = new TreeSet<>();
            n.get("people").forEach(p -> gold.add(p.asText()));
            inputs.add(split(file, decode(Files.readAllBytes(dir.resolve(file))), gold));
        }

        long t0 = System.nanoTime();
        PeopleFinder finder = new PeopleFinder(aliases);
        long load = System.nanoTime() - t0;
        for (Input in : inputs) finder.find(in.title(), in.paragraphs(), in.quotes(), in.language(), UNHURRIED);   // warm-up
        // best of PASSES: the machine is shared, so the fastest pass is the one least disturbed; CPU time as a check
        List<List<String>> found = new ArrayList<>(inputs.size());
        long bestWall = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < PASSES; pass++) {
            found.clear();
            long c1 = threads.getCurrentThreadCpuTime(), t1 = System.nanoTime();
            for (Input in : inputs) found.add(finder.find(in.title(), in.paragraphs(), in.quotes(), in.language(), UNHURRIED));
            bestWall = Math.min(bestWall, System.nanoTime() - t1);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c1);
        }

        int tp = 0, fp = 0, fn = 0;
        Map<String, Integer> fps = new HashMap<>(), fns = new HashMap<>();
        PrintWriter errors = args.length > 3 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) : null;
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            TreeSet<String> got = new TreeSet<>(found.get(i));
            for (String g : got) {
                if (in.gold().contains(g)) tp++;
                else {
                    fp++;
                    fps.merge(g, 1, Integer::sum);
                    if (errors != null) errors.println(in.file() + "\tFP\t" + g);
                }
            }
            for (String g : in.gold()) {
                if (!got.contains(g)) {
                    fn++;
                    fns.merge(g, 1, Integer::sum);
                    if (errors != null) errors.println(in.file() + "\tFN\t" + g);
                }
            }
        }
        if (errors != null) errors.close();
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp), r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%s: %d articles, gold %d, found %d: P %.4f  R %.4f  F1 %.4f  (tp %d fp %d fn %d); %.3f ms/article (CPU %.3f), best of %d; load %.0f ms%n",
                dir.normalize(), inputs.size(), tp + fn, tp + fp, p, r, f1, tp, fp, fn, bestWall / 1e6 / inputs.size(), bestCpu / 1e6 / inputs.size(),
                PASSES, load / 1e6);
        top("FP", fps);
        top("FN", fns);
    }

    private static void top(String what, Map<String, Integer> counts) {
        if (counts.isEmpty()) return;
        StringBuilder sb = new StringBuilder("  top " + what + ":");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> sb.append(' ').append(e.getKey()).append(" (").append(e.getValue()).append(')'));
        System.out.println(sb);
    }

    /** UTF-8 (without a BOM), else windows-1252, as the seed reader decodes. */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    static Input split(String file, String raw, TreeSet<String> gold) {
        String[] lines = raw.replace("\r\n", "\n").split("\n");
        String title = null;
        int from = 0;
        Matcher h = HEADER.matcher(lines.length > 0 ? lines[0] : "");
        if (h.matches()) {
            title = h.group(1).strip();
            from = 1;
        } else if (lines.length > 1 && lines[1].startsWith("Published")) {
            title = lines[0].strip();
            from = 2;
        }
        List<String> paragraphs = new ArrayList<>(), quotes = new ArrayList<>();
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("READ MORE:") || line.startsWith("Published") || line.endsWith(")") && line.contains("(Photo by")
                    || CREDIT.matcher(line).matches()) continue;
            Matcher t = TWEET.matcher(line);
            if (t.matches()) quotes.add(unglue(t.group(1).strip()));
            else paragraphs.add(line);
        }
        Optional<String> language = Languages.of(paragraphs.stream().<Block>map(p -> new Block.Paragraph(p, p)).toList());
        return new Input(file, title, paragraphs, quotes, language, gold);
    }

    static String unglue(String text) {
        return GLUED_TAG.matcher(GLUED_LINK.matcher(text).replaceAll(" ")).replaceAll(" #");
    }
}

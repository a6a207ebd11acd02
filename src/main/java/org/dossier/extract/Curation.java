package org.dossier.extract;

import org.dossier.ingest.WebArchive;
import org.dossier.report.Problem;
import org.dossier.report.Stage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What curators wrote by hand under {@code content/}, which every regeneration applies again:
 * <ul>
 *   <li>{@code content/corrections/<seed path>.properties}, the seed's path in the seeds folder with its folders
 *       ({@code content/corrections/2020/story.txt.properties} for {@code seeds/2020/story.txt}), or a page captured in a
 *       web archive's source ({@code content/corrections/crawl.warc.gz#https://example.org/news/story.html.properties},
 *       where the file system keeps {@code //} as one folder separator): {@code title}, {@code date} (YYYY, YYYY-MM, YYYY-MM-DD or
 *       {@code none}), {@code people} (replaces the list), {@code people.add}, {@code people.remove} (names separated by ";"),
 *       {@code exclude} (a reason: the seed is listed as rejected with it);</li>
 *   <li>{@code content/people/<slug>.md}: a header of {@code name:} and {@code aliases:} lines, a blank line, then a short bio.</li>
 * </ul>
 * A malformed entry is a {@link Problem}, reported, and the rest still applies; so is one that names no seed or
 * person of the archive ({@link #unused}).
 */
public record Curation(Map<String, Correction> corrections, List<Profile> profiles, List<Problem> problems) {
    private static final Set<String> KEYS = Set.of("title", "date", "people", "people.add", "people.remove", "exclude");
    private static final Pattern CAPTURED = Pattern.compile("(.+?)#(https?:)/([^/].*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** @param date empty: no correction; present and empty inside: the curator says "no date" */
    public record Correction(Optional<String> title, Optional<Optional<PartialDate>> date, Optional<List<String>> people,
                             List<String> add, List<String> remove, Optional<String> exclude) {}

    /** @param slug the file's base name, also the person page's name */
    public record Profile(String slug, String name, List<String> aliases, String bio) {}

    public static Curation empty() {
        return new Curation(Map.of(), List.of(), List.of());
    }

    /** Alias to canonical name, for the people finder: every alias and the profile name itself. */
    public Map<String, String> aliases() {
        Map<String, String> map = new TreeMap<>();
        for (Profile p : profiles) p.aliases().forEach(a -> map.put(a, p.name()));
        return map;
    }

    public static Curation load(Path content) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Correction> corrections = new TreeMap<>();
        Path dir = content.resolve("corrections");
        if (Files.isDirectory(dir)) {
            String separator = dir.getFileSystem().getSeparator();
            for (Path f : sorted(dir, ".properties", Integer.MAX_VALUE)) {
                String name = dir.relativize(f).toString().replace(separator, "/");
                String source = capturedUrl(name.substring(0, name.length() - ".properties".length()));
                corrections.put(source, correction(f, "content/corrections/" + name, problems));
            }
        }
        List<Profile> profiles = new ArrayList<>();
        Path people = content.resolve("people");
        if (Files.isDirectory(people)) {
            for (Path f : sorted(people, ".md", 1)) profile(f, problems).ifPresent(profiles::add);
        }
        return new Curation(corrections, profiles, problems);
    }

    /**
     * A correction naming no seed of the archive, and a profile of no one its articles mention: applied to nothing, and
     * most likely misnamed, so each is reported with its file.
     *
     * @param sources every seed's path in the seeds folder, whatever became of it
     * @param people  the canonical name of everyone the articles mention
     */
    public List<Problem> unused(Set<String> sources, Set<String> people) {
        // Made only for a correction that names no seed, to hint at the seed it may mean: most builds have none.
        Map<String, List<String>> byFileName = new HashMap<>();
        List<Problem> out = new ArrayList<>();
        for (String source : corrections.keySet()) {
            if (sources.contains(source)) continue;
            if (byFileName.isEmpty()) sources.forEach(src -> byFileName.computeIfAbsent(src.substring(src.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(src));
            String hint = byFileName.getOrDefault(source.substring(source.lastIndexOf('/') + 1), List.of()).stream().sorted().findFirst()
                    .map(s -> "did you mean content/corrections/" + s + ".properties?")
                    .orElse("name it after the seed's path in the seeds folder, folders included");
            out.add(new Problem("content/corrections/" + source + ".properties", Stage.EXTRACT,
                    "no seed " + source + " in the seeds folder; correction not applied (" + hint + ")"));
        }
        for (Profile p : profiles) {
            if (!people.contains(p.name())) {
                out.add(new Problem("content/people/" + p.slug() + ".md", Stage.EXTRACT, "no article mentions " + p.name()
                        + (p.aliases().isEmpty() ? "" : " or " + String.join(", ", p.aliases())) + "; profile not used (check its name: line)"));
            }
        }
        return out;
    }

    /**
     * A correction's path names a captured page by its source, the archive's name, {@code #}, and the URL, whose
     * {@code //} after the scheme the file system keeps as one separator: put back.
     */
    private static String capturedUrl(String name) {
        Matcher m = CAPTURED.matcher(name);
        return m.matches() && WebArchive.is(m.group(1)) ? m.group(1) + "#" + m.group(2) + "//" + m.group(3) : name;
    }

    private static List<Path> sorted(Path dir, String suffix, int depth) throws IOException {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static Correction correction(Path f, String shown, List<Problem> problems) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) problems.add(new Problem(shown, Stage.EXTRACT, "unknown key '" + key + "' ignored (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")"));
        }
        Optional<Optional<PartialDate>> date = Optional.empty();
        String d = p.getProperty("date");
        if (d != null) {
            if (d.isBlank() || d.strip().equalsIgnoreCase("none")) date = Optional.of(Optional.empty());
            else {
                Optional<PartialDate> parsed = PartialDate.parse(d.strip());
                if (parsed.isPresent() && d.strip().length() <= 10) date = Optional.of(parsed);
                else problems.add(new Problem(shown, Stage.EXTRACT, "date '" + d + "' ignored: write YYYY, YYYY-MM, YYYY-MM-DD or none"));
            }
        }
        return new Correction(Optional.ofNullable(p.getProperty("title")).map(String::strip).filter(s -> !s.isEmpty()), date,
                Optional.ofNullable(p.getProperty("people")).map(Curation::names), names(p.getProperty("people.add", "")),
                names(p.getProperty("people.remove", "")), Optional.ofNullable(p.getProperty("exclude")).map(String::strip)
                        .map(s -> s.isEmpty() || s.equalsIgnoreCase("true") ? "excluded by a curator" : s));
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<Profile> profile(Path f, List<Problem> problems) throws IOException {
        String file = f.getFileName().toString();
        String slug = file.substring(0, file.length() - 3);
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Map<String, String> header = new LinkedHashMap<>();
        String[] parts = text.split("\n\\s*\n", 2);
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) header.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        String name = header.get("name");
        if (name == null || name.isBlank()) {
            problems.add(new Problem("content/people/" + file, Stage.EXTRACT, "no 'name:' line in its header; profile ignored"));
            return Optional.empty();
        }
        List<String> aliases = names(header.getOrDefault("aliases", "").replace(',', ';'));
        return Optional.of(new Profile(slug, name, aliases, parts.length > 1 ? parts[1].strip() : ""));
    }
}

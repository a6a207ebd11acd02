import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a minimal Hugo project equivalent to a Dossier site, for benchmarking (see bench/README.md).
 *
 * <pre>  java bench/HugoSite.java SEEDS_DIR TRUTH_JSONL HUGO_DIR</pre>
 *
 * HUGO_DIR gets config.toml (taxonomies people and tags, one feed of the latest 50 articles), plain templates
 * (article pages with people/tag links and prev/next, term and taxonomy pages, a home page with the latest
 * articles, a timeline of all articles by month) and content/articles/NAME.md for every truth line whose seed is
 * in SEEDS_DIR: JSON front matter from the truth file (title, or the file name when it is null; date when known;
 * people; tags = topics) and the seed's raw text as the body, every ASCII punctuation character backslash-escaped
 * so Markdown, HTML and shortcodes in it stay inert. Running it again with other seeds adds their content files.
 */
public class HugoSite {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/HugoSite.java SEEDS_DIR TRUTH_JSONL HUGO_DIR");
            System.exit(2);
        }
        Path seeds = Path.of(args[0]), truth = Path.of(args[1]), site = Path.of(args[2]);
        writeSkeleton(site);
        Path articles = Files.createDirectories(site.resolve("content/articles"));
        int n = 0;
        for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Map<String, Object> t = new Json(line).object();
            String file = (String) t.get("file");
            Path seed = seeds.resolve(file);
            if (!Files.isRegularFile(seed)) continue;
            String body = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8);
            String name = file.replaceFirst("\\.[^.]*$", "");
            Files.writeString(articles.resolve(name + ".md"), frontMatter(t, name) + "\n" + inert(body), StandardCharsets.UTF_8);
            n++;
        }
        System.err.println("HugoSite: " + n + " articles -> " + articles);
    }

    static String frontMatter(Map<String, Object> t, String name) {
        Object title = t.get("title");
        StringBuilder sb = new StringBuilder("{\n  \"title\": ").append(quote(title == null ? name : (String) title));
        if (t.get("date") != null) sb.append(",\n  \"date\": ").append(quote((String) t.get("date")));
        sb.append(",\n  \"people\": ").append(list(t.get("people")));
        sb.append(",\n  \"tags\": ").append(list(t.get("topics")));
        return sb.append("\n}\n").toString();
    }

    /** The raw text as Markdown that renders to the same words: paragraphs kept, all syntax escaped. */
    static String inert(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String s = line.strip();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) sb.append('\\');
                sb.append(c);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String list(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) for (Object e : l) out.add(quote((String) e));
        return "[" + String.join(", ", out) + "]";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    static void writeSkeleton(Path site) throws IOException {
        write(site, "config.toml", """
                baseURL = "http://bench.invalid/"
                title = "Dossier bench (Hugo)"
                disableKinds = []
                [services.rss]
                  limit = 50
                [taxonomies]
                  person = "people"
                  tag = "tags"
                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]
                """);
        write(site, "content/timeline/_index.md", "---\ntitle: Timeline\n---\n");
        write(site, "layouts/_default/baseof.html", """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title>
                {{ with .OutputFormats.Get "RSS" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
                </head><body>
                <nav><a href="{{ "" | relURL }}">Home</a> <a href="{{ "timeline/" | relURL }}">Timeline</a>
                <a href="{{ "people/" | relURL }}">People</a> <a href="{{ "tags/" | relURL }}">Tags</a></nav>
                <main>{{ block "main" . }}{{ end }}</main>
                </body></html>
                """);
        String item = "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ if not .Date.IsZero }} {{ .Date.Format \"2006-01-02\" }}{{ end }}</li>\n";
        write(site, "layouts/_default/single.html", """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                {{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time>{{ end }}
                <p>People: {{ range .GetTerms "people" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                <p>Tags: {{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                {{ .Content }}
                <nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
                </article>{{ end }}
                """);
        write(site, "layouts/_default/list.html",
                "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n<ul>{{ range .Pages }}" + item + "{{ end }}</ul>{{ end }}\n");
        write(site, "layouts/_default/taxonomy.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
                """);
        write(site, "layouts/index.html",
                "{{ define \"main\" }}<h1>{{ site.Title }}</h1>\n<ul>{{ range first 20 (where site.RegularPages \"Section\" \"articles\") }}"
                        + item + "{{ end }}</ul>{{ end }}\n");
        write(site, "layouts/timeline/list.html",
                "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n{{ range (where site.RegularPages \"Section\" \"articles\").GroupByDate \"2006-01\" }}"
                        + "<h2>{{ .Key }}</h2>\n<ul>{{ range .Pages }}" + item + "{{ end }}</ul>\n{{ end }}{{ end }}\n");
    }

    static void write(Path site, String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Just enough JSON for the truth file: objects, arrays, strings, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) { this.s = s; }

        Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') { i++; return m; }
            do {
                String k = string();
                expect(':');
                m.put(k, value());
            } while (next() == ',');
            return m;
        }

        private Object value() {
            char c = peek();
            if (c == '"') return string();
            if (c == '{') return object();
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                if (peek() == ']') { i++; return l; }
                do l.add(value()); while (next() == ',');
                return l;
            }
            if (s.startsWith("null", i)) { i += 4; return null; }
            throw new IllegalArgumentException("unexpected '" + c + "' at " + i + " in " + s);
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            for (char c; (c = s.charAt(i++)) != '"'; ) {
                if (c != '\\') { sb.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> sb.append(e);
                }
            }
            return sb.toString();
        }

        private char peek() {
            while (Character.isWhitespace(s.charAt(i))) i++;
            return s.charAt(i);
        }

        private char next() {
            char c = peek();
            i++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) throw new IllegalArgumentException("expected '" + c + "' at " + (i - 1) + " in " + s);
        }
    }
}

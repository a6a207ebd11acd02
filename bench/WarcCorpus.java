import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A web archive of a GenCorpus folder, for timing builds from WARC: each text scrape laid out as a news page (title,
 * published date, paragraphs, menu and footer) and written as the HTTP response a crawler would have recorded, one
 * gzip member per record, as wget and Heritrix write them.
 *
 * <pre>java -cp target/dossier.jar bench/WarcCorpus.java /tmp/corpus/10k /tmp/b/seeds/corpus.warc.gz</pre>
 */
public class WarcCorpus {
    private static final Pattern HEADER = Pattern.compile("\\A\\s*date (\\S+) (.*)\\n");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (WarcWriter w = new WarcWriter(FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            int n = 0;
            for (Path f : files) {
                byte[] page = page(Files.readString(f));
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page).build();
                String url = "https://news.example.org/" + f.getFileName().toString().replace(".txt", ".html");
                w.write(new WarcResponse.Builder(url).date(at.plusSeconds(n++)).body(http).build());
            }
        }
        System.err.println(files.size() + " pages -> " + out + " (" + Files.size(out) + " bytes)");
    }

    private static byte[] page(String scrape) {
        Matcher m = HEADER.matcher(scrape);
        String title = "", date = "", text = scrape;
        if (m.find()) {
            date = m.group(1);
            title = m.group(2).trim();
            text = scrape.substring(m.end());
        }
        // A scrape without a header line gives a page without a headline or date, as some real pages are.
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (!title.isEmpty()) b.append("<title>").append(esc(title)).append("</title>");
        if (!date.isEmpty()) b.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
        b.append("</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/politics\">Politics</a></nav><article>");
        if (!title.isEmpty()) b.append("<h1>").append(esc(title)).append("</h1>");
        for (String p : text.split("\\n\\s*\\n")) if (!p.isBlank()) b.append("<p>").append(esc(p.trim())).append("</p>\n");
        b.append("</article><footer><a href=\"/about\">About</a> | <a href=\"/privacy\">Privacy</a></footer></body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

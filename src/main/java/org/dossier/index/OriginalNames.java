package org.dossier.index;

import org.dossier.ingest.Sha256;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each seed's original bytes go in the site: {@code originals/<source>}, with {@code .txt} added when the name
 * does not end so, so no browser runs a saved page's scripts. A name is kept only when it is safe on any host, file
 * system and archive tool: each part ASCII letters, digits, '.', '_', '-' and spaces, not starting with a dot, dash or
 * space nor ending with a dot or space, no Windows device name, at most {@value #MAX_PART} bytes; and when no other original or folder
 * has it with case ignored (a copy on macOS or Windows). Any other seed gets the safe form of its name with a short
 * hash of its source, which keeps it unique: {@code report\2020.txt} becomes {@code originals/report_2020-<hash>.txt}.
 */
final class OriginalNames {
    static final int MAX_PART = 200;
    /** What a part kept as it is may hold: {@link #safe} checks it in a loop, and a test holds the loop to it. */
    static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9._ -]*[A-Za-z0-9_-])?");
    static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final String TXT = ".txt";

    private OriginalNames() {}

    /** @return source name to the original's path relative to the site root */
    static Map<String, String> of(Collection<String> sources) {
        // A name kept as it is claims it first, a seed's own name before one with .txt added: a safe name never
        // changes because another seed came.
        record Wanted(String source, String name, String folder, String plain, int rank) {}
        Set<String> taken = new HashSet<>();
        // Asked of every seed in every build: a loop and a comparator written out, where a stream's distinct and sort
        // and a chain of comparators took 0.14 s at 100,000 seeds.
        Set<String> seen = new HashSet<>(2 * sources.size());
        List<Wanted> wanted = new ArrayList<>(sources.size());
        for (String source : sources) {
            if (!seen.add(source)) continue;
            String s = pathOf(source);
            String plain = txt(s);
            boolean safe = true;
            for (String p : plain.split("/", -1)) safe &= safe(p);
            String folder = "originals/";
            if (s.indexOf('/') >= 0) {
                String[] parts = s.split("/", -1);
                StringBuilder f = new StringBuilder(folder);
                for (int i = 0; i < parts.length - 1; i++) {
                    f.append(safe ? parts[i] : part(parts[i], MAX_PART)).append('/');
                    taken.add(f.toString().toLowerCase(Locale.ROOT));
                }
                folder = f.toString();
            }
            wanted.add(new Wanted(source, s, folder, "originals/" + plain, !safe ? 2 : plain.equals(s) ? 0 : 1));
        }
        // In source order within a rank: the sources come sorted, so this is a pass that finds them in order.
        wanted.sort((x, y) -> x.rank() != y.rank() ? Integer.compare(x.rank(), y.rank()) : x.source().compareTo(y.source()));

        Map<String, String> names = new HashMap<>(2 * wanted.size());
        for (Wanted w : wanted) {
            String name = w.plain();
            if (w.rank() == 2 || !taken.add(name.toLowerCase(Locale.ROOT) + "/")) {
                String last = w.name().substring(w.name().lastIndexOf('/') + 1);
                if (last.toLowerCase(Locale.ROOT).endsWith(TXT)) last = last.substring(0, last.length() - TXT.length());
                String stem = part(last, MAX_PART - 1 - 8 - TXT.length());
                for (int n = 0; ; n++) {
                    String hash = Sha256.hex((n == 0 ? w.source() : w.source() + "\n" + n).getBytes(StandardCharsets.UTF_8));
                    name = w.folder() + stem + "-" + hash.substring(0, 8) + TXT;
                    if (taken.add(name.toLowerCase(Locale.ROOT) + "/")) break;
                }
            }
            names.put(w.source(), name);
        }
        return names;
    }

    /**
     * Whether a source that came, went or changed can have taken, or left, another's name: the name it claims, without
     * case and with ".txt", is another source's too, or one is a folder ({@link #of} hands a contested name out in
     * source order). While not, every other source keeps its original's name.
     */
    static boolean contested(Collection<String> sources, Set<String> changed) {
        Set<String> claimed = new HashSet<>();
        for (String c : changed) {
            if (c.indexOf('/') >= 0 || c.contains("#http")) return true;
            claimed.add(txt(c.toLowerCase(Locale.ROOT)));
        }
        for (String source : sources) {
            if (changed.contains(source)) continue;
            String claim = txt(pathOf(source).toLowerCase(Locale.ROOT));
            if (claimed.contains(claim)) return true;
            if (claim.indexOf('/') >= 0) for (String c : claimed) if (claim.startsWith(c + "/")) return true;
        }
        return false;
    }

    /**
     * The path a source's original takes before it is made safe: a seed's own name, or for a page captured in a web
     * archive ({@code crawl.warc.gz#https://example.org/news/story.html}) the archive's name as a folder, then the
     * URL's host and path ({@code crawl.warc.gz/example.org/news/story.html}); no seed can have that name, as the
     * archive is a file.
     */
    private static String pathOf(String source) {
        // Asked of every seed in every build: a seed's own name is known without the pattern, whose lazy group tries every prefix.
        if (!source.contains("#http")) return source;
        java.util.regex.Matcher m = CAPTURE.matcher(source);
        if (!m.matches()) return source;
        String path = m.group(3) == null ? "/" : m.group(3);
        if (path.endsWith("/")) path += "index.html";
        return m.group(1) + "/" + m.group(2) + path;
    }

    private static final Pattern CAPTURE = Pattern.compile("(.+?)#https?://([^/?#]+)(/[^?#]*)?.*");

    /**
     * Whether a part of a name is kept as it is. Asked of every seed in every build: the characters are checked in a
     * loop, as {@link #SAFE} says, and only a name that starts as a device name does is matched against it.
     */
    static boolean safe(String p) {
        int n = p.length();
        if (n == 0 || n > MAX_PART || !word(p.charAt(0)) || n > 1 && !word(p.charAt(n - 1)) && p.charAt(n - 1) != '-') return false;
        for (int i = 1; i < n - 1; i++) {
            char c = p.charAt(i);
            if (!word(c) && c != '.' && c != ' ' && c != '-') return false;
        }
        return "cpanlCPANL".indexOf(p.charAt(0)) < 0 || !DEVICE.matcher(p).matches();
    }

    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static String txt(String source) {
        return source.toLowerCase(Locale.ROOT).endsWith(TXT) ? source : source + TXT;
    }

    /** The safe form of one part of a name: accents dropped, anything else unsafe as '_', at most {@code max} bytes. */
    private static String part(String p, int max) {
        String s = Normalizer.normalize(p, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._ -]+", "_").replaceAll("^[. -]", "_");
        if (s.isEmpty() || DEVICE.matcher(s).matches()) s = "_" + s;
        return (s.length() > max ? s.substring(0, max) : s).replaceAll("[. ]$", "_");
    }
}

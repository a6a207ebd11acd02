package org.dossier.publish;

import org.dossier.ingest.Sha256;
import org.dossier.write.SiteFiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A BagIt-style fixity manifest: {@code data/manifest-sha256.txt}, one line {@code <sha256>  <path>} for every other
 * file of the site, sorted by path; and the check that a site still matches it, and holds nothing else.
 *
 * <p>Lines are written as GNU {@code sha256sum} writes them, so {@code sha256sum -c} reads the manifest too: a path
 * holding a backslash, a line feed or a carriage return is escaped ({@code \\}, {@code \n}, {@code \r}) and its line
 * starts with a backslash; every other path is written as it is.
 */
public final class Fixity {
    public static final String MANIFEST = "data/manifest-sha256.txt";
    private static final String SYMLINK = "symlink";

    private Fixity() {}

    /**
     * Removes the staged site's empty folders, which no manifest line could vouch for, then writes the manifest.
     *
     * @param known digests already established for some paths (taken as the files were written, or from the previous
     *              manifest for files linked unchanged), so only the other files are read
     * @return the manifest's bytes
     */
    public static byte[] write(Path site, Map<String, String> known) throws IOException {
        Entries entries = Entries.of(site);
        Set<String> filled = folders(entries.files.keySet());
        for (int i = entries.folders.size() - 1; i >= 0; i--) {
            if (!filled.contains(entries.folders.get(i))) Files.delete(site.resolve(entries.folders.get(i)));
        }
        return write(site, hashes(entries.files, known));
    }

    /**
     * Writes the manifest of a site whose every file's digest is known, without looking at the site: an incremental
     * build's, the previous manifest with the changes made to it.
     *
     * @return the manifest's bytes
     */
    public static byte[] write(Path site, SortedMap<String, String> digests) throws IOException {
        StringBuilder sb = new StringBuilder(digests.size() * 100);
        digests.forEach((path, sha) -> sb.append(line(sha, path)).append('\n'));
        return write(site, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] write(Path site, byte[] manifest) throws IOException {
        Files.createDirectories(site.resolve("data"));
        Files.write(site.resolve(MANIFEST), manifest);
        return manifest;
    }

    /**
     * Writes the manifest of a site that is the live one ({@code live}) with the files of {@code put} put in and those
     * of {@code deleted} taken out ({@link Listing#spliced}), and returns its SHA-256, taken as it is written.
     */
    public static String write(Path site, Listing live, SortedMap<String, String> put, Set<String> deleted) throws IOException {
        Files.createDirectories(site.resolve("data"));
        OutputStream digesting = Sha256.digesting(Files.newOutputStream(site.resolve(MANIFEST)));
        try (OutputStream out = new BufferedOutputStream(digesting, 1 << 16)) {
            live.spliced(out, put, deleted);
        }
        return Sha256.hex(digesting);
    }

    /**
     * The manifest of a site as path to digest, in its order; empty when there is none. Read straight from its bytes,
     * a line at a time: a digest is ASCII, and only a path is decoded (at 100,000 articles the manifest is 40 MB, and
     * one non-Latin-1 name made all of it a string of two bytes a character, cut into 320,000 lines, then parsed).
     * A malformed line is skipped, as {@link #check} names it.
     */
    public static SortedMap<String, String> read(Path site) throws IOException {
        Path manifest = site.resolve(MANIFEST);
        SortedMap<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return out;
        byte[] b = Files.readAllBytes(manifest);
        eachLine(b, (at, to) -> entry(b, at, to).ifPresent(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /**
     * A site's manifest as an incremental build reads it: its bytes and where each well-formed line lies, in its
     * order (by path). A path is decoded only when asked for, so a look-up decodes some 18 lines, not 320,000, and
     * the new manifest is this one's bytes with the changed lines spliced in ({@link #spliced}): at 100,000 articles,
     * parsing the manifest into a sorted map and writing every line again took most of a second of every change.
     *
     * <pre>{@code Fixity.Listing live = Fixity.Listing.read(site); String sha = live.digest("index.html");}</pre>
     */
    public static final class Listing implements SiteFiles.Listed {
        private final byte[] bytes;
        /** Line i runs from from[i] to to[i], without its line break. */
        private final int[] from, to;
        private final int size;

        private Listing(byte[] bytes, int[] from, int[] to, int size) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            this.size = size;
        }

        /** The site's manifest; empty when it has none. A malformed line is left out, as {@link #read} leaves it out. */
        public static Listing read(Path site) throws IOException {
            Path manifest = site.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return new Listing(new byte[0], new int[0], new int[0], 0);
            byte[] b = Files.readAllBytes(manifest);
            // Some 130 bytes a line at 100,000 articles.
            int[] from = new int[Math.max(16, b.length / 100)], to = new int[from.length];
            int n = 0;
            // The lines as eachLine finds them, and those entry reads, in one pass (the manifest is 45 MB at 100,000
            // articles, and two passes over it and a check of each digest's characters took a fifth of a second): a
            // line that starts with a digest and two spaces has no line feed before them, so its end is looked for
            // only after them. A path is decoded only when it is escaped, to see that it unescapes.
            for (int at = 0; at < b.length; ) {
                int sha = b[at] == '\\' ? at + 1 : at;
                boolean digest = sha + 66 <= b.length && b[sha + 64] == ' ' && b[sha + 65] == ' ' && hex(b, sha);
                int end = digest ? sha + 66 : at;
                while (end < b.length && b[end] != '\n') end++;
                int line = end > at && b[end - 1] == '\r' ? end - 1 : end;
                if (digest && line - sha > 66 && (sha == at || unescape(new String(b, sha + 66, line - sha - 66, StandardCharsets.UTF_8)).isPresent())) {
                    if (n == from.length) {
                        from = Arrays.copyOf(from, 2 * n);
                        to = Arrays.copyOf(to, 2 * n);
                    }
                    from[n] = at;
                    to[n++] = line;
                }
                at = end + 1;
            }
            return new Listing(b, from, to, n);
        }

        public int size() {
            return size;
        }

        /** Where line i's digest starts: after the mark of an escaped path, if it has one. */
        private int digestStart(int i) {
            return bytes[from[i]] == '\\' ? from[i] + 1 : from[i];
        }

        /** The path of line i, unescaped. */
        private String path(int i) {
            int sha = digestStart(i);
            String path = new String(bytes, sha + 66, to[i] - sha - 66, StandardCharsets.UTF_8);
            return sha == from[i] ? path : unescape(path).orElseThrow();
        }

        /** The line of the path, or -(the line it would go before) - 1. */
        private int find(String path) {
            int lo = 0, hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = path(mid).compareTo(path);
                if (c < 0) lo = mid + 1;
                else if (c > 0) hi = mid - 1;
                else return mid;
            }
            return -lo - 1;
        }

        @Override
        public String digest(String path) {
            int i = find(path);
            if (i < 0) return null;
            return new String(bytes, digestStart(i), 64, StandardCharsets.ISO_8859_1);
        }

        public boolean contains(String path) {
            return find(path) >= 0;
        }

        @Override
        public Iterable<String> paths() {
            return () -> new java.util.Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < size;
                }

                @Override
                public String next() {
                    if (i >= size) throw new java.util.NoSuchElementException();
                    return path(i++);
                }
            };
        }

        /**
         * {@link Fixity#folders} of the paths listed, found in their bytes: a path is decoded only when its folder is
         * not the one of the line before (a '/' in UTF-8 is never part of another character), so the 100,000 article
         * pages of a folder cost a comparison each, not a string (decoding every path cost a tenth of a second of
         * every change at 100,000 articles).
         */
        public Set<String> folders() {
            Set<String> out = new HashSet<>();
            int lastFrom = 0, lastLength = -1;
            for (int i = 0; i < size; i++) {
                if (bytes[from[i]] == '\\') {
                    out.addAll(Fixity.folders(List.of(path(i))));
                    lastLength = -1;
                    continue;
                }
                int at = from[i] + 66, slash = to[i] - 1;
                while (slash >= at && bytes[slash] != '/') slash--;
                if (slash < at) continue;
                if (slash - at == lastLength && Arrays.equals(bytes, at, slash, bytes, lastFrom, lastFrom + lastLength)) continue;
                lastFrom = at;
                lastLength = slash - at;
                String folder = new String(bytes, at, slash - at, StandardCharsets.UTF_8);
                for (int s = folder.indexOf('/'); s >= 0; s = folder.indexOf('/', s + 1)) out.add(folder.substring(0, s));
                out.add(folder);
            }
            return out;
        }

        /** The paths listed right in {@code folder} ("" for the site's own), or in folders below it too. */
        public List<String> under(String folder, boolean deep) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            List<String> out = new ArrayList<>();
            int at = find(prefix);
            for (int i = at < 0 ? -at - 1 : at; i < size; i++) {
                String path = path(i);
                if (!path.startsWith(prefix)) break;
                if (deep || path.indexOf('/', prefix.length()) < 0) out.add(path);
            }
            return out;
        }

        /**
         * Writes this manifest with the lines of {@code put} (path to SHA-256, new or changed) in their places and those
         * of {@code deleted} taken out; every other line copied as it is, as bytes. Written out as it is spliced, not
         * put together first: at 100,000 articles that was a second copy of 40 MB, and a third to hand it over.
         */
        public void spliced(OutputStream out, SortedMap<String, String> put, Set<String> deleted) throws IOException {
            SortedMap<String, String> changes = new TreeMap<>(put);
            deleted.forEach(p -> changes.put(p, null));
            int next = 0;
            for (Map.Entry<String, String> c : changes.entrySet()) {
                int at = find(c.getKey());
                int until = at < 0 ? -at - 1 : at;
                copy(out, next, until);
                if (c.getValue() != null) out.write((line(c.getValue(), c.getKey()) + "\n").getBytes(StandardCharsets.UTF_8));
                next = at < 0 ? until : at + 1;
            }
            copy(out, next, size);
        }

        /** Copies lines from to until (exclusive), each with a line feed: lines that follow one another in one go. */
        private void copy(OutputStream out, int first, int until) throws IOException {
            for (int i = first; i < until; ) {
                int j = i;
                while (j + 1 < until && from[j + 1] == to[j] + 1) j++;
                out.write(bytes, from[i], to[j] - from[i]);
                out.write('\n');
                i = j + 1;
            }
        }
    }

    /** The bytes that are lower-case hex digits: one look-up a byte, not four comparisons (C1 compiles them as written). */
    private static final boolean[] HEX = new boolean[256];

    static {
        for (char c : "0123456789abcdef".toCharArray()) HEX[c] = true;
    }

    /** Whether the 64 bytes from {@code at} are a SHA-256 in lower-case hex, as manifest lines hold it. */
    private static boolean hex(byte[] b, int at) {
        for (int i = at; i < at + 64; i++) {
            if (!HEX[b[i] & 0xff]) return false;
        }
        return true;
    }

    /**
     * Every changed or missing file, and every entry the manifest does not list (file, symlink, folder, fifo), one
     * message each; empty when the site is intact. Symlinks inside the site are reported, never followed; the site
     * itself is a real folder (the command line resolves a link to it).
     */
    public static List<String> check(Path site) throws IOException {
        Path manifest = site.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return List.of(MANIFEST + ": missing (is this a Dossier site?)");
        Map<String, String> expected = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        byte[] b = Files.readAllBytes(manifest);
        eachLine(b, (at, to) -> {
            String line = new String(b, at, to - at, StandardCharsets.UTF_8);
            if (line.isBlank()) return;
            Optional<Map.Entry<String, String>> entry = entry(b, at, to);
            if (entry.isEmpty()) problems.add(MANIFEST + ": malformed line: " + line);
            else expected.put(entry.get().getKey(), entry.get().getValue());
        });
        Entries entries = Entries.of(site);
        Map<String, String> actual = hashes(entries.files, Map.of());
        expected.forEach((path, sha) -> {
            String now = actual.get(path);
            if (entries.others.containsKey(path)) problems.add(shown(path) + ": a " + entries.others.get(path) + " where the manifest lists a file (never followed)");
            else if (now == null) problems.add(shown(path) + ": missing");
            else if (!now.equals(sha)) problems.add(shown(path) + ": changed (sha256 " + now + ", manifest says " + sha + ")");
        });
        Set<String> listed = new HashSet<>(expected.keySet());
        listed.add(MANIFEST);
        Set<String> listedFolders = folders(listed);
        Map<String, String> extra = new TreeMap<>();
        actual.keySet().stream().filter(p -> !listed.contains(p)).forEach(p -> extra.put(p, shown(p) + ": extra (not in the manifest)"));
        entries.others.forEach((p, kind) -> {
            if (!listed.contains(p)) extra.put(p, shown(p) + ": extra " + kind + " (not in the manifest" + (kind.equals(SYMLINK) ? "; never followed)" : ")"));
        });
        entries.folders.stream().filter(f -> !listedFolders.contains(f)).forEach(f -> extra.put(f, shown(f) + "/: extra folder (not in the manifest)"));
        entries.unreadable.forEach((p, why) -> extra.put(p, shown(p) + ": cannot be read (" + why + ")"));
        problems.addAll(extra.values());
        return problems;
    }

    /** A manifest line: {@code <sha256>  <path>}, escaped as GNU sha256sum escapes it when the path needs it. */
    static String line(String sha, String path) {
        String escaped = escape(path);
        return (escaped.equals(path) ? "" : "\\") + sha + "  " + escaped;
    }

    /** The path as messages show it: escaped as in the manifest, so one message stays one line. */
    private static String shown(String path) {
        return escape(path);
    }

    static String escape(String path) {
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) return path;
        return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Where each line of a manifest's bytes starts and ends, without its line break: a CRLF copy reads the same. */
    private static void eachLine(byte[] b, LineRange line) {
        for (int at = 0; at < b.length; ) {
            int end = at;
            while (end < b.length && b[end] != '\n') end++;
            line.at(at, end > at && b[end - 1] == '\r' ? end - 1 : end);
            at = end + 1;
        }
    }

    @FunctionalInterface
    private interface LineRange {
        void at(int from, int to);
    }

    /**
     * Where the SHA-256 of the manifest line from {@code at} to {@code to} begins (after the mark of an escaped path),
     * or -1 when the line is not a digest, two spaces and a path.
     */
    private static int digestAt(byte[] b, int at, int to) {
        int sha = at < to && b[at] == '\\' ? at + 1 : at;
        return to - sha <= 66 || b[sha + 64] != ' ' || b[sha + 65] != ' ' || !hex(b, sha) ? -1 : sha;
    }

    /**
     * Path and digest of the manifest line from {@code at} to {@code to}; empty when it is not one. Only the path is
     * decoded: a digest is ASCII.
     */
    private static Optional<Map.Entry<String, String>> entry(byte[] b, int at, int to) {
        int sha = digestAt(b, at, to);
        if (sha < 0) return Optional.empty();
        String path = new String(b, sha + 66, to - sha - 66, StandardCharsets.UTF_8);
        return (sha > at ? unescape(path) : Optional.of(path)).map(p -> Map.entry(p, new String(b, sha, 64, StandardCharsets.ISO_8859_1)));
    }

    /** A path as {@link #escape} wrote it; empty when it holds a backslash that escapes nothing. */
    static Optional<String> unescape(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = ++i < path.length() ? path.charAt(i) : 0;
            switch (next) {
                case '\\' -> sb.append('\\');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(sb.toString());
    }

    /**
     * Every folder that holds one of the paths, at any depth. A path in the folder of the path before it adds nothing
     * and costs no string: in a manifest's order, 100,000 article pages come one after another.
     */
    static Set<String> folders(Iterable<String> paths) {
        Set<String> out = new HashSet<>();
        String last = null;
        for (String p : paths) {
            int end = p.lastIndexOf('/');
            if (end < 0 || last != null && end == last.length() && p.startsWith(last)) continue;
            last = p.substring(0, end);
            for (int i = p.indexOf('/'); i >= 0 && i <= end; i = p.indexOf('/', i + 1)) out.add(p.substring(0, i));
        }
        return out;
    }

    /** What a site holds, by path relative to it with "/" between names; links are listed, never followed. */
    private static final class Entries extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Map<String, Path> files = new TreeMap<>();
        /** Folders in the order walked: each before what it holds. */
        private final List<String> folders = new ArrayList<>();
        /** Symlinks, fifos, sockets and devices: what they are. */
        private final Map<String, String> others = new TreeMap<>();
        private final Map<String, String> unreadable = new TreeMap<>();

        private Entries(Path root) {
            this.root = root;
        }

        static Entries of(Path root) throws IOException {
            Entries e = new Entries(root);
            Files.walkFileTree(root, e);
            return e;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(root)) folders.add(name(dir));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = name(file);
            if (name.equals(MANIFEST)) return FileVisitResult.CONTINUE;
            if (attributes.isRegularFile()) files.put(name, file);
            else others.put(name, attributes.isSymbolicLink() ? SYMLINK : "fifo, socket or device");
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable.put(name(file), e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
        }

        private String name(Path p) {
            StringBuilder sb = new StringBuilder();
            for (Path part : root.relativize(p)) sb.append(sb.isEmpty() ? "" : "/").append(part);
            return sb.toString();
        }
    }

    private static SortedMap<String, String> hashes(Map<String, Path> files, Map<String, String> known) {
        SortedMap<String, String> out = new TreeMap<>();
        files.entrySet().parallelStream().forEach(f -> {
            String sha = known.containsKey(f.getKey()) ? known.get(f.getKey()) : sha256(f.getValue());
            synchronized (out) {
                out.put(f.getKey(), sha);
            }
        });
        return out;
    }

    private static String sha256(Path f) {
        try {
            return Sha256.hex(f);
        } catch (IOException e) {
            throw new IllegalStateException(f + ": " + e.getMessage(), e);
        }
    }
}

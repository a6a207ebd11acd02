package org.dossier.publish;

import org.dossier.ingest.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
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
        Files.createDirectories(site.resolve("data"));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve(MANIFEST), bytes);
        return bytes;
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

    /** Whether the 64 bytes from {@code at} are a SHA-256 in lower-case hex, as manifest lines hold it. */
    private static boolean hex(byte[] b, int at) {
        for (int i = at; i < at + 64; i++) {
            if (!(b[i] >= '0' && b[i] <= '9' || b[i] >= 'a' && b[i] <= 'f')) return false;
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
     * Path and digest of the manifest line from {@code at} to {@code to}; empty when it is not one. Only the path is
     * decoded: a digest is ASCII.
     */
    private static Optional<Map.Entry<String, String>> entry(byte[] b, int at, int to) {
        int sha = at < to && b[at] == '\\' ? at + 1 : at;
        if (to - sha <= 66 || b[sha + 64] != ' ' || b[sha + 65] != ' ' || !hex(b, sha)) return Optional.empty();
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
    static Set<String> folders(Collection<String> paths) {
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

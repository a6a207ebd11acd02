package org.dossier.ingest;

import org.dossier.config.Config;
import org.dossier.report.Outcome;
import org.dossier.report.Stage;

import org.dossier.report.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists and decodes seed files. A file that cannot be used becomes a {@link org.dossier.report.Problem} naming
 * the reason (empty, binary, too large, unsupported type); it never stops the build.
 *
 * <pre>{@code
 * for (Path p : SeedReader.list(seedsDir).files()) {
 *     Outcome<Seed> seed = SeedReader.read(seedsDir, p);
 * }
 * }</pre>
 */
public final class SeedReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> BROWSER_CHARSETS = Map.of("ISO-8859-1", "windows-1252", "US-ASCII", "windows-1252",
            "Shift_JIS", "windows-31j", "GB2312", "GBK", "EUC-KR", "x-windows-949");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START =
            Pattern.compile("\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article)[\\s>]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Blank by any Unicode measure, including no-break and zero-width spaces that String.isBlank() counts as text. */
    private static final Pattern BLANK = Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]*", Pattern.UNICODE_CHARACTER_CLASS);

    private SeedReader() {}

    /**
     * What the seeds folder holds, in a stable order (by source name, code point order).
     *
     * @param files   every entry to account for: each is read, or refused by {@link #readBytes} with its reason (a
     *                special file, a link out of the folder, a folder that cannot be read); a hidden file is read like any
 *                other (a saved article may be named so), and a system's own (.DS_Store) is rejected as binary
     * @param sources each file's {@link #sourceName}, in the same order
     * @param stamps  each file's stamp as it was listed, before any of its bytes were read, when it had settled
     *                ({@link FileStamp#settledAt}): the one look at the file system an unchanged seed costs
     * @param skipped folders left out on purpose (version-control and hidden ones), each said once, and names that
     *                cannot be told apart from another seed's
     */
    public record Listing(List<Path> files, List<String> sources, List<Optional<FileStamp>> stamps, List<Problem> skipped) {}

    private static final Set<String> VERSION_CONTROL = Set.of(".git", ".svn", ".hg", ".bzr", "CVS", "_darcs");

    /** A file found by the listing, with its stamp. */
    private record Entry(String source, Path file, Optional<FileStamp> stamp) {}

    public static Listing list(Path seeds) throws IOException {
        long listedAt = FileStamp.now();
        List<Entry> entries = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        // Folders to list, the seeds folder first. Each entry's attributes are read once, for its stamp and to tell a
        // folder from a file; a walk of the file tree reads them for the latter, and a stamp taken after it read them
        // again (at 100,000 seeds, half a second).
        Map<String, Object> root;
        try {
            root = Files.readAttributes(seeds, FileStamp.ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            root = Map.of();
        }
        List<Path> folders = new ArrayList<>();
        if (Boolean.TRUE.equals(root.get("isDirectory"))) folders.add(seeds);
        else if (!root.isEmpty()) entries.add(entry(seeds, seeds, root, listedAt));
        while (!folders.isEmpty()) {
            Path folder = folders.remove(folders.size() - 1);
            try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
                for (Path f : in) {
                    Map<String, Object> a;
                    try {
                        a = Files.readAttributes(f, FileStamp.ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException | UnsupportedOperationException e) {
                        // Gone or unreadable since it was listed: reading it says why.
                        entries.add(new Entry(sourceName(seeds, f), f, Optional.empty()));
                        continue;
                    }
                    if (!Boolean.TRUE.equals(a.get("isDirectory"))) entries.add(entry(seeds, f, a, listedAt));
                    else if (!skipped(seeds, f, skipped)) folders.add(f);
                }
            } catch (IOException | DirectoryIteratorException e) {
                // A folder that cannot be opened is an entry like any other: reading it says why.
                if (!folder.equals(seeds)) entries.add(new Entry(sourceName(seeds, folder), folder, Optional.empty()));
            }
        }
        // Paths are compared only for the rare names that are equal (see below).
        entries.sort((x, y) -> {
            int c = x.source().compareTo(y.source());
            return c != 0 ? c : x.file().compareTo(y.file());
        });
        List<Path> files = new ArrayList<>(entries.size());
        List<String> sources = new ArrayList<>(entries.size());
        List<Optional<FileStamp>> stamps = new ArrayList<>(entries.size());
        String last = null;
        for (Entry e : entries) {
            if (!e.source().equals(last)) {
                files.add(e.file());
                sources.add(e.source());
                stamps.add(e.stamp());
                last = e.source();
            } else skipped.add(new Problem(e.source(), Stage.INGEST, "a second file under this name, not read (one of the two"
                    + " names is not valid UTF-8, and its %XX form reads as the other name; rename it)"));
        }
        skipped.sort(Comparator.comparing(Problem::source));
        return new Listing(List.copyOf(files), List.copyOf(sources), List.copyOf(stamps), List.copyOf(skipped));
    }

    /** A listed file; a link's stamp is its target's, which its own attributes do not tell. */
    private static Entry entry(Path seeds, Path file, Map<String, Object> attributes, long listedAt) {
        Optional<FileStamp> stamp = Boolean.TRUE.equals(attributes.get("isSymbolicLink")) ? FileStamp.of(file) : FileStamp.of(attributes);
        return new Entry(sourceName(seeds, file), file, stamp.filter(s -> s.settledAt(listedAt)));
    }

    /** Whether the folder is left out on purpose, which is said once for all its files. */
    private static boolean skipped(Path seeds, Path dir, List<Problem> skipped) {
        String name = dir.getFileName().toString();
        String reason = VERSION_CONTROL.contains(name) ? "version-control folder skipped (its files are not articles)"
                : name.startsWith(".") ? "hidden folder skipped (rename it without the leading dot to build its files)" : null;
        if (reason != null) skipped.add(new Problem(sourceName(seeds, dir), Stage.INGEST, reason));
        return reason != null;
    }

    /**
     * The file's name relative to the seeds folder, '/' between folders: its identity in every report. A name that is
     * not valid UTF-8 shows each byte that is not as {@code %XX}, and '%' as {@code %25} (Latin-1 {@code café.txt}
     * reads {@code caf%E9.txt}); the same on every machine and under any locale, as it is made from the name's bytes.
     */
    public static String sourceName(Path seeds, Path file) {
        String separator = file.getFileSystem().getSeparator();
        String name = seeds.relativize(file).toString();
        if (!separator.equals("/")) name = name.replace(separator, "/");
        // The JDK decodes names with the locale's charset: under LANG=C a UTF-8 name reads as U+FFFD (or as a Latin-1
        // name under a Latin-1 locale), so only an ASCII name, or one a UTF-8 locale decoded in full, is taken as it is.
        boolean printable = true, ascii = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            printable &= !isControl(c);
            ascii &= c < 0x80;
        }
        if (printable && (ascii || UTF8_NAMES && name.indexOf('\uFFFD') < 0)) return name;
        byte[] all = nameBytes(file), folder = nameBytes(seeds);
        int from = folder.length + (folder[folder.length - 1] == '/' ? 0 : 1);
        return readable(Arrays.copyOfRange(all, Math.min(from, all.length), all.length));
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));

    /** The path's bytes as the file system holds them: a file URI is the one public form that keeps them all. */
    private static byte[] nameBytes(Path p) {
        String raw = p.toAbsolutePath().toUri().getRawPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        byte[] b = out.toByteArray();
        // A folder's URI ends with '/'.
        return b.length > 1 && b[b.length - 1] == '/' ? Arrays.copyOf(b, b.length - 1) : b;
    }

    /**
     * UTF-8 as it is, each byte that is not UTF-8 and each control character as %XX (its UTF-8 bytes), and '%' as
     * %25 so the form stays one-to-one.
     */
    private static String readable(byte[] name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(name);
        CharBuffer out = CharBuffer.allocate(name.length);
        StringBuilder sb = new StringBuilder();
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            for (char c : out.flip().toString().toCharArray()) {
                // A control character would move a terminal's cursor, set its title, or make a page invalid HTML.
                if (c == '%' || isControl(c)) {
                    for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) sb.append(String.format(Locale.ROOT, "%%%02X", x & 0xFF));
                } else {
                    sb.append(c);
                }
            }
            out.clear();
            if (!r.isError()) break;
            for (int i = 0; i < r.length(); i++) sb.append(String.format(Locale.ROOT, "%%%02X", in.get() & 0xFF));
        }
        return sb.toString();
    }

    public static Outcome<Seed> read(Path seeds, Path file) {
        return readBytes(seeds, file).then(b -> decode(sourceName(seeds, file), file, b));
    }

    /**
     * The file's bytes, if it is a regular file inside the seeds folder (or a link to one) and holds at most
     * {@link Config#MAX_SEED_BYTES}: counted as read, since some files ({@code /proc}) report a size of 0. Anything
     * else is refused without being opened (a fifo would wait for a writer for ever).
     */
    public static Outcome<byte[]> readBytes(Path seeds, Path file) {
        return readBytes(sourceName(seeds, file), seeds, file);
    }

    /** As above, for a seed unit that has its own name (a page captured in a web archive). */
    public static Outcome<byte[]> readBytes(String source, Path seeds, Path file) {
        try {
            Optional<String> refused = refusal(seeds, file);
            if (refused.isPresent()) return fail(source, refused.get());
            Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
            try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
                // Whole chunks, read until the end or past the limit: some kernel files take only reads of whole records.
                ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                byte[] chunk = new byte[8192];
                for (int n; (n = in.read(chunk)) > 0; ) {
                    out.write(chunk, 0, n);
                    if (out.size() > Config.MAX_SEED_BYTES) {
                        return fail(source, String.format(Locale.ROOT, "too large (over %,d bytes, the limit): split it or trim it",
                                Config.MAX_SEED_BYTES));
                    }
                }
                return Outcome.ok(out.toByteArray());
            }
        } catch (IOException e) {
            return fail(source, "cannot be read (" + why(e) + ")");
        }
    }

    /** Why an entry of the seeds folder is not read, or empty for a regular file in it (or a link to one). */
    private static Optional<String> refusal(Path seeds, Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
            try (DirectoryStream<Path> d = Files.newDirectoryStream(file)) {
                return Optional.of("a folder that changed while it was listed (build again)");
            } catch (IOException e) {
                return Optional.of("folder cannot be read (" + why(e) + "); its files are left out");
            }
        }
        if (a.isRegularFile()) return Optional.empty();
        if (!a.isSymbolicLink()) return Optional.of(special(file) + ", not a regular file (not read)");
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.of("broken link (its target does not exist)");
        } catch (IOException e) {
            return Optional.of("link that cannot be followed (" + why(e) + ")");
        }
        BasicFileAttributes t = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (t.isDirectory()) return Optional.of("link to a folder, not followed (copy or move the folder in instead)");
        if (!target.startsWith(seeds.toRealPath())) return Optional.of("link to a file outside the seeds folder; copy the file in instead");
        if (!t.isRegularFile()) return Optional.of("link to a " + special(target) + ", not a regular file (not read)");
        return Optional.empty();
    }

    /** What kind of special file this is, from its Unix mode when the file system has one. */
    private static String special(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "named pipe (fifo)";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                case 0140000 -> "socket";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "special file";
        }
    }

    /** The reason an I/O call failed, without the machine path the JDK puts into its messages. */
    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it was removed during the build";
        if (e instanceof FileSystemException f) return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Decodes bytes already in memory; public for the fuzz tests, which feed it arbitrary bytes. */
    public static Outcome<Seed> decode(String source, Path path, byte[] bytes) {
        return decode(source, path, bytes, Sha256.hex(bytes));
    }

    /** As above, for a caller that has already hashed the bytes (the build hashes every seed to look it up in its cache). */
    public static Outcome<Seed> decode(String source, Path path, byte[] bytes, String sha) {
        return decode(source, path, bytes, sha, Optional.empty());
    }

    /**
     * @param capture for a page captured in a web archive: the bytes are an HTML page (served as such) whatever the
     *                source's name, decoded by the charset its HTTP header named, if any
     */
    public static Outcome<Seed> decode(String source, Path path, byte[] bytes, String sha, Optional<Capture> capture) {
        boolean html = capture.isPresent();
        if (bytes.length == 0) return fail(source, "empty file (0 bytes)");
        String magic = binaryMagic(bytes);
        if (magic != null) return fail(source, "binary file (" + magic + "), not an article");
        Decoded d = decodeText(bytes, capture.flatMap(Capture::charset));
        if (d.text == null) return fail(source, d.decoding);
        String text = withoutMarks(d.text.replace("\r\n", "\n").replace('\r', '\n'));
        // One look at every character gives the control characters (NFC changes none) and whether NFC has work to do.
        Characters characters = Characters.of(text);
        if (!characters.composed()) text = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (BLANK.matcher(text).matches()) return fail(source, "whitespace-only file (" + bytes.length + " bytes, no text)");
        int controls = characters.controls();
        if (controls > 8 && controls * 50L > text.length()) {
            return fail(source, "binary file (" + controls + " control characters), not an article");
        }
        // HTML and the Atom feed forbid them: a page or a feed that carried one would be invalid.
        String decoding = d.decoding;
        if (controls > 0 || characters.formFeeds()) {
            text = withoutControls(text);
            if (controls > 0) decoding += " (" + controls + " control character" + (controls == 1 ? "" : "s") + " replaced by spaces)";
        }
        return Outcome.ok(new Seed(source, path, sha, bytes.length, html ? Seed.Kind.HTML : kindOf(source, text), text, decoding));
    }

    private record Decoded(String text, String decoding) {}

    /**
     * A byte-order mark, then the charset the HTTP header named, then what the bytes show: as a browser decodes a page.
     * A header that names a charset the bytes are not valid in is said, and the bytes are read as if it named none.
     */
    private static Decoded decodeText(byte[] b, Optional<String> served) {
        Optional<Decoded> marked = byteOrderMark(b);
        if (marked.isPresent()) return marked.get();
        Optional<Charset> header = served.flatMap(SeedReader::browserCharset).filter(cs -> !cs.equals(StandardCharsets.UTF_8));
        if (header.isEmpty()) return sniffed(b);
        String s = strict(header.get(), b, 0);
        if (s != null) return new Decoded(s, header.get().name() + " (declared in the HTTP header)");
        Decoded d = sniffed(b);
        return new Decoded(d.text, d.decoding + " (not valid " + header.get().name() + ", which the HTTP header declares)");
    }

    /**
     * The charset a label names as browsers read it (the WHATWG Encoding Standard): Latin-1 and ASCII labels stand for
     * windows-1252, Shift_JIS for windows-31j, GB2312 for GBK, EUC-KR for windows-949, the supersets servers mean.
     */
    private static Optional<Charset> browserCharset(String label) {
        try {
            Charset cs = Charset.forName(label.replaceAll("^[\"']|[\"']$", ""));
            String meant = BROWSER_CHARSETS.get(cs.name());
            return Optional.of(meant != null && Charset.isSupported(meant) ? Charset.forName(meant) : cs);
        } catch (IllegalArgumentException e) {
            // Not a charset name, or one this JDK does not know.
            return Optional.empty();
        }
    }

    private static Optional<Decoded> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            String s = strict(StandardCharsets.UTF_8, b, 3);
            return Optional.of(s != null ? new Decoded(s, "UTF-8 with BOM")
                    : new Decoded(new String(b, 3, b.length - 3, WINDOWS_1252), "windows-1252 (UTF-8 BOM, but not valid UTF-8)"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            String s = strict(StandardCharsets.UTF_16LE, b, 2);
            return Optional.of(s != null ? new Decoded(s, "UTF-16LE with BOM") : new Decoded(null, "invalid UTF-16LE text despite its byte-order mark"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            String s = strict(StandardCharsets.UTF_16BE, b, 2);
            return Optional.of(s != null ? new Decoded(s, "UTF-16BE with BOM") : new Decoded(null, "invalid UTF-16BE text despite its byte-order mark"));
        }
        return Optional.empty();
    }

    /** Text without a byte-order mark or a charset from outside: by its NUL bytes, UTF-8, a meta charset, or windows-1252. */
    private static Decoded sniffed(byte[] b) {
        for (byte x : b) {
            if (x == 0) return utf16WithoutMark(b);
        }
        String utf8 = strict(StandardCharsets.UTF_8, b, 0);
        if (utf8 != null) return new Decoded(utf8, "UTF-8");
        String declared = declaredCharset(b);
        if (declared != null) {
            String s = strict(Charset.forName(declared), b, 0);
            if (s != null) return new Decoded(s, declared + " (declared in the page)");
        }
        return new Decoded(new String(b, WINDOWS_1252), "windows-1252 (not valid UTF-8)");
    }

    /**
     * Text saved as UTF-16 without a byte-order mark shows itself by its NUL bytes, all on one side of each pair: the
     * high byte of every Latin letter, space or full stop (odd offsets little-endian, even offsets big-endian), while
     * the other side holds one only for the rare character U+xx00 (Ā, an en quad). Cyrillic or Greek text has them at
     * its spaces and punctuation only, so a tenth of the pairs is enough. Any other run of NULs is a binary file's.
     */
    private static Decoded utf16WithoutMark(byte[] b) {
        int pairs = b.length / 2, evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) evenNuls++;
                else oddNuls++;
            }
        }
        if (b.length % 2 == 0 && pairs >= 2) {
            if (evenNuls * 50L <= oddNuls && oddNuls * 10L >= pairs) return utf16(b, StandardCharsets.UTF_16LE);
            if (oddNuls * 50L <= evenNuls && evenNuls * 10L >= pairs) return utf16(b, StandardCharsets.UTF_16BE);
        }
        return new Decoded(null, "binary file (contains NUL bytes), not an article");
    }

    private static Decoded utf16(byte[] b, Charset cs) {
        String s = strict(cs, b, 0);
        return s != null ? new Decoded(s, cs.name() + " (no byte-order mark; told by its NUL bytes)")
                : new Decoded(null, "binary file (contains NUL bytes), not an article");
    }

    /** A charset named by an HTML meta tag in the first 2 KB, if Java knows it and it is not UTF-8. */
    private static String declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            Charset cs = Charset.forName(m.group(1));
            return cs.equals(StandardCharsets.UTF_8) ? null : cs.name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(Charset cs, byte[] b, int offset) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * @param controls  control characters other than line breaks, tabs and form feeds (C0, DEL and C1)
     * @param formFeeds whether the text holds a form feed
     * @param composed every character is one that is NFC by itself and beside any other such: below U+0300 (Latin,
     *                 no combining marks) or general punctuation, super- and subscripts and currency signs
     *                 (U+2002 to U+20CF), where English news text nearly always stays. Normalising it would change
     *                 nothing, at the cost of a character-table look-up per character.
     */
    record Characters(int controls, boolean formFeeds, boolean composed) {
        static final char COMPOSED_FROM = '\u2002', COMPOSED_TO = '\u20CF';

        /** A plain loop over an array, as C1 runs a char stream or charAt calls slowly. */
        static Characters of(String text) {
            int controls = 0;
            boolean formFeeds = false, composed = true;
            for (char c : text.toCharArray()) {
                if (c < 0x20) {
                    if (c == '\f') formFeeds = true;
                    else if (c != '\n' && c != '\t') controls++;
                } else if (c >= 0x7F && c <= 0x9F) {
                    controls++;
                } else if (c >= 0x300 && (c < COMPOSED_FROM || c > COMPOSED_TO)) {
                    composed = false;
                }
            }
            return new Characters(controls, formFeeds, composed);
        }
    }

    /** Control characters (C0 but line feed and tab, DEL, C1) become spaces, and a form feed a line break. */
    private static String withoutControls(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\f') chars[i] = '\n';
            else if (c != '\n' && c != '\t' && isControl(c)) chars[i] = ' ';
        }
        return new String(chars);
    }

    /** Without the byte-order marks at its start; some tools write the mark more than once. */
    private static String withoutMarks(String t) {
        int marks = 0;
        while (marks < t.length() && t.charAt(marks) == '\uFEFF') marks++;
        return t.substring(marks);
    }

    private static Seed.Kind kindOf(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Seed.Kind.HTML;
        // A page saved under a .txt name is still markup: treat it as HTML so its scripts are stripped, not shown as text.
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find() ? Seed.Kind.HTML : Seed.Kind.TEXT;
    }

    private record Magic(int[] signature, String what) {}

    private static final List<Magic> MAGIC = List.of(
            new Magic(new int[] {0x89, 'P', 'N', 'G'}, "PNG image"),
            new Magic(new int[] {0xFF, 0xD8, 0xFF}, "JPEG image"),
            new Magic(new int[] {'G', 'I', 'F', '8'}, "GIF image"),
            new Magic(new int[] {'%', 'P', 'D', 'F'}, "PDF document"),
            new Magic(new int[] {'P', 'K', 3, 4}, "ZIP archive or Office document"),
            new Magic(new int[] {0x1F, 0x8B}, "gzip archive"),
            new Magic(new int[] {'R', 'I', 'F', 'F'}, "RIFF media (WebP/WAV/AVI)"),
            new Magic(new int[] {0x7F, 'E', 'L', 'F'}, "ELF executable"),
            new Magic(new int[] {0xD0, 0xCF, 0x11, 0xE0}, "legacy Office document"));

    private static String binaryMagic(byte[] b) {
        for (Magic m : MAGIC) {
            int[] sig = m.signature();
            if (b.length < sig.length) continue;
            boolean match = true;
            for (int i = 0; i < sig.length && match; i++) match = (b[i] & 0xFF) == sig[i];
            if (match) return m.what();
        }
        return null;
    }

    private static <T> Outcome<T> fail(String source, String reason) {
        return Outcome.failed(source, Stage.INGEST, reason);
    }
}

package org.dossier.ingest;

import org.dossier.config.Config;
import org.dossier.report.Outcome;
import org.dossier.report.Stage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists and decodes seed files. A file that cannot be used becomes a {@link org.dossier.report.Problem} naming
 * the reason (empty, binary, too large, unsupported type); it never stops the build.
 *
 * <pre>{@code
 * for (Path p : SeedReader.list(seedsDir)) {
 *     Outcome<Seed> seed = SeedReader.read(seedsDir, p);
 * }
 * }</pre>
 */
public final class SeedReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START =
            Pattern.compile("\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article)[\\s>]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Blank by any Unicode measure, including no-break and zero-width spaces that String.isBlank() counts as text. */
    private static final Pattern BLANK = Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]*", Pattern.UNICODE_CHARACTER_CLASS);

    private SeedReader() {}

    /** Every regular file below {@code seeds}, in a stable order (by relative path, code point order). */
    public static List<Path> list(Path seeds) throws IOException {
        // The walk reads each file's attributes anyway: asking again whether it is a regular file would cost a call each.
        // A link to a file is a seed too.
        try (Stream<Path> files = Files.find(seeds, Integer.MAX_VALUE,
                (f, attributes) -> attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(f))) {
            // Each name is made once: made in the comparator, 10,000 seeds cost 280,000 of them.
            return files.map(f -> Map.entry(sourceName(seeds, f), f))
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList();
        }
    }

    public static String sourceName(Path seeds, Path file) {
        return seeds.relativize(file).toString().replace('\\', '/');
    }

    public static Outcome<Seed> read(Path seeds, Path file) {
        return readBytes(seeds, file).then(b -> decode(sourceName(seeds, file), file, b));
    }

    /** The file's bytes, unless it is over {@link Config#MAX_SEED_BYTES} or unreadable: checked before reading it. */
    public static Outcome<byte[]> readBytes(Path seeds, Path file) {
        String source = sourceName(seeds, file);
        try {
            long size = Files.size(file);
            if (size > Config.MAX_SEED_BYTES) {
                return Outcome.failed(source, Stage.INGEST, String.format(Locale.ROOT,
                        "too large (%,d bytes; the limit is %,d bytes): split it or trim it", size, Config.MAX_SEED_BYTES));
            }
            return Outcome.ok(Files.readAllBytes(file));
        } catch (IOException e) {
            return Outcome.failed(source, Stage.INGEST, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Decodes bytes already in memory; public for the fuzz tests, which feed it arbitrary bytes. */
    public static Outcome<Seed> decode(String source, Path path, byte[] bytes) {
        return decode(source, path, bytes, Sha256.hex(bytes));
    }

    /** As above, for a caller that has already hashed the bytes (the build hashes every seed to look it up in its cache). */
    public static Outcome<Seed> decode(String source, Path path, byte[] bytes, String sha) {
        if (bytes.length == 0) return fail(source, "empty file (0 bytes)");
        String magic = binaryMagic(bytes);
        if (magic != null) return fail(source, "binary file (" + magic + "), not an article");
        Decoded d = decodeText(source, bytes);
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
        return Outcome.ok(new Seed(source, path, sha, bytes.length, kindOf(source, text), text, d.decoding));
    }

    private record Decoded(String text, String decoding) {}

    private static Decoded decodeText(String source, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            String s = strict(StandardCharsets.UTF_8, b, 3);
            return s != null ? new Decoded(s, "UTF-8 with BOM")
                    : new Decoded(new String(b, 3, b.length - 3, WINDOWS_1252), "windows-1252 (UTF-8 BOM, but not valid UTF-8)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            String s = strict(StandardCharsets.UTF_16LE, b, 2);
            return s != null ? new Decoded(s, "UTF-16LE with BOM") : new Decoded(null, "invalid UTF-16LE text despite its byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            String s = strict(StandardCharsets.UTF_16BE, b, 2);
            return s != null ? new Decoded(s, "UTF-16BE with BOM") : new Decoded(null, "invalid UTF-16BE text despite its byte-order mark");
        }
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
     * @param controls control characters other than line breaks, tabs and form feeds
     * @param composed every character is one that is NFC by itself and beside any other such: below U+0300 (Latin,
     *                 no combining marks) or general punctuation, super- and subscripts and currency signs
     *                 (U+2002 to U+20CF), where English news text nearly always stays. Normalising it would change
     *                 nothing, at the cost of a character-table look-up per character.
     */
    record Characters(int controls, boolean composed) {
        static final char COMPOSED_FROM = '\u2002', COMPOSED_TO = '\u20CF';

        /** A plain loop over an array, as C1 runs a char stream or charAt calls slowly. */
        static Characters of(String text) {
            int controls = 0;
            boolean composed = true;
            for (char c : text.toCharArray()) {
                if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') controls++;
                else if (c >= 0x300 && (c < COMPOSED_FROM || c > COMPOSED_TO)) composed = false;
            }
            return new Characters(controls, composed);
        }
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

    private static Outcome<Seed> fail(String source, String reason) {
        return Outcome.failed(source, Stage.INGEST, reason);
    }
}

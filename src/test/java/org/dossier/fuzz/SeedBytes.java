package org.dossier.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the bytes of seed files: random bytes, text in every encoding a scrape arrives in (with and without
 * byte-order marks, repeated ones too), pages declaring a charset, then broken: truncated multi-byte sequences, stray
 * continuation bytes, overlong forms, encoded surrogates, NULs, lone CRs, binary signatures, very long lines.
 */
final class SeedBytes {
    /** How a text becomes a file's bytes. */
    enum Encoding {
        UTF8, UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM, UTF16LE, WINDOWS_1252, LATIN_1;

        byte[] encode(String text) {
            return switch (this) {
                case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
                case UTF8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
                case UTF16LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
                case UTF16BE_BOM -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
                case UTF16LE -> text.getBytes(StandardCharsets.UTF_16LE);
                case WINDOWS_1252 -> text.getBytes(Charset.forName("windows-1252"));
                case LATIN_1 -> text.getBytes(StandardCharsets.ISO_8859_1);
            };
        }
    }

    private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {0x2B, 0x2F, 0x76, 0x38}};
    /** Byte runs that break UTF-8: stray continuation, overlong '/', encoded surrogates, beyond U+10FFFF, cut sequences, NUL, CR. */
    private static final byte[][] BREAKERS = {{(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xFE}, {0}, {'\r'}, {'\r', '\r', '\n'},
            {(byte) 0x93, 'q', (byte) 0x94}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0x1B, '$', 'B'}, {'+', 'A', 'G', 'E', '-'}};
    private static final byte[][] MAGIC = {{(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'%', 'P', 'D', 'F'},
            {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {0x7F, 'E', 'L', 'F'}, {'G', 'I', 'F', '8'}};
    private static final List<String> TEXTS = List.of("“Café” – naïve résumé, 10 € — ½ ‘quoted’ …",
            "date 2020-04-02 Alyssa Milano Appeals to Bernie Bros\n\n" + Prose.SENTENCES.get(12),
            "Ελληνικά, русский, 日本語のテキスト, עברית, العربية, 한국어, 🎉\u0301\u200D",
            "line one\r\nline two\rline three\n\r\n", "\uFEFF\uFEFFdouble mark", "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F",
            "   \u00A0\u2007\u202F\u200B\u2060\uFEFF\t\f", "<!DOCTYPE html><html><body><article><p>" + Prose.SENTENCES.get(0) + "</p></article></body></html>",
            "<!-- c --><HTML><p>x</p>", "\u2028\u2029\u0085 separators");

    private SeedBytes() {}

    /** Any bytes a seed file might hold, often broken. */
    static Arbitrary<byte[]> any() {
        Arbitrary<byte[]> base = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(4096)),
                Tuple.of(4, Combinators.combine(text(), Arbitraries.of(Encoding.class)).as((t, e) -> e.encode(t))),
                Tuple.of(2, declaredCharsetPage()),
                Tuple.of(1, Combinators.combine(Arbitraries.of(MAGIC), text()).as((m, t) -> concat(m, t.getBytes(StandardCharsets.UTF_8)))),
                Tuple.of(1, hugeLine()));
        Arbitrary<List<byte[]>> boms = Arbitraries.of(BOMS).list().ofMaxSize(3);
        Arbitrary<List<Edit>> edits = edit().list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<byte[]>of())), Tuple.of(1, boms)), base, edits)
                .as((prefix, bytes, es) -> {
                    byte[] b = bytes;
                    for (Edit e : es) b = e.apply(b);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    prefix.forEach(out::writeBytes);
                    out.writeBytes(b);
                    return out.toByteArray();
                });
    }

    /** Text of every kind: random characters from the whole of Unicode (lone surrogates included), or samples. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().all().ofMaxLength(1000)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(1000)),
                Tuple.of(3, Arbitraries.of(TEXTS).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("\n", l))),
                Tuple.of(2, Scrapes.scrapes()));
    }

    /** An HTML page declaring a charset Java knows (any of them), a made-up one, or UTF-8, with bytes that are not UTF-8. */
    static Arbitrary<byte[]> declaredCharsetPage() {
        List<String> names = new ArrayList<>(Charset.availableCharsets().keySet());
        names.addAll(List.of("utf-7", "x-user-defined", "bogus", "utf8", "UTF-8", "", "x-imap4-modified-utf7", "..", "a:b", "-"));
        Arbitrary<String> decl = Combinators.combine(Arbitraries.of(names), Arbitraries.of(
                "<meta charset=\"%s\">", "<META CHARSET=%s>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">",
                "<meta charset='  %s'>")).as((n, f) -> String.format(f, n));
        return Combinators.combine(decl, Arbitraries.bytes().array(byte[].class).ofMaxSize(2048), Arbitraries.of(Prose.SENTENCES))
                .as((d, body, sentence) -> concat(("<html><head>" + d + "</head><body><p>" + sentence + " ").getBytes(StandardCharsets.ISO_8859_1),
                        body, "</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** One line of 100,000 to 2,000,000 bytes, no line break, perhaps cut mid-character. */
    static Arbitrary<byte[]> hugeLine() {
        return Combinators.combine(Arbitraries.of("a", "é", "€", "😀", "<p>", "word "), Arbitraries.integers().between(100_000, 2_000_000),
                Arbitraries.integers().between(0, 3)).as((unit, n, cut) -> {
            byte[] u = unit.getBytes(StandardCharsets.UTF_8);
            byte[] b = new byte[n - n % u.length];
            for (int i = 0; i < b.length; i++) b[i] = u[i % u.length];
            return java.util.Arrays.copyOf(b, Math.max(1, b.length - Math.min(cut, u.length - 1)));
        });
    }

    /** Inserts a UTF-8 breaker at a relative position, or cuts the bytes there. */
    record Edit(boolean cut, byte[] insert, double at) {
        byte[] apply(byte[] b) {
            int i = (int) (at * b.length);
            if (cut) return java.util.Arrays.copyOf(b, i);
            return concat(java.util.Arrays.copyOf(b, i), insert, java.util.Arrays.copyOfRange(b, i, b.length));
        }
    }

    static Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))),
                Arbitraries.of(BREAKERS), Arbitraries.doubles().between(0, 1)).as(Edit::new);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}

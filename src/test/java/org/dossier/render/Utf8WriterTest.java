package org.dossier.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class Utf8WriterTest {
    /** ASCII, Latin-1, the templates' dashes, CJK, emoji (surrogate pairs) and lone halves of pairs. */
    private static final String[] PIECES = {"a", "<p>", "é", "—", "…", "中文", "😀", "👩‍👩‍👧", "\uD83D", "\uDE00", "\n", "Ω"};

    @Test
    void writesTheBytesGetBytesGivesHoweverATemplateSplitsTheText() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(1 + random.nextInt(8));
            int at = 0;
            while (at < s.length()) {
                int end = Math.min(s.length(), at + 1 + random.nextInt(5));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(s, at, end - at);
                    case 1 -> out.write(s.toCharArray(), at, end - at);
                    case 2 -> out.append(s, at, end);
                    default -> { end = at + 1; out.write(s.charAt(at)); }
                }
                at = end;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toBytes(), s);
        }
    }

    @Test
    void writesATextLongerThanItsCopyingPieceWithAPairAcrossEveryBoundary() {
        Random random = new Random(11);
        for (int shift = 0; shift < 3; shift++) {
            StringBuilder text = new StringBuilder("x".repeat(shift));
            while (text.length() < 40_000) text.append(PIECES[random.nextInt(PIECES.length)]).append("ascii run ".repeat(random.nextInt(200)));
            for (int at = 8191; at < text.length() - 1; at += 8192) text.replace(at, at + 2, "😀");
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(16);
            out.write(s, 0, s.length());
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toBytes());
        }
    }
}

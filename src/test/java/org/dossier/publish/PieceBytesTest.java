package org.dossier.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search piece read as bytes finds its terms in the order the build sorted them, Java's string order, also where
 * that is not the order of their UTF-8 bytes: a letter beyond U+FFFF sorts before one from U+E000 to U+FFFF.
 */
class PieceBytesTest {
    /** Letters from every width of UTF-8, and the two ranges whose UTF-8 and UTF-16 orders disagree. */
    private static final List<String> TERMS = List.of("a", "ab", "b", "z9", "é", "ée", "ж", "жa", "中", "ﬀ", "ｚ", "ｚa",
            "𝐀", "𝐀b", "𝐁", "\uD840\uDC00", "한");

    @Test
    void findsEveryTermAndThePlaceOfEveryOtherInJavaStringOrder() {
        List<String> sorted = new ArrayList<>(new TreeSet<>(TERMS));
        StringBuilder file = new StringBuilder("DOSSIER_SEARCH_PIECE(\"t\",3,[");
        for (int i = 0; i < sorted.size(); i++) file.append(i == 0 ? "" : ",").append('"').append(sorted.get(i)).append("\",\"B").append(i).append('"');
        PieceBytes piece = PieceBytes.of(file.append("]);\n").toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(sorted.size(), piece.size());
        for (int i = 0; i < sorted.size(); i++) {
            byte[] term = sorted.get(i).getBytes(StandardCharsets.UTF_8);
            assertEquals(i, piece.seek(term, 0), sorted.get(i));
            assertTrue(piece.holds(i, term), sorted.get(i));
            assertEquals("B" + i, new String(piece.bytes, piece.stringFrom(i), piece.stringTo(i) - piece.stringFrom(i), StandardCharsets.UTF_8));
        }
        for (String absent : List.of("", "aa", "c", "éa", "ｙ", "ｚb", "𝐀a", "\uFFFD", "\uD83D\uDE00")) {
            int place = (int) sorted.stream().filter(t -> t.compareTo(absent) < 0).count();
            byte[] term = absent.getBytes(StandardCharsets.UTF_8);
            assertEquals(place, piece.seek(term, 0), absent);
            assertFalse(piece.holds(place, term), absent);
        }
    }
}

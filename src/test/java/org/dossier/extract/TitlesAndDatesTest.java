package org.dossier.extract;

import org.dossier.clean.Block;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitlesAndDatesTest {
    @Test
    void derivedTitleIsTheOpeningClauseWithoutHashSigns() {
        String t = Titles.derive("American actress and #MeToo activist Alyssa Milano has moved to support former Vice President Joe Biden after he was accused of inappropriately touching and kissing women several years ago.");
        assertEquals("American actress and MeToo activist Alyssa Milano has moved to support former Vice President Joe Biden", t);
    }

    @Test
    void derivedTitleNeverExceeds140Characters() {
        String t = Titles.derive("word ".repeat(100));
        assertTrue(t.length() <= 140, t);
    }

    @Test
    void partialDatesOrderCoarseBeforeFineAndPrintOnlyWhatIsKnown() {
        PartialDate y = PartialDate.parse("2020").orElseThrow();
        PartialDate m = PartialDate.parse("2020-04").orElseThrow();
        PartialDate d = PartialDate.parse("2020-04-02T10:00:00-04:00").orElseThrow();
        assertEquals("2020", y.toString());
        assertEquals("2020-04", m.toString());
        assertEquals("2020-04-02", d.toString());
        assertTrue(y.compareTo(m) < 0 && m.compareTo(d) < 0);
        assertEquals(Optional.empty(), PartialDate.parse("2020-02-30"));
    }

    @Test
    void partialDatesPrintZeroPaddedAsIsoFormatDoes() {
        for (int year : new int[] {-1000, -5, 0, 7, 99, 999, 1000, 1999, 2020, 9999, 10_000, 123_456}) {
            assertEquals(String.format("%04d", year), new PartialDate(year, 0, 0).toString());
            for (int month = 1; month <= 12; month++) {
                assertEquals(String.format("%04d-%02d", year, month), new PartialDate(year, month, 0).toString());
                for (int day = 1; day <= 28; day += 9) {
                    assertEquals(String.format("%04d-%02d-%02d", year, month, day), new PartialDate(year, month, day).toString());
                }
            }
        }
    }

    @Test
    void readsEnglishDatePhrases() {
        assertEquals("2021-03-03", Dates.evidence("Published March 3, 2021 at 9:00 a.m.").orElseThrow().toString());
        assertEquals("2021-03-03", Dates.evidence("3 March 2021").orElseThrow().toString());
        assertEquals("2019-09-12", Dates.evidence("Sept. 12, 2019").orElseThrow().toString());
    }

    @Test
    void tweetsDateAnArticleToTheirMonthOnlyWhenSeveralAgree() {
        Block.Tweet old = new Block.Tweet("t", "t", "A", "a", "2016-01-01", "");
        Block.Tweet a = new Block.Tweet("t", "t", "B", "b", "2020-04-01", "");
        Block.Tweet b = new Block.Tweet("t", "t", "C", "c", "2020-04-02", "");
        assertEquals("2020-04", Dates.fromTweets(List.of(old, a, b)).orElseThrow().toString());
        assertEquals(Optional.empty(), Dates.fromTweets(List.of(old, a)));
    }
}

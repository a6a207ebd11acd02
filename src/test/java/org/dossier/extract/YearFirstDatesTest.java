package org.dossier.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A date written year first, "2023/03/14" or "2023.03.14", as Joomla, Bitrix and East Asian sites write it, dates the
 * article whatever the page's locale: month and day follow the year in that order everywhere.
 */
class YearFirstDatesTest {
    static Article extractSeed(String file) throws IOException {
        Path path = Path.of("src/test/resources/devset/seeds", file);
        return MetadataEvidenceTest.extract(file, new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            706_junk_joomla_dump_harbour_wall_en.txt ~ 2023-03-14
            708_junk_uncredited_captions_year_first_en.txt ~ 2023-03-14
            719_html_bitrix_ru_most_views_tags.html ~ 2023-03-14
            """)
    void aYearFirstDatelineDatesTheArticle(String seed, String date) throws IOException {
        assertEquals(date, MetadataEvidenceTest.date(extractSeed(seed)));
    }

    @Test
    void aYearFirstDateIsReadAsYearMonthDayWithAnySeparator() {
        for (String written : new String[] {"2023/03/14", "2023.03.14", "2023.3.14", "Posted 2023/03/14 09:10"}) {
            assertEquals("2023-03-14", Dates.evidence(written).map(PartialDate::toString).orElse("none"), written);
        }
        // no thirteenth month: not a date, whichever order it might have been meant in
        assertEquals("none", Dates.evidence("2023/14/03").map(PartialDate::toString).orElse("none"));
    }
}

package org.dossier.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A byline's row that carries the author's social handle or the story's reading time beside the date is the page's
 * dateline: it goes as one, and its date is the article's evidence ("By Jane Roe @janeroe | 3 March 2023",
 * "Tom Bradwell Mar 14, 2023 4 min read").
 */
class BylineDatesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            701_html_wp_library_hours_byline_handle_en.html ~ By Priya Lakhani-Doyle @priyaLD | 3 March 2023
            713_html_ghost_editors_note_en.html ~ Tom Bradwell Mar 14, 2023 4 min read
            720_junk_dump_wind_farm_related_en.txt ~ By Callum Rees @callumrees_news | 14 March 2023 | 3 min read
            731_html_wp_de_schwimmbad_recherche.html ~ Von Jana Reiter | 14. März 2023 | Lesezeit: 3 Min.
            735_junk_byline_handle_lectura_es.txt ~ Por Ana Ruiz Beltrán (@anaruizb) | 14/03/2023 | Lectura: 3 min
            """)
    void aBylineWithAHandleOrAReadingTimeIsTheDateline(String seed, String line) {
        assertRemovedAs("dateline", line, clean(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            By Priya Lakhani-Doyle @priyaLD | 3 March 2023
            Por Valentina Ospina Rendón @valeospinar | 14 de marzo de 2023
            Tom Bradwell Mar 14, 2023 4 min read
            Par Julie Morvan · 14 mars 2023 · 5 min de lecture
            Von Jana Reiter | 14. März 2023 | Lesezeit: 3 Min.
            Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM
            """)
    void theRowReadsAsADateline(String line) {
        assertEquals(true, Datelines.is(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Follow @janeroe for updates on the 3 March 2023 vote
            It took 4 min to read the 2023 report aloud
            — Dele (@dele_official) November 19, 2019
            """)
    void proseWithAHandleOrMinutesOrAPostsSignatureIsNoDateline(String line) {
        assertEquals(false, Datelines.is(line), line);
    }
}

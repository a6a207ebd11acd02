package org.dossier.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A separator line and the sign-off under it that names whose material the text draws on ("Mit Material von dpa",
 * "Reporting by …; Editing by …") go as separator and credit; a story's sentence that opens the same way stays.
 */
class SignOffsTest {
    @Test
    void theSeparatorAndTheAgencysSignOffGo() {
        CleanedSeed c = clean("718_junk_separator_signoff_de.txt");
        assertRemovedAs("separator", "***", c);
        assertRemovedAs("credit", "Mit Material von dpa", c);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            720_junk_dump_wind_farm_related_en.txt ~ Reporting by Callum Rees; Editing by Nia Howells
            721_junk_speichern_caption_de.txt ~ Mit Material von dpa
            722_junk_metro_vues_avec_afp_fr.txt ~ Avec AFP
            724_junk_dump_most_sokhranit_ru.txt ~ По материалам ТАСС.
            725_html_wp_es_tranvia_con_informacion.html ~ Con información de EFE
            726_html_arc_en_port_reporting_by.html ~ Reporting by Dana Whitlock; Editing by Marcus Bell
            """)
    void anAgencysSignOffGoesAsACredit(String seed, String line) {
        assertRemovedAs("credit", line, clean(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Reporting by Jane Roe in London; Editing by Tom Poe
            Avec AFP
            Con información de EFE
            По материалам ТАСС.
            * * *
            """)
    void aSignOffOrASeparatorIsTheirShape(String line) {
        assertEquals(true, LineShapes.kind(line).isPresent(), line);
    }

    @Test
    void aStorysSentenceThatOpensWithReportingStays() {
        assertEquals(Optional.empty(), LineShapes.kind("Reporting by the Guardian showed that the deal was struck in May."));
    }
}

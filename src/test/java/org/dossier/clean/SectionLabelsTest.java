package org.dossier.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;

/**
 * A lone label of a word or two between the headline and the text is the section's ("Société", "Lokales", "Cronaca"):
 * it goes as a section label, in text scrapes of each language read.
 */
class SectionLabelsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            702_junk_tramway_rectificatif_fr.txt ~ Société
            703_junk_radweg_korrektur_de.txt ~ Lokales
            711_junk_tsentr_popravka_ru.txt ~ Общество
            714_junk_parcheggi_correzione_it.txt ~ Cronaca
            715_junk_ciclofaixa_correcao_pt.txt ~ Cidades
            717_junk_views_counter_provenance_en.txt ~ Education
            """)
    void aLoneLabelAboveTheTextGoesAsTheSectionsLabel(String seed, String line) {
        assertRemovedAs("section-label", line, clean(seed));
    }
}

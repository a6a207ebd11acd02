package org.dossier.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page's count of views, hits or comments goes as a counter however the number is printed ("1.240", "2 318", "1.2K")
 * and whether the word comes after it or labels it ("Hits: 512", "Просмотров: 1 204"). A year is no count, and a
 * label with a sentence after it is no counter.
 */
class CountersTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            703_junk_radweg_korrektur_de.txt ~ 245 Kommentare
            704_junk_ciclovia_fe_de_erratas_es.txt ~ 1.240 visitas
            711_junk_tsentr_popravka_ru.txt ~ Просмотров: 1 204
            714_junk_parcheggi_correzione_it.txt ~ 2.310 visualizzazioni
            717_junk_views_counter_provenance_en.txt ~ 1.2K views
            706_junk_joomla_dump_harbour_wall_en.txt ~ Hits: 1024
            705_html_joomla_ru_vodoprovod_article_info.html ~ Просмотров: 512
            722_junk_metro_vues_avec_afp_fr.txt ~ 1,2 k vues
            724_junk_dump_most_sokhranit_ru.txt ~ Просмотров: 3 412
            723_junk_joomla_dump_detalles_es.txt ~ Visitas: 1204
            733_junk_joomla_dump_acessos_pt.txt ~ Acessos: 842
            """)
    void aCountOfTheSeedsReadersGoesAsACounter(String seed, String line) {
        assertRemovedAs("counter", line, clean(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            2023 Budget
            Hits: the songs that made the summer
            Views: mixed among residents
            """)
    void aYearOrALabelledPhraseIsNoCounter(String line) {
        assertEquals(Optional.empty(), LineShapes.kind(line).filter("counter"::equals), line);
    }
}

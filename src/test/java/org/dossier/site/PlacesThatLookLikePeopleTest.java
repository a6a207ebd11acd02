package org.dossier.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds about creeks, rivers, river meadows, valleys, villages, regions, districts, public bodies and towns whose
 * names read like people's, in English, Spanish, Polish, Russian, Turkish, Indonesian, Vietnamese and Slovak, built into
 * one site: a name read only as a place (before a creek or a river, after the noun of a river or a village, opened or
 * closed by a word of the compass, before "Scotland" in a public body's name, or after a Slavic "in", in any case) gets
 * no person page, and a person of the story who shares a word with the place keeps one.
 */
class PlacesThatLookLikePeopleTest {
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "(69\\d|97[34])_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            690_walker_creek_buyouts_us_en.txt          ~ Ann Walker; Dana Whitfield; Luis Ortega
            691_lachlan_valley_irrigators_au_en.txt     ~ Fiona McKellar; Stuart Bellamy
            692_rio_martin_crecida_aragon_es.txt        ~ Andrés Martín Lafuente; Marta Esteban
            693_food_standards_scotland_recall_uk_en.txt ~ Callum Drummond; Isla Fraser
            694_kazimierz_dolny_bulwar_pl.txt           ~ Ewa Sadowska; Kazimierz Lis
            695_orsk_ural_pavodok_ru.txt                ~ Андрей Сергеевич Лукин; Нина Петровна Зотова
            696_murat_nehri_taskin_tr.txt               ~ Elif Aydın; Murat Kaya
            697_desa_sri_mulyo_banjir_id.txt            ~ Joko Santoso; Sumiyati
            698_thu_bon_lu_vi.txt                       ~ Nguyễn Văn Sơn; Trần Thị Mai
            699_alfred_nzo_floods_za_en.txt             ~ Bongani Mkhize; Thandeka Mhlongo
            973_liptovsky_mikulas_povodne_sk.txt        ~ Ján Hrnčiar; Zuzana Mlynárová
            974_clare_callows_silage_ie_en.txt          ~ Orla Brennan; Seán Fahy
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        List<String> linked = site.linked(seed);
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), linked);
    }

    @Test
    void aPlaceOrABodyThatReadsLikeAPersonGetsNoPersonPage() {
        for (String place : List.of("Walker Creek", "Mason Creek", "Food Standards", "Historic Environment", "Kazimierz Dolny",
                "Kazimierzu Dolnym", "W Kazimierzu Dolnym", "Орске Урал", "Murat Nehri", "Doğu Anadolu", "Desa Sri Mulyo", "Sri Mulyo",
                "Dewi Sartika Timur", "Rejo Wetan", "Dusun Rejo Wetan", "Sari Asih Utara", "Thu Bồn", "Alfred Nzo", "Liptovskom Mikuláši",
                "V Liptovskom Mikuláši", "Clare Callows")) {
            assertTrue(!site.names().contains(place), place + " in " + site.names());
        }
    }

    @Test
    void aPersonWhoSharesAWordWithThePlaceKeepsThePage() {
        for (String person : List.of("Ann Walker", "Andrés Martín Lafuente", "Kazimierz Lis", "Murat Kaya")) {
            assertTrue(site.names().contains(person), person + " not in " + site.names());
        }
    }
}

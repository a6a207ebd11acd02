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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds on schools and exams in English, German, Italian, Portuguese, Spanish, Indonesian, Japanese, Korean and
 * French, built into one site: a school, a caterer, a public body or an iwi gets no person page, whether its name ends in
 * its noun ("Linden Grove Primary", "Harrowgate Fresh Catering", "Schools Examinations Board"), opens with a tribe's
 * word ("Ngāti Porou") or follows the school's noun and kind ("liceo scientifico Enrico Fermi"); a German determiner
 * opens no name ("Eine Sprecherin"); "Elder" is a title; given names alone that open a full name written before are
 * that person ("Ana Beatriz"); and pupils and speakers get their pages where a role, a quotation's verb, a person's
 * article ("seorang"), a paragraph's "he said" or an honorific after the name (さん, 教諭, 양, 군) vouches for them.
 */
class SchoolsTribesAndDeterminersAreNotPeopleTest {
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "10(8\\d|9[0-2])_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1080_westbury_school_meals_caterer_uk.txt    ~ Dilnoza Karimova; Priya Raman
            1081_cree_nation_school_reopens_ca.txt       ~ Dwayne Littlechief; Margaret Kiyoshk; Shania Moosomin
            1082_kura_kai_iwi_kitchen_nz.txt             ~ Aroha Whaanga; Hone Paraone
            1083_abitur_mathe_nachschreibtermin_de.txt   ~ Katrin Vogt; Lea Marquardt
            1084_maturita_prima_prova_liceo_it.txt       ~ Chiara Fontana; Paola Ruggeri
            1085_enem_redacao_nota_maxima_br.txt         ~ Ana Beatriz Nogueira Lima; Ricardo Menezes
            1086_colegio_publico_becas_comedor_es.txt    ~ Andrés Pineda; María José Castillo Ruiz
            1087_ppdb_zonasi_sekolah_negeri_id.txt       ~ Bambang Sugiarto; Suparman; Wartini
            1088_kyushoku_muryo_shiritsu_ja.txt          ~ 梶原真理子; 水島健太
            1089_suneung_suheomsaeng_ko.txt              ~ 박영수; 정다은; 한지호
            1090_bac_pro_lycee_resultats_fr.txt          ~ Inès Haddad; Olivier Garnier
            1091_madhyamik_results_topper_in.txt         ~ Meenakshi Iyer; Souradip Ghoshal
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), site.linked(seed));
    }

    @Test
    void aSchoolACatererABodyOrAnIwiGetsNoPersonPage() {
        assertEquals(List.of(), site.linked("1092_exam_results_date_brief_rw.txt"));
        for (String thing : List.of("Linden Grove Primary", "Linden Grove", "Harrowgate Fresh Catering", "Fresh Catering", "Ngāti Porou",
                "Ngāi Tahu", "Enrico Fermi", "Guglielmo Marconi", "Paulo Freire", "Miguel Hernández", "Jean Moulin", "Jean Moulin de Béziers",
                "Schools Examinations Board", "Basic Education Service", "Secondary Education", "Eine Sprecherin", "Die Schulleitung")) {
            assertFalse(site.names().contains(thing), thing + " in " + site.names());
        }
    }

    @Test
    void aTitleOrGivenNamesAloneMakeNoSecondPerson() {
        for (String name : List.of("Elder Margaret Kiyoshk", "Kaumātua Hone Paraone", "Ana Beatriz", "María José", "Littlechief", "Pineda")) {
            assertFalse(site.names().contains(name), name + " in " + site.names());
        }
    }

    @Test
    void aPupilNamedByAnHonorificHasAPersonPageThatListsHerArticle() {
        for (var page : Sites.personPages(site.run()).entrySet()) {
            if (!page.getValue().equals("정다은") && !page.getValue().equals("梶原真理子")) continue;
            List<String> titles = site.run().page("people/" + page.getKey()).select("main a[href*=articles/]").eachText();
            assertTrue(titles.stream().anyMatch(t -> t.contains("수능") || t.contains("給食費")), page.getValue() + ": " + titles);
        }
        assertTrue(site.names().containsAll(List.of("정다은", "梶原真理子")), site.names().toString());
    }
}

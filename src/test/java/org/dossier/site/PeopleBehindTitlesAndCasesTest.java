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
 * Dev-set seeds 610-621, built into one site: a person behind a title, a chain of titles or a form of respect
 * ("Doña", "Başhekim Prof. Dr.", "Prof", "Cllr") has one page under the name alone, and a title with the surname or the
 * given name alone ("Prof Radcliffe said", "dijo Don Ernesto", "Dr Okafor") is no second person; "Ma." and "Md." stay
 * in the names they open, capital initials after "Dr" are a name; Hungarian names keep their surname-first order and
 * "-né"; Korean names before a role glued to its department, and Russian names declined with their patronymics, have
 * their pages in the nominative; Dutch, Polish, Turkish and Māori given names the lists lacked are read.
 */
class PeopleBehindTitlesAndCasesTest {
    /** The person pages' names (their headings). */
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "6(1\\d|2[01])_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            610_iloilo_dengue_ward_ph_en.txt            ~ Ma. Luisa Abad-Tolentino; Ma. Teresa Gonzaga; Rodrigo Villaflor
            611_sylhet_flood_clinic_bd_en.txt           ~ Md. Kamrul Hasan; Md. Nurul Amin Chowdhury; SK Mondal
            612_patna_hospital_beds_in_en.txt           ~ Anjali Prasad; PN Jha; RK Sinha
            613_puebla_hospital_espera_mx_es.txt        ~ Ernesto Salgado Pérez; Guadalupe Ortiz Ramírez; Leticia Campos Ruiz
            614_bursa_devlet_hastanesi_tr.txt           ~ Elif Şahin; Hatice Korkmaz; Kemal Aydoğan; Murat Çelik
            615_pecs_rendelo_hu.txt                     ~ Balogné Farkas Judit; Kiss Gáborné; Molnár Erzsébet; Szabó Márton
            616_gwangju_hospital_ko.txt                 ~ 윤도현; 정수빈; 최영호; 한승우
            617_custom_kazan_travmpunkt_win1251_ru.html ~ Андрей Викторович Соколов; Игорь Мельников; Михаил Ильдарович Гафуров; Наталья Сергеевна Белова
            618_deventer_huisartsenpost_nl.txt          ~ Joop Hendriks; Marloes Verbeek; Sjoerd Kuipers; Truus Hendriks
            619_lublin_przychodnia_pl.txt               ~ Bogusław Nowicki; Czesław Wójcik; Grażyna Kamińska
            620_rotorua_marae_clinic_nz_en.txt          ~ Aroha Paewai; Hōri Ngatai; Ngaire Tūrei
            621_leeds_ward_closure_uk_en.txt            ~ Declan Byrne; Imogen Radcliffe
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        List<String> people = site.linked(seed);
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), people);
    }

    @Test
    void aTitleWithTheSurnameOrTheGivenNameAloneIsNoSecondPerson() {
        for (String alias : List.of("Prof Radcliffe", "Cllr Byrne", "Dr Okafor", "Okafor", "Don Ernesto", "Dr. Abad-Tolentino")) {
            assertFalse(site.names().contains(alias), alias);
        }
        assertFalse(site.names().stream().anyMatch(n -> n.startsWith("Doña") || n.startsWith("Başhekim") || n.startsWith("Uzm.")
                || n.startsWith("Kaumātua")), site.names().toString());
    }

    @Test
    void aRussianNameDeclinedWithItsPatronymicHasItsPageInTheNominative() {
        assertTrue(site.names().contains("Андрей Викторович Соколов"), site.names().toString());
        assertFalse(site.names().stream().anyMatch(n -> n.startsWith("Андрея") || n.startsWith("Наталье")), site.names().toString());
    }
}

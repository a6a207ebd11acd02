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
 * Dev-set seeds about hospitals, wards, schools, streets, bridges, airports, stadiums, prizes and foundations named after
 * people, in English, French, German, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Russian, Turkish, Hungarian,
 * Indonesian, Vietnamese and Philippine English, built into one site: a namesake read only in the name of its place
 * (before or after the noun of the place, after "im." or "имени", with a Turkish ending of place, or alone as the
 * short name of a hospital written in full elsewhere) gets no person page; one that the article also names as a person,
 * with an age, a role or a verb of speech, keeps its page; and a role of the place ("mluvčí nemocnice") still names
 * its holder.
 */
class PlacesNamedAfterPeopleTest {
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "(59\\d|60\\d)_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            590_stroke_unit_wing_uk_en.txt              ~ Graham Holloway; Priya Raman
            591_airport_terminal_school_ke_en.txt       ~ Joseph Otieno; Wanjiru Kamau
            592_urgences_lycee_prix_fr.txt              ~ Claire Dubois; Hélène Marchetti
            593_klinikum_neubau_de.txt                  ~ Anna Krüger; Stefan Vogt
            594_hospital_general_escuela_mx_es.txt      ~ Ernesto Lara Campos; Verónica Salinas
            595_hospital_municipal_escola_br_pt.txt     ~ Fábio Nogueira; Juliana Costa
            596_policlinico_liceo_premio_it.txt         ~ Lucia Ravagnan; Paolo Ferretti
            597_ziekenhuis_brug_nl.txt                  ~ Femke Lammers; Ruud Hendriks
            598_szpital_im_szkola_pl.txt                ~ Marek Zieliński
            600_bolnitsa_imeni_ru.txt                   ~ Игорь Петрович Малахов; Ольга Сергеевна Ветрова
            601_devlet_hastanesi_tr.txt                 ~ Ahmet Yalçın; Selin Kara
            603_rsud_bandara_id.txt                     ~ Bambang Sutrisno; Ratna Dewi
            604_benh_vien_truong_vi.txt                 ~ Lê Minh Khoa; Phạm Thu Hà
            605_barangay_memorial_hospital_ph_en.txt    ~ Jane Yap; Maricel Tan; Rosalie Bautista
            606_footbridge_street_au_en.txt             ~ Daniel Okafor; Jean Marsden
            607_estadio_fundacion_ar_es.txt             ~ Elena Paz; Raúl Ferreyra
            608_premio_aeroporto_pt.txt                 ~ Sofia Albuquerque; Teresa Lobo
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        List<String> linked = site.linked(seed);
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), linked);
    }

    @Test
    void aNamesakeReadOnlyInThePlaceNamedAfterItGetsNoPersonPage() {
        for (String namesake : List.of("Margaret Ellison", "Margaret Ellison Wing", "Edward Ward", "Thomas Avery", "Jomo Kenyatta",
                "Wangari Maathai", "Hedwig Brandner", "Aurelio Valdivia", "Rosario Zamora", "Benito Juárez", "Rubens Aragão",
                "Maria Lúcia Prates", "Umberto Brancati", "Enrico Fermi", "Jeroen Bosch", "Stanisława Wrony", "Maria Konopnicka",
                "Tomáše Bati", "Jana Keplera", "А. Г. Лаврова", "Nurettin Aksoy", "Nurettin Aksoy'da", "Szent Lukács",
                "Kálmán Egyetem", "Haryono Sastro", "Trưng Vương", "Lê Quý Đôn", "Nhi Đồng", "Thủ Đức", "Emilio Ramos",
                "Barangay Dampas", "Mario Alberto Kempes", "Humberto Delgado", "Dona Leonor", "O Prémio Sofia Albuquerque")) {
            assertTrue(!site.names().contains(namesake), namesake + " in " + site.names());
        }
    }

    @Test
    void aNamesakeTheArticleAlsoNamesAsAPersonKeepsItsPage() {
        for (String person : List.of("Hélène Marchetti", "Lucia Ravagnan", "Jean Marsden", "Elena Paz", "Sofia Albuquerque", "Anna Hollerer")) {
            assertTrue(site.names().contains(person), person + " not in " + site.names());
        }
    }

    @Test
    void aRoleOfTheHospitalStillNamesItsHolder() {
        for (String person : List.of("Lenka Horáková", "Marek Zieliński", "Ольга Сергеевна Ветрова", "Verónica Salinas")) {
            assertTrue(site.names().contains(person), person + " not in " + site.names());
        }
    }
}

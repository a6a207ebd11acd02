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
 * Dev-set seeds on renting and homelessness in English, German, Spanish, Italian, Portuguese, French, Dutch, Indonesian,
 * Polish and Swedish, built into one site: a name is a person's only when the article treats it as one. A letting agent
 * or a family firm with a surname, a shelter or a foundation named after someone, a tenants' union, a ministry's
 * portfolio and a place after a preposition get no person page; the people beside them whom a title, a role, an age, a
 * verb of speech or their surname said again vouch for keep theirs.
 */
class FirmsSheltersAndMinistriesAreNotPeopleTest {
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "11(1[2-9]|2[0-3])_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1112_salford_letting_agent_fees_uk.txt           ~ Bethany Collier; Imran Haddad; Wiktor Dąbrowski
            1113_lower_hutt_emergency_housing_ministry_nz.txt   ~ Mereana Walker; Rawiri Tuhoe; Samuel Faleolo
            1114_neukoelln_mietwucher_de.txt                 ~ Ayşe Korkmaz; Katrin Vogt
            1115_rosario_alquileres_inmobiliarias_ar.txt     ~ Marcelo Ibáñez; Valeria Sosa
            1116_torino_sfratti_dormitorio_it.txt            ~ Giulia Roero; Marco Bellini
            1117_porto_alegre_aluguel_abrigo_br.txt          ~ Joaquim Ferreira; Luciana Prates
            1118_lyon_foyer_hebergement_fr.txt               ~ Karim Benali; Sandrine Perrin
            1119_utrecht_huurders_makelaar_nl.txt            ~ Ahmed el Amrani; Lotte de Graaf
            1120_surabaya_rusun_tunggakan_id.txt             ~ Agus Santoso; Siti Rahayu
            1121_krakow_lokatorzy_schronisko_pl.txt          ~ Anna Kowalczyk; Barbara Wiśniewska
            1122_goteborg_hyresgaster_se.txt                 ~ Fatima Hassan; Johan Bergström; Karin Ek
            1123_cork_night_shelter_named_ie.txt             ~ Aoife Brennan; Ciarán Ó Súilleabháin; Niamh Doyle
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), site.linked(seed));
    }

    @Test
    void aFirmWithASurnameOrATradeGetsNoPersonPage() {
        for (String firm : List.of("Hale Lettings", "Okafor Residential", "Lucero Hermanos", "Kāinga Tahi Housing", "Dumont Immobilier",
                "Hausverwaltung Krämer", "Immobilien Schröder", "Nowak Nieruchomości", "Wijaya Properti")) {
            assertTrue(!site.names().contains(firm), firm + " in " + site.names());
        }
    }

    @Test
    void aShelterOrAFoundationNamedAfterSomeoneGetsNoPersonPage() {
        for (String namesake : List.of("Dorothy Kerr", "Teresa Gramaglia", "Irmã Zenaide Castro", "Zenaide Castro", "Marcel Vidal",
                "Johanna Visser", "Bridget Coyle", "Hilde Brandt", "Jeanne Lacombe", "Brata Alberta")) {
            assertTrue(!site.names().contains(namesake), namesake + " in " + site.names());
        }
    }

    @Test
    void aUnionAMinistryOrAPlaceThatReadsLikeANameGetsNoPersonPage() {
        for (String body : List.of("Urban Development", "Housing and Urban Development", "Mieterbund Neukölln", "Agus di Balai Kota", "Rusun Gunungsari", "Secondo Bellini",
                "Santa Fe", "Ashworth Tenants")) {
            assertTrue(!site.names().contains(body), body + " in " + site.names());
        }
    }
}

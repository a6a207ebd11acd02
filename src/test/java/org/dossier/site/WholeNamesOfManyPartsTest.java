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
 * Dev-set seeds 416-430, built into one site: a name of three parts or more has one page under the whole name, never
 * under a part of it: hyphenated surnames, South Asian middle parts ("Devi", "Kumar", "Khatun", "Begum"), East African
 * three-part names whose surname is an English word, Catalan and Spanish surnames joined by "i" and "y", Portuguese,
 * Italian and Dutch particles after double given names, Danish and Norwegian three-part names after a role written as
 * one word, and Polish and Russian names declined after a role, whose pages are in the nominative; a place in the
 * genitive between a role and the name ("mieszkanka Obłuża Ewa Nowicka", "Gradonačelnik Kraljevice Dino Perić") is no
 * part of the name.
 */
class WholeNamesOfManyPartsTest {
    /** The person pages' names (their headings). */
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "4(1[6-9]|2\\d|30)_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            416_caerwys_bus_lanes_uk.txt       ~ Ffion Rhys-Jenkins; Gwenllian Morgan Huws
            417_lucknow_drains_in.txt          ~ Anupam Jyoti Baruah; Ramesh Kumar Tiwari; Sunita Devi Yadav
            418_rajshahi_embankment_bd.txt     ~ Farzana Begum Chowdhury; Rokeya Khatun Mollah
            419_kisii_market_roof_ke.txt       ~ Grace Akinyi Ouma; Samuel Kiprono Most
            420_girona_rodalies_ca.txt         ~ Jordi Puig i Serra; Montserrat Vidal i Roca
            421_sevilla_tranvia_es.txt         ~ Carmen Ruiz; Luis Herrera y Soto; Manuel Ortega
            422_porto_metro_pt.txt             ~ João Pedro dos Santos Ferreira; Maria da Graça Lopes
            423_bari_lungomare_it.txt          ~ Gian Luca De Santis; Maria Grazia Lo Monaco
            424_utrecht_fietsenstalling_nl.txt ~ Joost ter Horst; Maarten van de Kamp; Sanne van der Heijden; Wiebren van de Pol
            425_aalborg_havnebus_da.txt        ~ Mette Skov Thomsen; Søren Bach Lund
            426_trondheim_trikk_no.txt         ~ Eirik Moe Haugen; Kari Solberg Nilsen
            427_gdynia_trolejbusy_pl.txt       ~ Bogdan Szczepaniak; Ewa Nowicka; Grzegorz Wiśniewski
            428_samara_tram_ru.txt             ~ Елена Викторовна Орлова; Игорь Кравцов
            429_kraljevica_trajekt_hr.txt      ~ Dino Perić; Ivo Marić-Bašić; Marija Kovač
            430_kassel_radwege_de.txt          ~ Heike Brandt-Sommer; Jürgen Most
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        List<String> people = site.linked(seed);
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), people);
    }

    @Test
    void noPartOfALongerNameHasAPageOfItsOwn() {
        for (String part : List.of("Morgan Huws", "Jyoti Baruah", "Khatun Mollah", "Begum Chowdhury", "Kiprono Most", "Akinyi Ouma",
                "Samuel Kiprono", "Jordi Puig", "Luis Herrera", "Luca De Santis", "Grazia Lo Monaco", "Bach Lund", "Skov Thomsen",
                "Moe Haugen", "Rhys Jenkins", "Urban Development", "Obłuża Ewa Nowicka", "Kraljevice Dino Perić")) {
            assertFalse(site.names().contains(part), part);
        }
    }

    @Test
    void twoPeopleJoinedByAndStayTwo() {
        assertTrue(site.names().containsAll(List.of("Carmen Ruiz", "Manuel Ortega")), site.names().toString());
        assertFalse(site.names().stream().anyMatch(n -> n.contains(" y Manuel")), site.names().toString());
    }

    @Test
    void aPolishNameDeclinedAfterAPrepositionHasItsPageInTheNominative() {
        assertTrue(site.names().containsAll(List.of("Grzegorz Wiśniewski", "Bogdan Szczepaniak")), site.names().toString());
        assertFalse(site.names().stream().anyMatch(n -> n.endsWith("em") || n.endsWith("iem")), site.names().toString());
    }
}

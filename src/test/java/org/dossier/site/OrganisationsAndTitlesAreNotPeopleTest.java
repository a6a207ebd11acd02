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
 * Dev-set seeds on farm prices in English, Malay, Indonesian, German, Swedish, Norwegian, Vietnamese, Hungarian, Spanish,
 * Polish, Turkish and French, built into one site: a co-operative, union or association named by its members ("Kerry
 * Creamery Suppliers", "Amansie Cocoa Farmers") or opened by its noun ("Koperasi Tani Makmur", "Pertubuhan Peladang
 * Kawasan") gets no person page; a title stays out of the name ("Reeve", "Warden", "Togbe", "H." for Haji, "Tan Sri",
 * "Sir"); a name ends before where its holder works or lives ("von der Hochschule …", "i Sjöbo"); and a commune, a
 * province or a museum named after someone is no person, while a person who shares a word with it keeps a page.
 */
class OrganisationsAndTitlesAreNotPeopleTest {
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "10(5\\d|6[0-4])_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1050_kerry_creamery_suppliers_ie.txt       ~ Declan Rogers; Keir Starmer; Máire Ní Bhriain
            1051_ashanti_cocoa_farmers_union_gh.txt    ~ Abena Serwaa Mensah; Ibrahim Sulemana; Kwasi Dzokoto; Yaw Ofori-Darko
            1052_kubang_pasu_peladang_ms.txt           ~ Ismail Yusof; Mohd Fauzi Rahman; Noraini Hassan
            1053_subang_koperasi_tani_id.txt           ~ Dedi Kurniawan; Sri Mulyani; Ujang Sutisna
            1054_rm_reeve_canola_harvest_ca.txt        ~ Gord Kowalchuk; Lisa Beaudry; Paula Warden
            1055_allgaeu_milchpreis_de.txt             ~ Anja Reiter; Johann Bichler; Karoline von der Heide; Markus Hollenberg
            1056_skane_torka_sv.txt                    ~ Annika Holm; Per-Olof Lindqvist
            1057_sogn_torke_no.txt                     ~ Kari Haugland; Ola Rustad
            1058_an_giang_gia_lua_vi.txt               ~ Lê Thị Mỹ Hạnh; Trần Văn Hòa
            1059_szeged_paprika_hu.txt                 ~ Szabó Erzsébet; Tóth Ferenc
            1060_jaen_cooperativa_aceite_es.txt        ~ Juan de la Cruz Molina; Manuel Ortega Ruiz
            1061_grojec_sadownicy_pl.txt               ~ Beata Zielińska; Mirosław Kalinowski
            1062_konya_pancar_kooperatif_tr.txt        ~ Ayşe Demirci; Mehmet Yıldız
            1063_perche_cooperative_ble_fr.txt         ~ Bertrand de la Fontaine; Claire Lemoine; Jean-Luc Moreau
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        List<String> linked = site.linked(seed);
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), linked);
    }

    @Test
    void anOrganisationOfMembersGetsNoPersonPage() {
        for (String body : List.of("Kerry Creamery Suppliers", "Creamery Suppliers", "Amansie Cocoa Farmers", "Ballyheigue Grain Growers",
                "Tani Makmur", "Koperasi Tani Makmur", "Tani Sri Rahayu", "Pertubuhan Peladang Kawasan", "Peladang Kawasan",
                "Agricultores de Jaén", "Theo Sở Nông")) {
            assertTrue(!site.names().contains(body), body + " in " + site.names());
        }
    }

    @Test
    void aTitleOrWhereThePersonWorksIsNoPartOfTheName() {
        for (String name : List.of("Reeve Gord Kowalchuk", "Warden Lisa Beaudry", "Togbe Kwasi Dzokoto", "H. Ujang Sutisna",
                "Sri Mohd Fauzi Rahman", "Sir Keir Starmer", "Markus Hollenberg von der Hochschule Weihenstephan",
                "Johann Bichler von der Milcherzeugergemeinschaft Oberallgäu", "Per-Olof Lindqvist i Sjöbo", "Kari Haugland i Stryn")) {
            assertTrue(!site.names().contains(name), name + " in " + site.names());
        }
    }

    @Test
    void aPlaceOrAnInstitutionNamedLikeAPersonGetsNoPageButItsNamesakesNeighboursKeepTheirs() {
        for (String place : List.of("Tân Mỹ", "Lấp Vò", "An Giang", "Đồng Tháp", "Hậu Giang", "Vĩnh Long", "Ferenc Múzeum", "József Színház", "Móra Ferenc", "Wallace")) {
            assertTrue(!site.names().contains(place), place + " in " + site.names());
        }
        for (String person : List.of("Lê Thị Mỹ Hạnh", "Tóth Ferenc", "Paula Warden", "Sri Mulyani", "Karoline von der Heide")) {
            assertTrue(site.names().contains(person), person + " not in " + site.names());
        }
    }
}

package org.dossier.site;

import org.jsoup.nodes.Document;
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
 * Dev-set seeds written on the shapes of pages nobody tuned to (Brazilian and Portuguese city pages, Vietnamese,
 * Malay, Indonesian, Turkish, Dutch, Swedish, Czech, German, Spanish and Bangladeshi English news), built into one
 * site: the person pages are the people of the stories. Bodies, services, amounts and places whose words open or end
 * with a name are none; a byline's or a credit's name is none; an organisation after "van de" ends a name; Vietnamese
 * surnames beyond the common five open a name; "Md" and "Mohd" belong to one; Czech women's names declined with their
 * surnames are listed in the nominative. And Latin and Cyrillic names the gazetteer does not know (Singapore, South
 * Africa, Canada, Hungary, Norway, Switzerland, Spain, Senegal, Russia, Kazakhstan, Italy, the Netherlands, Australia):
 * a role glued before a name, a long role phrase, a quoted nickname, a patronymic, a place in the genitive, a surname
 * written first are read as such, and credits, byline rows, portfolios, labels and "M. Surname" give no person page.
 */
class PeopleOnUntunedPagesTest {
    /** Each person page's name (its heading), by the page's path under people/. */
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "8(3\\d|4[01])_.*|9[23]\\d_.*");
    }

    /** The names on the article's page that link to person pages, sorted. */
    private static List<String> people(String seed) {
        Document page = site.article(seed);
        return page.select("a.person").eachText().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            830_recife_brt_boa_vista_ptbr.txt    ~ Adriana Pereira da Costa; Edson Ferreira Lima; Ricardo Lins Amorim
            831_lisboa_carris_arroios_ptpt.txt   ~ Fernando Teixeira; Inês Matos Rebelo; Joana Cardoso
            832_hcm_metro_ben_thanh_vi.txt       ~ Hồ Thị Mai; Nguyễn Văn Hùng; Đỗ Thanh Tùng
            833_kl_lrt_kelana_jaya_ms.txt        ~ Lim Wei Keat; Mohd Hafiz Rahman; Noraini binti Yusof
            834_bandung_angkot_id.txt            ~ Dadang; Rizki Hermawan; Siti Rahmawati
            835_istanbul_metrobus_tr.txt         ~ Ayşe Demir; Hasan Yıldırım Koç
            836_utrecht_tram_nl.txt              ~ Pieter Jansen; Sanne de Wit; Thijs van der Meulen
            837_malmo_pendeltag_sv.txt           ~ Bengt-Åke Lind; Carl-Johan Ek; Maria Nyström
            838_brno_autobusy_cs.txt             ~ Jana Horáková; Petr Novák; Veronika Dvořáková
            839_stuttgart_sbahn_de.txt           ~ Anna Keller; Jürgen Maier
            840_dhaka_metro_rail_bd_en.txt       ~ Md Abdur Rahman; Mohd Nazmul Hasan; Nasima Akter
            841_madrid_emt_usera_es.txt          ~ Carmen Ruiz Gallego; María José Gil; Álvaro Serrano
            920_sembawang_market_reopens_sg_en.txt   ~ Goh Siew Ping; Koh Boon Hui; Ong Ah Seng
            921_pietermaritzburg_taxi_rank_za_en.txt ~ Bongani Ntuli; Nomvula Zondi-Mkhize
            922_moncton_transit_fares_ca_en.txt      ~ Daniel Gaudet; Pascal Thibodeau-Leger
            923_szeged_busz_hu.txt                   ~ Fekete-Szűcs Ágnes; Nagy Levente; Varga Ildikó
            925_winterthur_begegnungszone_ch_de.txt  ~ Käthi Baumann-Rüegg; Urs Meierhofer
            926_cadiz_carril_bici_es.txt             ~ Manuel Jesús Galán; Rocío Benítez Lozano
            927_thies_gare_routiere_sn_fr.txt        ~ Abdoulaye Diagne Faye; Aminata Sow-Diallo
            928_tver_tramvai_ru.txt                  ~ Виктор Анатольевич Горбунов-Лесной; Динара Ренатовна Сафина; Ренат Ахмеров-Быстров
            929_astana_avtobus_kz.txt                ~ Ерболат Сәкенұлы Жұмабаев; Сәуле Нұрланқызы Әбенова
            930_bergamo_tram_linea_t2_it.txt         ~ Mariangela Rota; Pierluigi Carminati
            931_leiden_busbaan_nl.txt                ~ Joris Bakhuizen; Wietske Hoogendam-Smit
            932_geelong_ferry_wharf_au_en.txt        ~ Caitlin Moriarty-Dunn; Kevin Abeysekera
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), people(seed));
    }

    @Test
    void aNameAfterALongRolePhraseIsReadWhole() {
        for (String name : List.of("Goh Siew Ping", "Sigbjørn Åsheim-Strøm", "Mariangela Rota")) {
            assertTrue(site.names().contains(name), name + " in " + site.names());
        }
    }

    @Test
    void aRoleNounOrAPlaceGluedBeforeANameIsNoPartOfIt() {
        assertTrue(site.names().stream().noneMatch(n -> n.startsWith("Stallholder") || n.startsWith("Altstadtbewohnerin")
                || n.startsWith("Buschauffeur") || n.startsWith("Заволжья") || n.startsWith("Химинститута")), site.names().toString());
    }

    @Test
    void creditsBylineRowsPortfoliosLabelsAndAFrenchSurnameAloneGetNoPersonPage() {
        for (String none : List.of("Mirjam Egli", "Femke Verhoef", "Shaun Pettigrew", "Renée Arsenault", "Urbanismo y Vivienda",
                "C del", "M. Faye", "M. Ndour", "Ndour", "Corriere Bergamasco", "Val Brembana", "Santa Bárbara")) {
            assertFalse(site.names().contains(none), none);
        }
    }

    @Test
    void bodiesServicesAmountsAndPlacesGetNoPersonPage() {
        for (String thing : List.of("Prefeitura do Recife", "Boa Vista", "Santo Antônio", "Associação de Comerciantes da Baixa Pombalina",
                "Municipal de Lisboa", "Pegawai Operasi Rapid Rail", "LRT Kelana Jaya", "Rapid Bus", "Millionen Euro", "Milliarden Euro",
                "Thảo Điền", "Asociación Vecinal de Orcasitas")) {
            assertFalse(site.names().contains(thing), thing);
        }
    }

    @Test
    void aPersonPageIsNamedWithoutTheOrganisationAfterTheName() {
        assertTrue(site.names().contains("Sanne de Wit"), site.names().toString());
        assertTrue(site.names().contains("Pieter Jansen"), site.names().toString());
        assertFalse(site.names().stream().anyMatch(n -> n.contains("Reizigersbond") || n.contains("ProRail")));
    }

    @Test
    void aDeclinedCzechNameHasItsPageInTheNominative() {
        assertTrue(site.names().contains("Veronika Dvořáková"), site.names().toString());
        assertTrue(site.names().contains("Jana Horáková"), site.names().toString());
        assertFalse(site.names().stream().anyMatch(n -> n.startsWith("Veroniky") || n.startsWith("Janou")));
    }

    @Test
    void bylinesAndCreditsGiveTheirNamesNoPersonPage() {
        for (String author : List.of("Camila Nogueira", "Marlon Tavares", "Quỳnh Trần", "Hữu Khoa", "Farah Nadia", "Yudha Maulana",
                "Eva Bakker", "Laura Schmidt", "Sazzad Hossain", "Lucía Martín")) {
            assertFalse(site.names().contains(author), author);
        }
    }
}

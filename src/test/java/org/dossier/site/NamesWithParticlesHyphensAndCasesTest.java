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
 * Dev-set seeds in English from New Zealand, the Philippines, Ireland, South Africa and Bangladesh, and in French,
 * German, Spanish, Polish, Hungarian, Indonesian and Italian, built into one site, list exactly the people their gold
 * lists (issue 13, item 4): double surnames after given names the gazetteer does not know, Irish particles ("Ó", "Ní",
 * "Mac"), capital initials before particles ("JP van Tonder"), short given names with a stop ("Ma.", "Md.", "Muh."),
 * two people in one phrase ("Tadhg and Gráinne Mac Cárthaigh", "Carmen y Luis Ortuño Bellver"), names after less
 * common roles ("Barangay Captain", "Der Dortmunder Sozialdezernent", "l'échevine du Logement,"), Polish names in the
 * instrumental and the genitive (named in the nominative), Hungarian names written surname first and an Indonesian
 * mononym; each has a person page under its name.
 */
class NamesWithParticlesHyphensAndCasesTest {
    @TempDir
    static Path dir;

    private static Sites.PeopleSite site;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "11(2[89]|3\\d)_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1128_lower_hutt_motel_families_nz.txt     ~ Aroha Te Awe-Marsden; Hemi Tawhiri-Walker; Kahu Te Awe-Marsden; Whetu Rangiahua-Baines
            1129_iloilo_relocation_site_ph.txt        ~ Jose Mari Sarmiento-Dela Cruz; Ma. Lourdes Garnica-Villanueva; Md. Nurul Amin
            1130_liege_logements_sociaux_be.txt       ~ Fatima Zahra Ouchen-Renard; Samira Benhaddou-Lambert; Youssef El Amrani-Dubois
            1131_dortmund_mieterberatung_de.txt       ~ Anne-Kathrin Lüdeking-Brand; Karl-Heinz Oberwinter; Klaus Wedekamp; Petra Wedekamp
            1132_cork_rent_tribunal_ie.txt            ~ Gráinne Mac Cárthaigh; Róisín Ní Mhurchú; Tadhg Mac Cárthaigh
            1133_pretoria_inner_city_evictions_za.txt ~ DJ du Toit; JP van Tonder; MK Ramaphakela
            1134_valencia_desahucio_bloque_es.txt     ~ Amparo Soler-Gimeno; Carmen Ortuño Bellver; Luis Ortuño Bellver
            1135_lodz_kamienice_remont_pl.txt         ~ Barbara Lipińska; Henryk Sowa; Piotr Kaczmarczyk
            1136_debrecen_berlakasok_hu.txt           ~ Lakatos-Fehér Zsuzsanna; Pintér-Kovács Réka; Szabó Kinga
            1137_surabaya_rusun_tunggakan_id.txt      ~ Markus Simanjuntak; Muh. Ridwan; Sumarni
            1138_dhaka_slum_fire_bd.txt               ~ ABM Rashed; Md. Shahidul Karim; Mohd. Abdur Rahim
            1139_torino_case_popolari_it.txt          ~ Francesca Dell'Orto; Giulia Bertolazzi; Lorenzo Bertolazzi; Marco Pellegatti
            """)
    void eachArticleLinksThePeopleItsGoldLists(String seed, String expected) {
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), site.linked(seed));
    }

    @Test
    void aParticleATitleOrAPortfolioIsNoPersonOfItsOwn() {
        for (String wrong : List.of("Mac Cárthaigh", "Barangay Captain", "Kagawad Jose Mari Sarmiento-Dela Cruz", "Casa Francesca Dell'Orto",
                "Dortmunder Sozialdezernent", "Henrykiem Sową", "Henryki Sowa", "Piotra Kaczmarczyka")) {
            assertFalse(site.names().contains(wrong), wrong);
        }
    }

    @Test
    void everyPersonHasAPageUnderTheNameAsTheNominativeWritesIt() {
        for (String name : List.of("Henryk Sowa", "Piotr Kaczmarczyk", "Tadhg Mac Cárthaigh", "JP van Tonder", "Sumarni", "Szabó Kinga")) {
            assertTrue(site.names().contains(name), name);
        }
        Document page = site.article("1135_lodz_kamienice_remont_pl.txt");
        assertTrue(page.select("p").eachText().stream().anyMatch(p -> p.contains("z Henrykiem Sową")), "the text keeps the case it was written in");
    }
}

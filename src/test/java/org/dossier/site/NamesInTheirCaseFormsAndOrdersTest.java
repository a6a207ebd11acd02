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

/**
 * Dev-set seeds 1000-1009, built into one site: Polish, Czech and Slovak women's names declined with their surnames
 * (one that does not decline for a woman, a double one, a short given name, Slovak "-ovej") have their pages in the
 * nominative, and a preposition of one letter before them is no initial; Hungarian names keep the order they are
 * written in, surname first with a hyphenated surname and given name first in English; Dutch "van 't" and "in 't",
 * the "s/o", "d/o" and "a/l" of Indian names in Singapore and Malaysia, three-part names whose first given name the
 * gazetteer lacks, a Turkish lawyer's "Av." and Chinese roles of the countryside give the whole name.
 */
class NamesInTheirCaseFormsAndOrdersTest {
    /** The person pages' names (their headings). */
    private static Sites.PeopleSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.PeopleSite.of(dir, "100\\d_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1000_krakow_kwiaciarki_pl.txt          ~ Agnieszka Zielińska-Mróz; Halina Wróbel-Kaczmarek; Krystyna Dąbek; Teresa Pawłowska
            1001_olomouc_farmarske_trhy_cs.txt     ~ Iva Malá; Jana Horáková; Lucie Dvořáková; Petr Svoboda
            1002_zilina_trhovisko_sk.txt           ~ Eva Hudecová; Mária Baranová; Zuzana Kováčová
            1003_debrecen_piac_hu.txt              ~ Fekete-Szabó Gergely; Molnár Péter; Tóth-Varga Ildikó
            1004_hungarian_melon_growers_en.txt    ~ Gergely Fekete-Szabó; Ildikó Tóth-Varga
            1005_gouda_kaasmarkt_nl.txt            ~ Ineke in 't Zandt; Jan de Graaf; Wouter van 't Hoog
            1006_tekka_wet_market_sg_en.txt        ~ Ganesan s/o Pillai; Letchumi d/o Ramasamy; Suresh a/l Subramaniam; Van Thompson
            1007_lahore_sabzi_mandi_pk_en.txt      ~ Ehtisham Hassan Cheema; Kamran Javed; Shahzaib Ahmed Gondal
            1008_izmir_pazar_tr.txt                ~ Dilek Kaya; Nurcan Yıldırım Aksoy
            1009_zhoukou_xiaomai_zh.txt            ~ 孙秀梅; 李春生; 赵永强
            """)
    void eachArticlePageLinksThePeopleItsGoldLists(String seed, String expected) {
        List<String> people = site.linked(seed);
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), people);
    }

    @Test
    void noPersonPageIsNamedInAnObliqueCaseOrAfterAPreposition() {
        assertFalse(site.names().stream().anyMatch(n -> n.startsWith("Haliną") || n.startsWith("Agnieszki") || n.startsWith("Jany")
                || n.startsWith("Ivou") || n.startsWith("Ivy") || n.startsWith("Zuzany") || n.startsWith("S ") || n.startsWith("Evou")
                || n.endsWith("ovej")), site.names().toString());
    }

    @Test
    void aFirstGivenNameTheGazetteerLacksIsNoLongerLost() {
        for (String part : List.of("Ahmed Gondal", "Hassan Cheema", "Yıldırım Aksoy")) assertFalse(site.names().contains(part), part);
    }
}

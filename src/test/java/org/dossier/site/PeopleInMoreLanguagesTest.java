package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds rich in names from outside the English-speaking world, built into one site, list exactly the people
 * their gold lists: places named after people (streets, squares, bridges, stations, schools, hospitals) are no people;
 * titles and roles in more languages announce a name and are no part of it; an organisation that opens with particles
 * ends a name; Malay names are said again without the patronymic; two people share a surname in one phrase; an age in
 * brackets vouches for a one-word name; "Pan" is "Mr" before a given name and a surname; and "Justice" is a given name
 * when the article also writes it alone.
 */
class PeopleInMoreLanguagesTest {
    private static Map<String, JsonNode> articles;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Sites.devSite(dir, "(577|7[4-7]\\d)_.*");
        articles = Sites.articlesBySeed(dir.resolve("site"));
    }

    private static List<String> people(String seed) {
        return Sites.people(articles.get(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            740_hanoi_metro_line3_vn_en.txt         ~ Dao Quang Vinh; Nguyen Thi Thu Trang; Tran Van Khoa
            741_saigon_canal_cleanup_vn_en.txt      ~ Lê Hoàng Nam; Phạm Thị Hoa; Võ Minh Đức
            746_kl_lrt_jalan_tun_razak_my.html      ~ Ahmad Faizal bin Ismail; Jamaluddin Abdul Ghafar; Nur Aisyah binti Rahman
            747_izmir_tram_kordon_tr.txt            ~ Ayşe Kara Demirtaş; Hüseyin Polat; Mustafa Özkaynak
            748_krakow_tramwaj_pl.txt               ~ Anna Nowak; Katarzyna Wójcik-Zając; Marek Nowak; Michał Pyrzak
            749_torino_piazza_garibaldi_it.html     ~ Chiara Fogliano Bianchi; Francesca Rinaldi; Massimo De Santis
            750_lisboa_eletrico_pt.txt              ~ Joana Mendes Ribeiro; Rui Lopes Ferreira; Ângelo Pestana
            751_rotterdam_brug_nl.txt               ~ Pieter van den Berg; Sanne de Vries; Vincent Kortekaas
            752_goteborg_sparvagn_sv.txt            ~ Anna Vikström Berg; Erik Lindqvist; Karin Johansson
            753_brno_tramvaj_cs.html                ~ Hana Dvořáková; Petr Novotný; Tomáš Kolařík Svoboda
            754_bath_abbey_dame_prince_uk.txt       ~ Colin Pryce; Harriet Lowther; Margaret Pryce; Prince Edmund; Rupert Vane; Tom Ashby-Hale
            755_hawks_justice_hill_us.txt           ~ Dan Marrone; Eric Dorsett; Justice Hill; Marcus Odell
            756_paris_pont_mirabeau_fr.txt          ~ Laurent Morvan; Mireille Caron; Sophie Garnier
            757_dresden_bahnhof_month_only_de.txt   ~ Jana Kretzschmar; Stephan Kühnel; Uwe Lindner
            577_html_de_kiel_faehre_asides.html     ~ Birte Carstensen-Mohr; Ole Thiessen
            759_shenzhen_metro_cn_en.txt            ~ Huang Meixin; Li Guoqiang; Zhang Weiping
            760_lucknow_police_in_en.txt            ~ Nandita Awasthi; R K Tripathi; Rachna Mishra; S B Shiradkar
            762_surabaya_banjir_id.html             ~ Dewi Lestari Anggraini; Rudi Hartono; Sutrisno
            764_gdansk_tramwaj_pl.html              ~ Jerzy Malinowski; Magdalena Kwiatkowska
            765_plzen_most_cs.txt                   ~ Jiří Černý; Lucie Marková; Věra Kučerová
            766_utrecht_fietsenstalling_nl.html     ~ Ahmed el Idrissi; Fleur van der Meer; Marjolein de Haan
            768_harrogate_dame_furniture_uk.txt     ~ Amira Shah; Gareth Hartley; Judith Pennington; Trevor Blackwood
            769_danang_cau_rong_vi.txt              ~ Lê Quang Huy; Nguyễn Văn Minh; Trần Thị Lan
            770_kolkata_tram_in_en.html             ~ A K Mitra; Bapi; Moumita Ghosh; Subhendu Chakraborty
            772_penang_feri_ms.txt                  ~ Ramli bin Osman; Siti Khadijah binti Omar
            776_porto_aliados_pt.html               ~ Inês Carvalho Sousa; Manuel Araújo Pinto
            777_gent_korenmarkt_be_nl.txt           ~ Bart De Clercq; Lieve Van Damme
            """)
    void eachArticleListsThePeopleItsGoldLists(String seed, String expected) {
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), people(seed));
    }

    @Test
    void theNameAfterAPlaceNounIsThePlacesWhereverTheArticleWritesIt() {
        // "Praça Martim Moniz" makes "o Martim Moniz" the square too; "Corso Vittorio Emanuele II" is a street
        assertFalse(people("750_lisboa_eletrico_pt.txt").contains("Martim Moniz"));
        assertFalse(people("749_torino_piazza_garibaldi_it.html").contains("Vittorio Emanuele"));
        assertFalse(Files.exists(dir.resolve("site/people/pont-mirabeau.html")));
    }

    @Test
    void aMononymWithARoleBeforeItAndAVerbOfSpeechIsAPersonInIndonesian() {
        // "Pedagang kopi keliling, Suharyanto, mengatakan …"
        assertTrue(people("745_jakarta_transjakarta_halte_id.txt").contains("Suharyanto"));
        assertFalse(people("745_jakarta_transjakarta_halte_id.txt").stream().anyMatch(p -> p.startsWith("Jalan")));
    }
}

package org.dossier.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 459-467, whole pages saved as text in six languages, built into one site. The title is the story's
 * headline, never the chrome row above it (one that opens with a skip link, a row of section names, or one above a
 * cookie notice written in sentences). Once the story's prose has ended, what follows and is no prose goes whatever
 * its words: a "most read" label glued to the headlines it lists, a row of prompts, a footer's links run into the
 * copyright. What belongs to the story at its end stays: short quoted lines, a list of figures its last sentence
 * announces, and the one short sentence of a brief.
 */
class DumpChromeTitlesAndPageEndsTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "(459|46[0-7])_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '|', textBlock = """
            459_dump_skip_link_ferry_fares_uk.txt  ~ Island ferry fares to rise by nine per cent from April
            460_dump_ana_sayfa_tramvay_tr.txt      ~ Eskişehir'de tramvay seferleri uzatıldı: "Gece yarısına kadar çalışacak"
            463_dump_meistgelesen_quotes_de.txt    ~ Neue Buslinie verbindet Neustadt mit dem Klinikum
            466_dump_brief_one_sentence_au.txt     ~ Jetty closed after storm damage
            467_dump_lire_aussi_piscine_fr.txt     ~ La piscine municipale de Chambéry rouvre après huit mois de travaux
            """)
    void theTitleIsTheHeadlineNotTheChromeAboveIt(String seed, String headline) {
        assertEquals(headline, site.article(seed).selectFirst("h1").text());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            459_dump_skip_link_ferry_fares_uk.txt  ~ Most Read Seafront car park to close for resurfacing next month Lifeboat crew called out twice in one night Primary school wins national reading award
            459_dump_skip_link_ferry_fares_uk.txt  ~ About us Contact us Advertise Privacy notice Terms of use © 2024 The Solent Courier. All rights reserved.
            460_dump_ana_sayfa_tramvay_tr.txt      ~ İlgili Haberler Kent merkezinde yeni bisiklet yolları açıldı Otogar yolunda asfalt çalışması başlıyor
            461_dump_also_read_bus_depot_in.txt    ~ Also Read Metro trains to run every six minutes on the Vanaz line from next week
            461_dump_also_read_bus_depot_in.txt    ~ Download the Pune Herald app for the latest city news Follow us on Facebook Twitter Instagram YouTube Join the Discussion
            461_dump_also_read_bus_depot_in.txt    ~ About Us Contact Us Advertise With Us Privacy Policy Terms of Use Copyright © 2024 Pune Herald. All rights reserved.
            462_dump_veja_tambem_feira_br.txt      ~ Veja também Prefeitura anuncia reforma do terminal de ônibus central
            462_dump_veja_tambem_feira_br.txt      ~ Política de privacidade Termos de uso Fale conosco © Copyright 2024 Folha do Norte
            463_dump_meistgelesen_quotes_de.txt    ~ Meistgelesen Feuerwehr rückt zu Brand in Lagerhalle aus Stadtrat beschließt neuen Haushalt
            464_dump_chitayte_takzhe_ru.txt        ~ Самое читаемое Автобусы изменят маршруты на время ремонта Цены на проезд останутся прежними
            465_dump_facts_list_mercado_es.txt     ~ Más leídas Cortes de tráfico por la maratón del domingo La borrasca deja lluvias intensas en la provincia
            466_dump_brief_one_sentence_au.txt     ~ Most Popular Surf club marks centenary with beach parade Council backs new skate park plan
            467_dump_lire_aussi_piscine_fr.txt     ~ Les plus lus Un incendie ravage un entrepôt à La Motte-Servolex Les travaux du tunnel prennent du retard
            """)
    void thePageAfterTheStorysProseGoesAndIsReported(String seed, String line) {
        assertFalse(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(site.files().get(seed).path("removedText").toString().contains(line.replace("\"", "\\\"")),
                "in the report: " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            463_dump_meistgelesen_quotes_de.txt    ~ „Endlich muss ich nicht mehr umsteigen.“  ~ „Das spart mir jeden Tag eine halbe Stunde.“
            465_dump_facts_list_mercado_es.txt     ~ 48 puestos de venta en el mercado central, diez más que antes de las obras ~ 120 plazas de aparcamiento subterráneo junto al mercado
            466_dump_brief_one_sentence_au.txt     ~ The town jetty is closed until further notice after Tuesday's storm. ~ The town jetty is closed until further notice after Tuesday's storm.
            """)
    void whatBelongsToTheStoryAtItsEndStays(String seed, String first, String last) {
        List<String> paragraphs = site.paragraphs(seed);
        assertTrue(paragraphs.contains(first), "on the page: " + paragraphs);
        assertEquals(last, paragraphs.get(paragraphs.size() - 1), "the page's last paragraph");
    }
}

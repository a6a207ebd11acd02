package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds written on the shapes of pages nobody tuned to (940-959), built into one site: each is dated by its
 * own date line in its own language, whatever its labels ("Publisert", "Objavljeno", "Giriş Tarihi", "Опубліковано"),
 * month names in any case ("8. listopada", "березня", "március"), weekdays, times, zones and separators, and
 * figures that only the label's language orders ("05.03.2024"); the published date wins over the updated one, also
 * when the update gives no year. Each is titled by its headline, not by the row of section names, the outlet's name
 * or the menu above it.
 */
class DatelinesAndHeadlinesOnUntunedPagesTest {
    private static Map<String, JsonNode> articles;
    private static Sites.Run site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.devSite(dir, "9[45]\\d_.*");
        articles = Sites.articlesBySeed(dir.resolve("site"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            940_bell_island_ferry_cbc_ca.txt              ~ 2024-03-14
            941_bologna_tram_carlino_it.txt               ~ 2024-03-11
            942_bergen_bybane_bt_no.txt                   ~ 2024-03-05
            943_aarhus_letbane_dr_da.txt                  ~ 2024-03-05
            944_umea_bussar_svt_sv.txt                    ~ 2024-03-04
            945_turku_raitiotie_yle_fi.txt                ~ 2024-03-06
            946_zadar_katamaran_hr.txt                    ~ 2023-10-08
            947_sarajevo_tramvaj_klix_ba.txt              ~ 2024-03-07
            948_custom_szeged_busz_win1250_hu.html        ~ 2024-03-05
            949_iasi_tramvaie_ziar_ro.txt                 ~ 2024-02-05
            950_lviv_elektrobus_utf16_uk.txt              ~ 2024-03-08
            951_kazan_trolleybus_ru.txt                   ~ 2024-04-03
            952_poznan_tramwaj_pl.txt                     ~ 2024-04-12
            953_custom_brno_tramvaj_cs.html               ~ 2024-03-04
            954_izmir_metro_tr.txt                        ~ 2024-03-05
            955_busan_tram_knn_ko.txt                     ~ 2024-03-05
            """)
    void eachPageIsDatedByItsOwnDatelineInItsLanguage(String seed, String date) {
        JsonNode article = articles.get(seed);
        assertNotNull(article, seed + " built no article: " + site.stderr());
        assertEquals(date, article.get("date").asText());
        assertEquals("text", article.get("dateSource").asText());
        Document page = site.page(article.get("url").asText());
        assertEquals(date, page.selectFirst("time[datetime]").attr("datetime"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            941_bologna_tram_carlino_it.txt               ~ la linea rossa arriverà in Fiera     ~ Cronaca Politica
            955_busan_tram_knn_ko.txt                     ~ 오륙도선 트램                           ~ KBS 부산 NEWS
            956_grenoble_tram_dauphine_fr.txt             ~ la ligne E du tram                   ~ Actualités Isère
            957_sevilla_metro_diario_es.txt               ~ La línea 3 del metro                 ~ Portada Sevilla
            958_dresden_strassenbahn_saechsische_de.txt   ~ Straßenbahn nach Löbtau              ~ Startseite Region
            959_matsue_bus_sanin_ja.txt                   ~ 中心部の循環線                         ~ SKT 山陰 NEWS
            """)
    void theHeadlineIsTheTitleNotTheSectionsOrTheOutletAboveIt(String seed, String headline, String chrome) {
        JsonNode article = articles.get(seed);
        String title = article.get("title").asText();
        assertTrue(title.contains(headline), title);
        assertFalse(title.contains(chrome), title);
        assertEquals(title, site.page(article.get("url").asText()).selectFirst("h1").text());
    }
}

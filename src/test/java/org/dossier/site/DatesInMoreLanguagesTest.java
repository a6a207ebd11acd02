package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Dev-set seeds from outlets in more languages, built into one site: a date in figures whose order is ambiguous is read
 * in the order of its label's language ("Diterbitkan", "Yayınlanma", "Opublikowano", "Gepubliceerd"), of the page's
 * declared language, or of the weekday beside it; a month written in the outlet's language is read; Drupal's RDFa date
 * counts as metadata; a month-only header keeps its precision; and a date appended to a title cell is split off it.
 * Datelines in Korean, Chinese and Japanese are read (their labels, 年月日, full-width figures, era years), an outlet's
 * name and date line is no title, a UTC date-time yields to the outlet's own day, and headlines keep their ideographic spaces.
 */
class DatesInMoreLanguagesTest {
    private static final List<String> SEEDS = List.of("741_saigon_canal_cleanup_vn_en.txt", "745_jakarta_transjakarta_halte_id.txt",
            "746_kl_lrt_jalan_tun_razak_my.html", "747_izmir_tram_kordon_tr.txt", "748_krakow_tramwaj_pl.txt",
            "751_rotterdam_brug_nl.txt", "752_goteborg_sparvagn_sv.txt", "753_brno_tramvaj_cs.html",
            "757_dresden_bahnhof_month_only_de.txt", "758_drupal_rdfa_ljubljana_en.html", "762_surabaya_banjir_id.html",
            "764_gdansk_tramwaj_pl.html", "765_plzen_most_cs.txt", "769_danang_cau_rong_vi.txt",
            "777_gent_korenmarkt_be_nl.txt", "779_ostrava_stodolni_cs.html", "850_haiphong_cau_rao_vi_dump.txt",
            "851_busan_subway_yonhap_ko.txt", "852_daegu_bus_ko.html", "853_gwangju_tram_ko.txt", "854_medan_angkot_tribun_id.txt",
            "855_bandung_kereta_cepat_id.html", "856_curitiba_onibus_g1_ptbr.txt", "857_sendai_subway_ja.html", "858_kobe_port_ja.html",
            "859_nara_bus_ja.txt", "860_wuhan_metro_zh.html", "861_hangzhou_bike_zh.txt", "862_xian_airport_bus_zh.html",
            "863_ghost_wellington_bus_nz.html", "864_wordpress_denver_light_rail_us.html", "865_posted_line_boise_us.txt");
    private static Map<String, JsonNode> articles;

    @TempDir
    static Path dir;

    /** The text of the article's built page: its headline and body as a reader sees them. */
    private static Document page(String seed) throws IOException {
        return Jsoup.parse(dir.resolve("site").resolve(articles.get(seed).get("url").asText()).toFile(), "UTF-8");
    }

    @BeforeAll
    static void build() throws IOException {
        Sites.devSite(dir, SEEDS);
        articles = Sites.articlesBySeed(dir.resolve("site"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            745_jakarta_transjakarta_halte_id.txt ~ 2024-03-05
            747_izmir_tram_kordon_tr.txt          ~ 2024-03-05
            748_krakow_tramwaj_pl.txt             ~ 2024-03-04
            751_rotterdam_brug_nl.txt             ~ 2024-03-04
            753_brno_tramvaj_cs.html              ~ 2024-03-04
            746_kl_lrt_jalan_tun_razak_my.html    ~ 2024-03-04
            762_surabaya_banjir_id.html           ~ 2024-03-04
            769_danang_cau_rong_vi.txt            ~ 2024-03-05
            779_ostrava_stodolni_cs.html          ~ 2024-03-07
            850_haiphong_cau_rao_vi_dump.txt      ~ 2024-05-09
            856_curitiba_onibus_g1_ptbr.txt       ~ 2024-05-07
            """)
    void anAmbiguousDateInFiguresIsReadInTheOrderOfItsLabelsOrThePagesLanguage(String seed, String date) {
        assertEquals(date, articles.get(seed).get("date").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            851_busan_subway_yonhap_ko.txt ~ 2024-05-10 ~ 송고시간2024-05-10 14:07
            852_daegu_bus_ko.html          ~ 2024-05-13 ~ 입력 2024.05.13. 오후 2:15
            853_gwangju_tram_ko.txt        ~ 2024-05-14 ~ 기사입력 2024/05/14 09:30
            857_sendai_subway_ja.html      ~ 2024-05-16 ~ 2024年5月16日 7時45分
            858_kobe_port_ja.html          ~ 2024-05-17 ~ ２０２４年５月１７日
            859_nara_bus_ja.txt            ~ 2024-05-20 ~ 令和6年5月20日 12時00分 配信
            860_wuhan_metro_zh.html        ~ 2024-05-21 ~ 来源：江城晚报
            861_hangzhou_bike_zh.txt       ~ 2024-05-22 ~ 2024年05月22日08:52 来源：钱塘都市报
            862_xian_airport_bus_zh.html   ~ 2024-05-23 ~ 发布时间：2024-05-23 10:00
            """)
    void aKoreanChineseOrJapaneseDatelineDatesThePageAndLeavesItsText(String seed, String date, String dateline) throws IOException {
        // labels glued to the date, full-width figures, an era's year (Reiwa 6 is 2024), source and author beside the date
        assertEquals(date, articles.get(seed).get("date").asText());
        assertEquals("text", articles.get(seed).get("dateSource").asText());
        assertFalse(page(seed).text().contains(dateline), dateline);
    }

    @Test
    void anOutletAndDateLineAboveTheHeadlineIsNeitherTitleNorText() throws IOException {
        JsonNode a = articles.get("854_medan_angkot_tribun_id.txt");
        assertEquals("Angkot di Medan Wajib Pakai Pembayaran Nontunai Mulai Juli", a.get("title").asText());
        assertEquals("2024-05-15", a.get("date").asText());
        assertFalse(page("854_medan_angkot_tribun_id.txt").text().contains("Tribun-Medan.com - 15/05/2024"));
    }

    @Test
    void aDatelineThatSaysWhenThePageChangedCountingBackFromNowIsFurniture() throws IOException {
        // "07/05/2024 18h40  Atualizado há 3 horas": the published day is read (day first, in the text's Portuguese)
        assertFalse(page("856_curitiba_onibus_g1_ptbr.txt").text().contains("Atualizado há"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            863_ghost_wellington_bus_nz.html        ~ 2024-05-24
            864_wordpress_denver_light_rail_us.html ~ 2024-05-24
            """)
    void aDateTimeInUtcGivesWayToTheOutletsOwnDayThatThePageShows(String seed, String date) {
        // Ghost: 2024-05-23T20:15Z in the metadata, "24 May 2024" in the time element (08:15 in Wellington);
        // WordPress: 2024-05-25T03:30+00:00, the time element 2024-05-24T21:30:00-06:00
        assertEquals(date, articles.get(seed).get("date").asText());
        assertEquals("meta", articles.get(seed).get("dateSource").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            857_sendai_subway_ja.html ~ 仙台市地下鉄東西線、朝の増便を決定　八木山動物公園駅の混雑緩和
            858_kobe_port_ja.html     ~ 神戸港に大型客船３隻同時寄港　ポートタワー周辺にぎわう
            859_nara_bus_ja.txt       ~ 奈良交通、世界遺産巡る周遊バスを増便　大型連休の混雑受け
            861_hangzhou_bike_zh.txt  ~ 杭州公共自行车新增200个服务点
            """)
    void aJapaneseOrChineseHeadlineIsTheTitleAsThePageWritesIt(String seed, String title) throws IOException {
        // its ideographic space kept, not folded to a space; on a text scrape's first line, though it has no spaces to count words by
        assertEquals(title, articles.get(seed).get("title").asText());
        assertEquals(title, page(seed).selectFirst("h1").text());
    }

    @Test
    void aVietnameseHeadlineUnderABreadcrumbIsTheTitle() {
        assertEquals("Hải Phòng thông xe cầu Rào mới sau hai năm thi công",
                articles.get("850_haiphong_cau_rao_vi_dump.txt").get("title").asText());
    }

    @Test
    void aPostedLineStillDatesTheText() {
        assertEquals("2024-05-28", articles.get("865_posted_line_boise_us.txt").get("date").asText());
    }

    @Test
    void theWeekdayBesideAnAmbiguousDateSettlesItsOrder() {
        // "Thursday, 07/03/2024": 7 March 2024 was a Thursday, 3 July a Wednesday; the English text alone would not say
        assertEquals("2024-03-07", articles.get("741_saigon_canal_cleanup_vn_en.txt").get("date").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            752_goteborg_sparvagn_sv.txt ~ 2024-03-04
            764_gdansk_tramwaj_pl.html   ~ 2024-03-05
            765_plzen_most_cs.txt        ~ 2024-03-06
            777_gent_korenmarkt_be_nl.txt ~ 2024-03-07
            """)
    void aMonthNamedInSwedishPolishCzechOrDutchDatesTheText(String seed, String date) {
        // "4 mars 2024", "5 marca 2024", "6. března 2024", "op 7 maart 2024 om 11.20 uur": Polish and Czech write the
        // month in the genitive
        assertEquals(date, articles.get(seed).get("date").asText());
    }

    @Test
    void aMonthOnlyHeaderKeepsItsPrecisionAndLeavesTheTitleWithoutTheLabel() {
        JsonNode a = articles.get("757_dresden_bahnhof_month_only_de.txt");
        assertEquals("2024-03", a.get("date").asText());
        assertEquals("Neuer Fahrradparkplatz am Bahnhof Neustadt", a.get("title").asText());
    }

    @Test
    void drupalsRdfaDateIsMetadataAndTheDateAppendedToTheTitleCellIsNoPartOfTheTitle() {
        JsonNode a = articles.get("758_drupal_rdfa_ljubljana_en.html");
        assertEquals("2024-03-05", a.get("date").asText());
        assertEquals("meta", a.get("dateSource").asText());
        assertEquals("City council approves cable car study", a.get("title").asText());
    }
}

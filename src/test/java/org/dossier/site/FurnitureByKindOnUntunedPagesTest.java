package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 650-665, built into one site: the kinds of furniture that outlets nobody tuned to leave in a page, each
 * written in several languages, go by their shape or by the page's own names, and each removal is in the report with
 * its kind. An ad slot and its note, a player's clock and buttons, a breadcrumb, a prompt to follow the outlet or to
 * download its app, a read-on or related label and the headline under it, the site's name or the section's kicker on
 * a line of their own, a credit after a dash or "courtesy of", a rights notice with no "©". The story's own lines
 * beside them stay; a brief of one sentence is an article and a subscriber's teaser over its wall is not.
 */
class FurnitureByKindOnUntunedPagesTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "6[56]\\d_.*");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            650_brightspot_ferry_ads_ca.html        ~ ad            ~ Advertisement 3
            650_brightspot_ferry_ads_ca.html        ~ ad            ~ This advertisement has not loaded yet, but your article continues below.
            654_custom_rzeszow_tramwaj_pl.html      ~ ad            ~ Reklama
            656_izmit_tramvay_dump_tr.txt           ~ ad            ~ Reklam
            657_hue_xe_buyt_dump_vi.txt             ~ ad            ~ Quảng cáo
            658_custom_suzhou_ditie_zh.html         ~ ad            ~ 广告
            659_daejeon_tram_ko.txt                 ~ ad            ~ 광고
            662_custom_kassel_tram_de.html          ~ ad            ~ Anzeige
            663_angers_tram_dump_fr.txt             ~ ad            ~ Publicité
            650_brightspot_ferry_ads_ca.html        ~ media         ~ Play Video
            650_brightspot_ferry_ads_ca.html        ~ media         ~ 0:00 / 2:14
            662_custom_kassel_tram_de.html          ~ media         ~ Video abspielen
            662_custom_kassel_tram_de.html          ~ media         ~ 00:00
            663_angers_tram_dump_fr.txt             ~ media         ~ Lire la vidéo
            652_pune_metro_dump_in.txt              ~ navigation    ~ Home > Cities > Pune
            654_custom_rzeszow_tramwaj_pl.html      ~ navigation    ~ Strona główna › Region › Komunikacja
            656_izmit_tramvay_dump_tr.txt           ~ navigation    ~ Anasayfa > Yerel > Ulaşım
            657_hue_xe_buyt_dump_vi.txt             ~ navigation    ~ Trang chủ > Thời sự > Giao thông
            659_daejeon_tram_ko.txt                 ~ navigation    ~ 홈 > 사회 > 교통
            662_custom_kassel_tram_de.html          ~ navigation    ~ Startseite › Region › Verkehr
            651_kilbride_bus_newsletter_ie.txt      ~ newsletter    ~ Keep up to date with the stories that matter in your county with our free evening briefing.
            651_kilbride_bus_newsletter_ie.txt      ~ newsletter    ~ Download the app for breaking news, live updates and more.
            652_pune_metro_dump_in.txt              ~ newsletter    ~ Download our app for the latest news and live updates from your city.
            652_pune_metro_dump_in.txt              ~ social        ~ Follow us on Google News
            654_custom_rzeszow_tramwaj_pl.html      ~ social        ~ Obserwuj nas w Google News
            655_custom_jihlava_nadrazi_cs.html      ~ social        ~ Sledujte nás na Facebooku
            656_izmit_tramvay_dump_tr.txt           ~ social        ~ Bizi Google News'ten takip edin
            657_hue_xe_buyt_dump_vi.txt             ~ social        ~ Theo dõi chúng tôi trên Zalo
            661_curitiba_onibus_dump_br.txt         ~ social        ~ Siga-nos no Instagram
            663_angers_tram_dump_fr.txt             ~ social        ~ Suivez-nous sur Google Actualités
            656_izmit_tramvay_dump_tr.txt           ~ read-more     ~ Devamını Oku
            656_izmit_tramvay_dump_tr.txt           ~ read-more     ~ Gebze'de yeni otobüs hatları hizmete girdi
            657_hue_xe_buyt_dump_vi.txt             ~ read-more     ~ Xem thêm: Đà Nẵng thử nghiệm vé điện tử trên xe buýt
            657_hue_xe_buyt_dump_vi.txt             ~ read-more     ~ Quảng Trị nâng cấp bến xe khách phía Bắc
            658_custom_suzhou_ditie_zh.html         ~ read-more     ~ 苏州新增两条夜间公交线路
            659_daejeon_tram_ko.txt                 ~ read-more     ~ 대전 시내버스 노선 전면 개편 확정
            660_custom_kanazawa_bus_ja.html         ~ read-more     ~ 富山市、路面電車の新駅設置へ
            658_custom_suzhou_ditie_zh.html         ~ site-name     ~ 姑苏晚讯
            660_custom_kanazawa_bus_ja.html         ~ site-name     ~ 北陸かがやき新報
            655_custom_jihlava_nadrazi_cs.html      ~ section-label ~ Doprava na Vysočině
            662_custom_kassel_tram_de.html          ~ section-label ~ Nahverkehr in Nordhessen
            652_pune_metro_dump_in.txt              ~ caption       ~ Commuters board a train at the Vanaz station on Sunday. — Photo by Kiran Jadhav
            653_blogger_iloilo_jeepney_ph.html      ~ caption       ~ The new air-conditioned units at the Jaro plaza terminal. (Photo courtesy of the city transport office)
            661_curitiba_onibus_dump_br.txt         ~ caption       ~ Ônibus elétrico no terminal do Cabral — Foto: Divulgação/Prefeitura de Curitiba
            661_curitiba_onibus_dump_br.txt         ~ byline        ~ Por Redação Portal2, Curitiba
            656_izmit_tramvay_dump_tr.txt           ~ copyright     ~ Tüm hakları saklıdır. Haberin kaynak gösterilmeden kullanılması yasaktır.
            """)
    void furnitureOfAnUntunedOutletLeavesThePageAndIsReportedAsItsKind(String seed, String kind, String line) {
        assertFalse(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line), "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            650_brightspot_ferry_ads_ca.html     ~ Councillor Ravi Doucette said he would ask the province to pay for a water taxi on weeknights until the spring.
            651_kilbride_bus_newsletter_ie.txt   ~ A public meeting on the timetable will be held in the library on March 27.
            652_pune_metro_dump_in.txt           ~ Commuter groups welcomed the move but said feeder buses from the stations still stopped running at 9pm.
            654_custom_rzeszow_tramwaj_pl.html   ~ Kolejne elektryczne autobusy mają trafić na linie 2 i 33 w przyszłym roku.
            655_custom_jihlava_nadrazi_cs.html   ~ Rekonstrukce bude stát přes 300 milionů korun.
            656_izmit_tramvay_dump_tr.txt        ~ Mahalle sakinleri ise inşaat sırasında ana caddenin kapanmasından endişe ediyor.
            657_hue_xe_buyt_dump_vi.txt          ~ Người dân ở phường Thuận An mong có thêm chuyến vào buổi tối trong mùa hè.
            659_daejeon_tram_ko.txt              ~ 일부 상인들은 공사로 인한 매출 감소를 우려하고 있다.
            662_custom_kassel_tram_de.html       ~ Am Wochenende bleibt es beim bisherigen Fahrplan.
            663_angers_tram_dump_fr.txt          ~ Les travaux de la ligne avaient commencé il y a quatre ans.
            664_ennis_bus_brief_ie.txt           ~ The bus station in Ennis will close on Wednesday and Thursday for resurfacing, with services stopping instead on the Abbey Street car park.
            """)
    void theStorysOwnLinesBesideTheFurnitureStay(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }

    @Test
    void aSubscribersTeaserOverItsWallIsRejectedWithThatReason() {
        JsonNode file = site.files().get("665_paywall_teaser_galway_ie.html");
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        assertTrue(file.get("reason").asText().startsWith("subscription wall, not an article"), file.get("reason").asText());
        assertTrue(site.run().stderr().contains("665_paywall_teaser_galway_ie.html (subscription wall"), site.run().stderr());
    }
}

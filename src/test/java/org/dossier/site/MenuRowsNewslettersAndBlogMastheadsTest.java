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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Dev-set seeds 630-649, built into one site: pages dumped whole as text, whose first line is the site's menu written
 * as one row of words ("… Epaper Sign In", "menu … buscar", "… Subscribe for R39/month Login") above a headline in
 * sentence case, are titled by the headline and dated by the row under it, relative and absolute ("5h ago" beside
 * "Mar 7, 2024"), in words ("ngày 12 tháng 3 năm 2024") or in figures its time zone orders ("03/05/2024 2:15 PM PHT"), not by the day's date in the top bar above the menu; a newsletter saved as text is dated to the month of its
 * issue ("Ausgabe März 2024", "Pānui Ākuhata 2024", "Hírlevél — 2024. május", a masthead row ending "October 2023");
 * a blog's post is titled by its post, never by the blog's name in the masthead's h1 and in its page title.
 */
class MenuRowsNewslettersAndBlogMastheadsTest {
    private static Map<String, JsonNode> articles;
    private static Sites.Run site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.devSite(dir, "6[34]\\d_.*");
        articles = Sites.articlesBySeed(dir.resolve("site"));
    }

    private static Document page(String seed) {
        JsonNode article = articles.get(seed);
        assertNotNull(article, seed + " built no article: " + site.stderr());
        return site.page(article.get("url").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            630_pune_metro_extension_dump_in.txt ~ Pune Metro to run trains every six minutes on Swargate line from Monday as ridership climbs past 1.5 lakh ~ 2024-03-12 ~ Epaper Sign In
            631_durban_bus_lanes_dump_za.txt     ~ Durban commuters left stranded as GO!Durban buses stay parked for third week over unpaid operator fees ~ 2024-03-07 ~ Subscribe for R39/month Login
            632_recife_metro_dump_br.txt         ~ Metrô do Recife terá ônibus gratuitos entre estações fechadas durante obra na Linha Centro ~ 2024-03-07 ~ Região Metropolitana buscar
            633_cebu_jeepney_routes_dump_ph.txt  ~ Cebu City to reroute 14 jeepney lines as bus rapid transit works close part of Osmeña Boulevard ~ 2024-03-05 ~ Lifestyle Search
            634_debrecen_villamos_dump_hu.txt    ~ Hétfőtől sűrűbben járnak a villamosok Debrecenben, a 2-es vonalon ötpercenként ~ 2024-03-12 ~ Keresés Belépés
            636_wroclaw_autobusy_dump_pl.txt     ~ Nowe autobusy elektryczne wyjadą na trzy linie we Wrocławiu, przewoźnik zapowiada zmiany w rozkładach ~ 2024-03-12 ~ Szukaj Zaloguj się
            637_bursa_metro_dump_tr.txt          ~ Bursaray'da sefer aralığı kısalıyor: yoğun saatlerde trenler dört dakikada bir gelecek ~ 2024-03-12 ~ Giriş Yap
            638_danang_xe_buyt_dump_vi.txt       ~ Đà Nẵng mở thêm ba tuyến xe buýt nối sân bay với các khu dân cư phía tây ~ 2024-03-12 ~ Tìm kiếm Đăng nhập
            """)
    void aDumpIsTitledByTheHeadlineUnderItsMenuRowAndDatedByTheRowBelow(String seed, String headline, String date, String menu) {
        Document page = page(seed);
        assertEquals(headline, articles.get(seed).get("title").asText());
        assertEquals(headline, page.selectFirst("h1").text());
        assertEquals(date, page.selectFirst("time[datetime]").attr("datetime"));
        assertFalse(page.select("main, article").text().contains(menu), "the menu row is no text of the article");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            639_leipzig_radverkehr_ausgabe_de.txt    ~ 2024-03
            640_rotorua_pahi_panui_nz.txt            ~ 2024-08
            641_nelson_ferry_users_update_nz.txt     ~ 2023-10
            642_bendigo_trams_newsletter_au.txt      ~ 2024-03
            643_strasbourg_lettre_information_fr.txt ~ 2024-04
            644_pecs_hirlevel_busz_hu.txt            ~ 2024-05
            645_plzen_zpravodaj_mhd_cs.txt           ~ 2024-03
            """)
    void aNewsletterIsDatedToTheMonthOfItsIssue(String seed, String month) {
        assertEquals(month, articles.get(seed).get("date").asText());
        assertEquals("text", articles.get(seed).get("dateSource").asText());
        assertEquals(month, page(seed).selectFirst("time[datetime]").attr("datetime"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            646_blogger_iloilo_jeepney_ph.html      ~ Modern jeepneys take over the Jaro–City Proper route          ~ Iloilo Commuter Diaries ~ 2024-03-12
            647_wordpress_braga_mobilidade_pt.html  ~ Autocarros elétricos chegam às linhas de Gualtar e Lamaçães  ~ Mobilidade em Braga     ~ 2024-03-08
            648_blogger_gyor_kozlekedes_hu.html     ~ Kerékpársáv épül a Baross úton                                ~ Győri Közlekedési Napló ~ 2024-03-05
            649_wordpress_liberec_tramvaje_cs.html  ~ Nová smyčka v Rochlici zkrátí cestu na sídliště               ~ Tramvaje v Liberci      ~ 2024-04-09
            """)
    void aBlogPostIsTitledByItsPostNotByTheBlogsName(String seed, String post, String blog, String date) {
        Document page = page(seed);
        assertEquals(post, articles.get(seed).get("title").asText());
        assertEquals(post, page.selectFirst("h1").text());
        assertEquals(date, articles.get(seed).get("date").asText());
        assertNotEquals(blog, page.select("main p, article p").first().text(), "the masthead is no paragraph of the post");
    }
}

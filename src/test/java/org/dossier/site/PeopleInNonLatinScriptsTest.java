package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds in Chinese (simplified and traditional), Japanese, Korean, Hindi, Greek, Arabic, Persian, Hebrew and
 * Thai, some saved in their legacy charsets, built into one site, list exactly the people their gold lists, spelt as
 * the text spells them (Greek in the nominative, titles dropped), each with a person page of its own: a name counts
 * beside a role, a title or a verb of speech, the reporter of a byline does not, nor an office ("宮城県知事",
 * "นายกเทศมนตรี"), a body that speaks ("नगर निगम ने कहा") or a place named after a person ("شارع محمد نجيب").
 */
class PeopleInNonLatinScriptsTest {
    private static Map<String, JsonNode> articles;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Sites.devSite(dir, "(8[0-2]|9[01])\\d_.*");
        articles = Sites.articlesBySeed(dir.resolve("site"));
    }

    private static List<String> people(String seed) {
        return Sites.people(articles.get(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            800_hangzhou_bus_xinhua_zh.txt       ~ 冯志刚; 宋佳怡; 蒋丽娟
            801_zhengzhou_metro_people_zh.html   ~ 冯建伟; 孙海燕; 杜秀兰; 程卫东; 罗建新; 马立群
            802_taichung_mrt_cna_tw.txt          ~ 林家豪; 葉昭甫; 蕭文龍; 陳大田
            803_fukuoka_bus_mainichi_ja.txt      ~ 吉田真由美; 松尾健二; 石井和也
            804_sendai_tram_kahoku_ja.html       ~ 佐藤恵美子; 小林雅人; 菅原和夫
            805_daejeon_tram_yonhap_ko.txt       ~ 임수정; 최민석; 한승우
            806_incheon_ferry_ko.html            ~ 권혜진; 오정민; 홍성철
            807_jaipur_metro_bhaskar_hi.txt      ~ दिनेश कुमार शर्मा; वैभव गालरिया; सुनीता अग्रवाल
            808_bhopal_lake_patrika_hi.html      ~ अनिल कुमार तिवारी; मोहम्मद इरफ़ान; रेखा सक्सेना
            809_patras_port_el.txt               ~ Ανδρέας Κωστόπουλος; Δημήτρης Καραμανλής; Κατερίνα Σπυροπούλου; Παναγιώτης Λαμπρόπουλος
            810_heraklion_airport_el.html        ~ Γιάννης Μανωλάκης; Ελένη Βασιλάκη; Μιχάλης Δασκαλάκης
            811_hongkong_minibus_hk.html         ~ 李振邦; 梁偉強; 鄧美玲; 陳志偉; 黃國權
            813_busan_bike_ko.txt                ~ 남궁민수; 배성호; 신예린
            814_kyoto_bus_ja.txt                 ~ 井上恵子; 岡田直樹; 森本浩
            815_varanasi_ghat_hi.txt             ~ अनुराधा सिंह; प्रवीण कुमार त्रिपाठी; रामेश्वर साहनी
            816_athens_metro_el.txt              ~ Γιώργος Παπαδόπουλος; Κώστας Μαυρίδης; Σοφία Αντωνίου
            900_cairo_metro_line3_ahram_eg.txt   ~ سلمى عبد الحميد النجار; طارق جمال الشريف; محمود حسن
            901_custom_riyadh_metro_win1256_sa.html ~ سعد العتيبي; فهد بن عبدالله السالم; نورة الشهري
            902_casablanca_tramway_hespress_ma.txt ~ خديجة الإدريسي; يوسف بنعلي
            903_tehran_brt_electric_fa.txt       ~ سعید نوروزی‌زاده; محمدرضا قربانی‌فر; نرگس احمدی
            904_shiraz_metro_night_fa.html       ~ بهروز شاکری; حمید رضوانی‌نیا; فاطمه کریمی راد
            905_tel_aviv_light_rail_night_he.txt ~ אלון שגיא; ענבל רוזן-צור; תמר אזולאי
            906_custom_jerusalem_night_bus_iso8859_8_il.html ~ מיכל כהן-לוי; משה דהן
            907_chiang_mai_songthaew_th.txt      ~ ปิยะพงษ์ ศรีวิชัย; สมศักดิ์ วงศ์ใหญ่; สุดารัตน์ แก้วมณี
            908_custom_khon_kaen_ebus_tis620_th.html ~ ธนากร ศรีสมบูรณ์; พิมพ์ชนก บุญมา
            909_custom_kaohsiung_lrt_big5_tw.html ~ 吳嘉昌; 張家瑋; 林美惠
            910_chengdu_metro_line30_zh.txt      ~ 彭建军; 张家乐
            911_custom_daegu_express_bus_euckr_ko.html ~ 김영훈; 박서연
            912_suwon_tram_plan_ko.txt           ~ 정민수; 한지혜
            913_bangkok_songkran_traffic_police_th.txt ~ ชาญวิทย์ ทองประเสริฐ; วีระชัย มั่นคง
            914_beer_sheva_station_parking_he.txt ~ ליאת בן-שושן; עינב מזרחי; עמיר פרץ-גבאי
            915_irbid_bus_tender_jo.txt          ~ أنس بني هاني; عمر الخصاونة; لينا الطراونة
            """)
    void eachArticleListsThePeopleItsGoldLists(String seed, String expected) {
        assertEquals(Arrays.stream(expected.split(";\\s*")).sorted().toList(), people(seed));
    }

    @Test
    void anArticleWhoseSpeakersAreBodiesAndPlacesNamesNobody() {
        // "有关方面表示", "警方表示", "车主高兴地说", "张家口", "王府井"
        assertEquals(List.of(), people("812_beijing_parking_policy_zh.txt"));
    }

    @Test
    void bylinesAndEditorsAreNoPeople() {
        List<String> all = articles.values().stream().flatMap(a -> Sites.people(a).stream()).toList();
        for (String reporter : List.of("孟晓雯", "许晨阳", "韩雪梅", "黄一帆", "王磊", "趙麗妍", "郭萍英", "何詠欣", "森田香織", "佐々木悠",
                "中川拓也", "박지현", "김도윤", "정하늘", "אורי לוי", "ياسر الغامدي", "黃志明", "周晓燕", "이준호", "윤서준")) {
            assertFalse(all.contains(reporter), reporter);
        }
    }

    @Test
    void aTitleOrAWordThatOpensWithOneIsNoPartOfAName() {
        List<String> all = articles.values().stream().flatMap(a -> Sites.people(a).stream()).toList();
        for (String part : List.of("الدكتور", "المهندس", "السيدة", "دکتر", "آقای", "ד\"ר", "นาย", "นาง", "ดร.", "دانشگاه")) {
            assertTrue(all.stream().noneMatch(p -> p.contains(part)), part);
        }
    }

    @Test
    void namesWrittenRightToLeftKeepTheirDirectionOnPeoplePages() throws IOException {
        Document index = Jsoup.parse(dir.resolve("site/people/index.html").toFile(), "UTF-8");
        for (String name : List.of("يوسف بنعلي", "نرگس احمدی", "משה דהן")) {
            Element link = index.selectFirst("a:containsOwn(" + name + ")");
            assertEquals("auto", link.attr("dir"), name);
            Path page = dir.resolve("site/people").resolve(Path.of(link.attr("href")).getFileName().toString());
            assertEquals("auto", Jsoup.parse(page.toFile(), "UTF-8").selectFirst("h1").attr("dir"), name);
        }
    }

    @Test
    void everyPersonHasAPageOfItsOwnUnderItsNameAsWritten() throws IOException {
        Document index = Jsoup.parse(dir.resolve("site/people/index.html").toFile(), "UTF-8");
        Set<String> pages = new HashSet<>();
        for (String seed : articles.keySet()) {
            for (String name : people(seed)) {
                Element link = index.selectFirst("a:containsOwn(" + name + ")");
                assertTrue(link != null, name);
                String href = link.attr("href");
                assertTrue(pages.add(href), "one page per person: " + href);
                Path page = dir.resolve("site/people").resolve(Path.of(href).getFileName().toString());
                assertEquals(name, Jsoup.parse(page.toFile(), "UTF-8").selectFirst("h1").text());
            }
        }
    }
}

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
 * Dev-set seeds 440-455, built into one site: a teaser over a box that makes subscribing the way to read on is rejected
 * as the wall, whether the box was kept as text or taken out, while a brief under a newsletter's "keep reading" stays;
 * a page dumped as text whose first line is its menu, its sections named in sentence case ("Thời sự", "Gaya hidup"),
 * takes its headline from under the menu; the outlet's appeal to donate under the story, a blog's callout card, a
 * "may interest you" label over another story's headline in six languages, and a Korean byline and tools' row leave
 * the page; under a "most read" label, its headlines go with it, those that read as sentences too.
 */
class WallsThatReadOnMenuRowsAndAppealsTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "4[45]\\d_.*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            440_paywall_keep_reading_mayo_ie.html    ~ Subscribe to keep reading
            441_paywall_lire_la_suite_annecy_fr.html ~ Abonnez-vous pour lire la suite
            442_paywall_weiterlesen_graz_at.html     ~ Jetzt abonnieren und weiterlesen
            """)
    void aTeaserOverABoxThatSaysSubscribeToReadOnIsRejectedAsTheWall(String seed, String box) {
        JsonNode file = site.files().get(seed);
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        String reason = file.get("reason").asText();
        assertTrue(reason.startsWith("subscription wall, not an article (a teaser of ") && reason.contains(box), reason);
    }

    @Test
    void aBriefUnderANewslettersKeepReadingStaysAnArticle() {
        String seed = "443_brief_with_newsletter_box_sligo_ie.html";
        assertEquals("article", site.files().get(seed).get("outcome").asText());
        assertTrue(site.paragraphs(seed).contains("Motorists are asked to take care near the Cregg junction, where one lane will stay closed until the weekend."),
                site.paragraphs(seed).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            444_hue_song_huong_utf16_vi.txt ~ Mưa lớn kéo dài, Huế mở thêm 40 điểm sơ tán          ~ Trang chủ Mới nhất Thời sự Góc nhìn Pháp luật Giáo dục Đăng nhập
            445_medan_banjir_dump_id.txt    ~ Semalam diguyur hujan, tiga kecamatan tergenang ~ Beranda Berita Daerah Ekonomi Gaya hidup Olahraga Masuk
            """)
    void aMenuRowOfSentenceCaseSectionsIsNoTitle(String seed, String title, String menu) {
        assertEquals(title, site.article(seed).selectFirst("h1").text());
        assertTrue(Sites.removedText(site.files().get(seed), "navigation").contains(menu), site.files().get(seed).path("removedText").toString());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            446_nextjs_nonprofit_donate_boise_us.html     ~ newsletter     ~ Treasure Valley Report is an independent, nonprofit newsroom. Donate today to keep local news free for everyone.
            447_ghost_callout_how_to_help_lismore_au.html ~ page-furniture ~ How to help: the showground takes bedding and tinned food from 9am to 3pm on weekdays.
            448_custom_jesenik_povoden_cs.html            ~ read-more      ~ Mohlo by vás zajímat: Mikulovice: hasiči dál čerpají vodu ze sklepů
            449_moulins_crue_allier_fr.txt                ~ read-more      ~ Vous aimerez aussi : Vichy : le barrage du lac d'Allier de nouveau ouvert aux piétons
            450_passau_innpromenade_de.txt                ~ read-more      ~ Das könnte Sie auch interessieren: Deggendorf: Schulen öffnen nach dem Hochwasser wieder
            451_zaragoza_ebro_es.txt                      ~ read-more      ~ Te puede interesar: Tudela: el Ebro alcanza su punto más alto del año
            452_nysa_bulwary_pl.txt                       ~ read-more      ~ Może cię zainteresować: Kłodzko: mieszkańcy wracają do zalanych mieszkań
            453_orsk_naberezhnaya_ru.txt                  ~ read-more      ~ Вам может быть интересно: В Оренбурге продлили режим ЧС до конца июня
            454_custom_daejeon_gapcheon_ko.html           ~ byline         ~ 한승우 기자
            454_custom_daejeon_gapcheon_ko.html           ~ social         ~ 글자크기 가 가 인쇄 공유하기
            455_jeonju_cheon_dump_ko.txt                  ~ byline         ~ 윤서진 기자
            455_jeonju_cheon_dump_ko.txt                  ~ social         ~ 글자 크기 가 가 공유 인쇄
            """)
    void anAppealACalloutALabelOfAnotherStoryAndAKoreanBylineLeaveThePageAsTheirKind(String seed, String kind, String line) {
        assertFalse(String.join("\n", site.paragraphs(seed)).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line), "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            456_oulu_tulvavalli_fi_dump.txt       ~ Luetuimmat ~ Uusi leipomo avautuu Rotuaarin varrelle
            457_rosenheim_innufer_de_dump.txt     ~ Meistgelesen ~ Eine Bäckerei in der Altstadt schließt nach 80 Jahren
            458_custom_karlstad_klaralven_sv.html ~ Mest lästa ~ Restaurangen vid torget byter ägare efter trettio år
            """)
    void theMostReadLabelTakesItsHeadlinesWithItEvenThoseThatReadAsSentences(String seed, String label, String headline) {
        assertFalse(site.paragraphs(seed).contains(label), "on the page: " + site.paragraphs(seed));
        assertFalse(String.join("\n", site.paragraphs(seed)).contains(headline), "on the page: " + site.paragraphs(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            446_nextjs_nonprofit_donate_boise_us.html     ~ The Army Corps of Engineers expects flows to ease once the high-elevation snowpack has melted, likely in the last week of June.
            447_ghost_callout_how_to_help_lismore_au.html ~ The council said kerbside collection of flood-damaged goods would start in North and South Lismore on Tuesday.
            448_custom_jesenik_povoden_cs.html            ~ Autobusy linky na Lipovou-lázně jezdí od úterý podle běžného jízdního řádu.
            452_nysa_bulwary_pl.txt                       ~ Kąpielisko miejskie pozostanie zamknięte do odwołania.
            454_custom_daejeon_gapcheon_ko.html           ~ 밤사이 대전에 150㎜가 넘는 비가 내리면서 갑천 만년교 지점 수위가 한때 4m를 넘어섰다.
            """)
    void theStorysSentencesBesideThemStay(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }
}

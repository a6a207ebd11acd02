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
 * Dev-set seeds from outlets the cleaning was not written for (870-886), built into one site: their furniture goes by
 * its features, in whatever language, and each removal is in the report with its kind. A lead-in on its own line takes
 * the one or two headlines under it along; a lead-in left last, a last line that is wholly a link, and the outlet's
 * call to follow its channel close no story; a sentence ends at the danda too; a CMS's info box goes by what its markup
 * says its fields hold; a sign-off or a caption in CJK brackets is no paragraph. A page built around its password form,
 * a section front's list of headlines and a site's error page are rejected, each with its reason.
 */
class FurnitureOnUntunedPagesTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "8[78]\\d_.*");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            870_bhopal_bada_talab_hi.txt            ~ read-more  ~ यह भी पढ़ें:
            870_bhopal_bada_talab_hi.txt            ~ read-more  ~ कोलार रोड पर सीवेज लाइन का काम फिर अटका, राहगीरों को हो रही परेशानी
            870_bhopal_bada_talab_hi.txt            ~ boilerplate-block ~ शेयर करें
            870_bhopal_bada_talab_hi.txt            ~ boilerplate-block ~ हमें फॉलो करें
            871_bandung_angkot_tribun_id.txt        ~ newsletter ~ Dapatkan berita terbaru dan breaking news pilihan setiap hari dari TribunJabar.id langsung di ponsel Anda.
            871_bandung_angkot_tribun_id.txt        ~ newsletter ~ Ikuti saluran WhatsApp kami untuk update berita terkini.
            872_gdansk_most_zwodzony_pl.txt         ~ read-more  ~ Zobacz także: Nowy prom na Wisłę. Mieszkańcy Sobieszewa czekają na kursy od czerwca
            873_valencia_emt_nocturno_es.txt        ~ read-more  ~ El Ayuntamiento amplía el carril bici de la avenida del Puerto hasta la Marina
            874_arcxp_rosario_colectivos_ar.html    ~ read-more  ~ Leé también:
            875_bitrix_kharkiv_metro_uk.html        ~ navigation ~ ← Назад до стрічки новин
            880_custom_kobe_port_ja.html            ~ caption    ~ 建設中のターミナル（資料写真）
            880_custom_kobe_port_ja.html            ~ credit     ~ 【小林真一】
            881_custom_wuhan_ferry_zh.html          ~ caption    ~ 夜色中的中华路码头（资料照片）
            883_gulu_market_nilepost_ug.txt         ~ newsletter ~ Nile Post is now on WhatsApp. Tap here to follow our channel.
            884_belo_horizonte_metro_g1_ptbr.txt    ~ byline     ~ Por Camila Ferreira, g1 Minas
            885_joomla_olomouc_tramvaj_cs.html      ~ byline     ~ Napsala Jana Veselá
            885_joomla_olomouc_tramvaj_cs.html      ~ dateline   ~ Zveřejněno: 21. květen 2024
            885_joomla_olomouc_tramvaj_cs.html      ~ counter    ~ Zobrazení: 1024
            886_ghost_wellington_buses_nz.html      ~ newsletter ~ New to The Kerbside? We send a free newsletter about Wellington's buses every Friday.
            """)
    void furnitureOfAnUntunedOutletLeavesThePageAndIsReportedAsItsKind(String seed, String kind, String line) {
        assertFalse(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line), "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            870_bhopal_bada_talab_hi.txt         ~ पर्यावरण कार्यकर्ता अंजलि दुबे का कहना है कि तालाब में गिरने वाले नालों को रोके बिना यह सफाई ज्यादा दिन नहीं टिकेगी।
            872_gdansk_most_zwodzony_pl.txt      ~ Most otwiera się teraz sześć razy dziennie, a w weekendy dodatkowo o zachodzie słońca.
            873_valencia_emt_nocturno_es.txt     ~ Las tres líneas costarán 1,6 millones de euros al año.
            874_arcxp_rosario_colectivos_ar.html ~ Los comerciantes de la zona pidieron que se mantengan las dársenas de carga y descarga antes de las 9.
            875_bitrix_kharkiv_metro_uk.html     ~ Вартість проїзду не зміниться.
            883_gulu_market_nilepost_ug.txt      ~ Vendor leaders want the council to waive market dues for the months they spend at the temporary site.
            885_joomla_olomouc_tramvaj_cs.html   ~ Stavba trati stála 640 milionů korun.
            886_ghost_wellington_buses_nz.html   ~ The council expects the Adelaide Road works to finish in July.
            """)
    void theStorysShortLastSentenceStaysBesideTheFurniture(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            876_login_wall_vasteras_sv.html     ~ login page, not an article
            877_section_front_politica_it.html  ~ list of headlines, no article
            878_paywall_teaser_only_es.html     ~ subscription wall, not an article
            879_page_not_found_404_en.html      ~ error page, not an article
            """)
    void aPageWithNoArticleIsRejectedWithWhatItIs(String seed, String reason) {
        JsonNode file = site.files().get(seed);
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        assertTrue(file.get("reason").asText().startsWith(reason), file.get("reason").asText());
    }

    @Test
    void theRejectsAreNamedWithTheirReasonsOnStderr() {
        assertTrue(site.run().stderr().contains("876_login_wall_vasteras_sv.html (login page"), site.run().stderr());
        assertTrue(site.run().stderr().contains("877_section_front_politica_it.html (list of headlines"), site.run().stderr());
    }
}

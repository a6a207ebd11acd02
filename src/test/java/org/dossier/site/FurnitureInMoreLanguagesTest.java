package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 960-989, built into one site: the furniture of outlets in languages and scripts the cleaning had no
 * words for goes by its features, each removal in the report with its kind. A "read also" label after a full stop, a
 * full-width colon or in a script without capitals, or bare over the headline it leads to; a pointer to more stories
 * alone; a footer's row of links between bars; the author's name in a row with the outlet or alone above the date; a
 * signature, a discussion's heading or "comments are closed" under the text; a long copyright notice; a subscription
 * pitch (a price by the month, this article for subscribers) and a newsletter's pitch after a question to the reader.
 * A teaser over a wall that says the article is for subscribers, and a page that is only the wall, are rejected.
 */
class FurnitureInMoreLanguagesTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "9[6-8]\\d_.*");
    }

    /** The text of the seed's article page, as a reader sees it. */
    private static String page(String seed) {
        return site.article(seed).select(".article-body").text();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            960_aarhus_letbane_dk_dump.txt       ~ read-more  ~ Læs også: Cyklister får ny sti langs Randersvej
            960_aarhus_letbane_dk_dump.txt       ~ byline     ~ Mette Kjærgaard
            960_aarhus_letbane_dk_dump.txt       ~ navigation ~ Redaktionelle retningslinjer|Kontakt redaktionen|Ret en fejl
            960_aarhus_letbane_dk_dump.txt       ~ social     ~ Kommentarer er lukket.
            961_izmir_vapur_tr.txt               ~ read-more  ~ Ayrıca okuyun: Metro hattında gece seferleri yeniden başlıyor
            961_izmir_vapur_tr.txt               ~ social     ~ Follow Ege Haber on Telegram for the latest updates
            962_iasi_tramvai_ro.txt              ~ caption    ~ Noile tramvaie de pe linia 3, în depoul din Dacia. © Andrei Rusu
            962_iasi_tramvai_ro.txt              ~ read-more  ~ Citește și: Podul de la Nicolina se închide pentru reparații
            962_iasi_tramvai_ro.txt              ~ newsletter ~ Îți plac știrile locale? Primește Ziarul de Iași gratuit, în fiecare dimineață.
            963_kassel_tram_de_dump.txt          ~ byline     ~ Tobias Brandner · HNA ·
            963_kassel_tram_de_dump.txt          ~ wall       ~ Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt für nur 1 € im Monat testen und alle Artikel lesen.
            964_zaragoza_bus_es_dump.txt         ~ caption    ~ Un autobús de la línea 38 en la plaza de Europa. Foto: archivo Heraldo
            964_zaragoza_bus_es_dump.txt         ~ wall       ~ Por solo 1 € al mes tendrás acceso ilimitado a nuestra web y a tu edición digital.
            964_zaragoza_bus_es_dump.txt         ~ navigation ~ Normas de participación|Contacta con la redacción|Aviso legal
            964_zaragoza_bus_es_dump.txt         ~ social     ~ Los comentarios están cerrados.
            965_nantes_navibus_fr.txt            ~ newsletter ~ Vous aimez nos articles ? Recevez-les gratuitement chaque semaine.
            965_nantes_navibus_fr.txt            ~ wall       ~ Cet article est réservé aux abonnés. Il vous reste 45% à découvrir.
            966_turku_bussi_fi.txt               ~ read-more  ~ Lue myös: Aurajoen kävelysilta suljetaan kahdeksi viikoksi
            966_turku_bussi_fi.txt               ~ social     ~ Kommentit on suljettu.
            967_utrecht_tram_nl.txt              ~ read-more  ~ LEES OOK. Fietsenstalling onder het Jaarbeursplein twee weken dicht
            967_utrecht_tram_nl.txt              ~ read-more  ~ Nieuwe bushalte bij het ziekenhuis in gebruik
            967_utrecht_tram_nl.txt              ~ newsletter ~ Blijf op de hoogte van het nieuws uit Utrecht. Schrijf je in voor onze nieuwsbrief.
            968_custom_casablanca_tram_ar.html   ~ read-more  ~ اقرأ أيضا: إغلاق مؤقت لشارع الزرقطوني بسبب الأشغال
            969_beersheva_rakevet_he.txt         ~ read-more  ~ קראו עוד: עבודות בכביש 40 יימשכו עד סוף הקיץ
            969_beersheva_rakevet_he.txt         ~ read-more  ~ לכתבות נוספות על רכבת ישראל
            970_custom_busan_bus_ko.html         ~ read-more  ~ 관련기사 부산역 광장 재정비 공사 내년 착공
            970_custom_busan_bus_ko.html         ~ byline     ~ 김지현 기자 jhkim@haeundae.example
            971_custom_kaohsiung_lrt_zh.html     ~ read-more  ~ 相關新聞：愛河自行車道拓寬工程下月完工
            971_custom_kaohsiung_lrt_zh.html     ~ social     ~ 讀者評論
            972_bergamo_funicolare_it_dump.txt   ~ read-more  ~ Atalanta, la probabile formazione contro il Torino
            """)
    void furnitureInAnUnreadLanguageLeavesThePageAndIsReportedAsItsKind(String seed, String kind, String line) {
        assertFalse(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line), "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            961_izmir_vapur_tr.txt             ~ Hakan Demirtaş
            963_kassel_tram_de_dump.txt        ~ Copyright HNA. Alle Rechte vorbehalten.
            972_bergamo_funicolare_it_dump.txt ~ Per ricevere la newsletter basta registrarsi
            """)
    void aSignatureANoticeAndAPitchAreGoneFromThePage(String seed, String text) {
        assertFalse(page(seed).contains(text), page(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            960_aarhus_letbane_dk_dump.txt     ~ Køreplanen for weekenden ændres ikke.
            961_izmir_vapur_tr.txt             ~ Bilet fiyatlarında değişiklik yapılmadı.
            963_kassel_tram_de_dump.txt        ~ Die Kosten liegen bei 62 Millionen Euro.
            965_nantes_navibus_fr.txt          ~ Les habitants de Rezé demandent aussi un service le dimanche soir.
            967_utrecht_tram_nl.txt            ~ Het weekendrooster verandert niet.
            970_custom_busan_bus_ko.html       ~ 시는 이용객 추이를 보고 연장 노선을 늘릴 계획이다.
            971_custom_kaohsiung_lrt_zh.html   ~ 市府也將在各站增設公共自行車租借站。
            972_bergamo_funicolare_it_dump.txt ~ La revisione costerà 1,2 milioni di euro.
            """)
    void theStorysShortLastSentenceStaysBesideTheFurniture(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            987_paywall_teaser_linz_de.html   ~ subscription wall, not an article (a teaser of
            988_paywall_teaser_rennes_fr.html ~ subscription wall, not an article (a teaser of
            989_subscribe_box_only_en.html    ~ subscription wall, not an article
            """)
    void aTeaserOverTheWallAndTheWallAloneAreRejectedAsTheWall(String seed, String reason) {
        JsonNode file = site.files().get(seed);
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        assertTrue(file.get("reason").asText().startsWith(reason), file.get("reason").asText());
    }
}

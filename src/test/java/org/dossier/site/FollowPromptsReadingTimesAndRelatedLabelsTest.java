package org.dossier.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 1096-1111, built into one site: furniture that asks the reader to follow the outlet or points to
 * other stories goes by its shape, in the languages and scripts of the pages, each removal in the report with its kind.
 * A prompt to follow on a messenger or app that opens on its imperative, ends on it, or is led by a pictogram (as the
 * outlet's newsletter when it says the channel is its own); the reading time alone on its line; a "related" label
 * alone over its headlines or in brackets before one; a consent notice's pointer to "our" privacy policy, its
 * buttons' row, and its text above them. A story's sentence that names WhatsApp, Telegram or a privacy policy stays.
 */
class FollowPromptsReadingTimesAndRelatedLabelsTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "(109[6-9]|110\\d|111[01])_.*");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            1096_dump_whatsapp_prompt_leia_tambem_pt.txt  ~ social       ~ 📲 Receba as notícias do Jornal do Norte Paranaense no WhatsApp
            1096_dump_whatsapp_prompt_leia_tambem_pt.txt  ~ reading-time ~ ⏱ Tempo de leitura: 3 min
            1096_dump_whatsapp_prompt_leia_tambem_pt.txt  ~ read-more    ~ [Leia também] Obras do viaduto da avenida Dez de Dezembro atrasam três meses
            1097_custom_telegram_lecture_besancon_fr.html ~ reading-time ~ Temps de lecture : 2 min
            1097_custom_telegram_lecture_besancon_fr.html ~ read-more    ~ [À lire aussi] Le pont Battant fermé deux nuits pour des inspections
            1098_dump_lesezeit_consent_giessen_de.txt     ~ reading-time ~ Lesezeit: 3 Minuten
            1098_dump_lesezeit_consent_giessen_de.txt     ~ social       ~ Folgen Sie uns auf WhatsApp und erhalten Sie die wichtigsten Nachrichten aus Gießen
            1098_dump_lesezeit_consent_giessen_de.txt     ~ cookie       ~ Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unseres Angebots zu analysieren.
            1098_dump_lesezeit_consent_giessen_de.txt     ~ cookie       ~ Mehr dazu lesen Sie in unserer Datenschutzerklärung.
            1098_dump_lesezeit_consent_giessen_de.txt     ~ cookie       ~ Alle akzeptieren Ablehnen Einstellungen
            1099_custom_czas_czytania_powiazane_pl.html   ~ reading-time ~ Czas czytania: 3 min
            1099_custom_czas_czytania_powiazane_pl.html   ~ social       ~ Dołącz do nas na Telegramie i czytaj najważniejsze wiadomości z Torunia
            1099_custom_czas_czytania_powiazane_pl.html   ~ read-more    ~ Powiązane artykuły
            1099_custom_czas_czytania_powiazane_pl.html   ~ read-more    ~ Remont mostu drogowego potrwa do jesieni
            1100_dump_cteni_souvisejici_cs.txt            ~ reading-time ~ Čtení na 4 minuty
            1100_dump_cteni_souvisejici_cs.txt            ~ read-more    ~ Související články
            1100_dump_cteni_souvisejici_cs.txt            ~ read-more    ~ Radnice chystá nové autobusové zastávky
            1100_dump_cteni_souvisejici_cs.txt            ~ social       ~ Přidejte si nás do Google News
            1101_custom_vremya_chteniya_pokhozhie_ru.html ~ newsletter   ~ Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости Вологды
            1101_custom_vremya_chteniya_pokhozhie_ru.html ~ read-more    ~ Похожие новости: Мост через Золотуху закроют на ремонт в июле
            1102_dump_okuma_suresi_whatsapp_tr.txt        ~ reading-time ~ Okuma süresi: 2 dk
            1102_dump_okuma_suresi_whatsapp_tr.txt        ~ social       ~ Haberleri anında almak için WhatsApp kanalımıza katılın
            1103_custom_dokuryo_kanren_line_ja.html       ~ reading-time ~ 読了時間：約2分
            1103_custom_dokuryo_kanren_line_ja.html       ~ social       ~ LINEで友だち追加すると、北陸の最新ニュースが届きます
            1103_custom_dokuryo_kanren_line_ja.html       ~ read-more    ~ 【関連記事】兼六園周辺の歩道、拡幅工事が完了
            1104_dump_kakao_gwanryeon_ko.txt              ~ reading-time ~ 읽는 시간 2분
            1104_dump_kakao_gwanryeon_ko.txt              ~ social       ~ 카카오톡 채널 추가하고 청주 소식 받아보세요
            1104_dump_kakao_gwanryeon_ko.txt              ~ read-more    ~ [관련기사]
            1104_dump_kakao_gwanryeon_ko.txt              ~ read-more    ~ 청주 시내버스 노선 개편 다음 달 시행
            1105_custom_yuedu_xiangguan_weixin_zh.html    ~ reading-time ~ 阅读时间：3分钟
            1105_custom_yuedu_xiangguan_weixin_zh.html    ~ social       ~ 扫码关注我们的微信公众号，获取更多本地资讯
            1105_custom_yuedu_xiangguan_weixin_zh.html    ~ read-more    ~ 【相关阅读】平江路周边停车位将实行预约制
            1106_dump_min_read_google_news_en.txt         ~ social       ~ Add us as a preferred source on Google News
            1107_custom_waktu_baca_gabung_id.html         ~ reading-time ~ Waktu baca: 2 menit
            1107_custom_waktu_baca_gabung_id.html         ~ read-more    ~ [Baca Juga] Alun-alun Tugu ditutup sementara untuk perbaikan
            1108_dump_tiempo_lectura_unete_es.txt         ~ newsletter   ~ 📱 Únete a nuestro canal de WhatsApp y recibe las noticias de Cuenca
            1108_dump_tiempo_lectura_unete_es.txt         ~ read-more    ~ [Te puede interesar] El puente de San Pablo cerrará por obras en julio
            1110_dump_leestijd_ontvang_nl.txt             ~ reading-time ~ Leestijd 3 minuten
            1110_dump_leestijd_ontvang_nl.txt             ~ social       ~ Ontvang het laatste nieuws uit Zwolle via WhatsApp
            1110_dump_leestijd_ontvang_nl.txt             ~ cookie       ~ Lees meer in onze privacyverklaring.
            1111_custom_tempo_lettura_correlati_it.html   ~ newsletter   ~ Iscriviti al nostro canale Telegram per ricevere le notizie del Salento
            1111_custom_tempo_lettura_correlati_it.html   ~ read-more    ~ Articoli correlati
            1111_custom_tempo_lettura_correlati_it.html   ~ read-more    ~ Porta Napoli, via ai lavori di restauro dell'arco
            """)
    void furnitureLeavesThePageAndIsReportedAsItsKind(String seed, String kind, String line) {
        assertFalse(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line), "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            1109_custom_consent_brief_informativa_it.html ~ Per saperne di più leggi la nostra informativa sulla privacy.
            1109_custom_consent_brief_informativa_it.html ~ Accetta tutti Rifiuta Impostazioni
            """)
    void aConsentNoticeUnderABriefIsGoneFromThePage(String seed, String line) {
        assertFalse(site.article(seed).text().contains(line), site.article(seed).text());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            1096_dump_whatsapp_prompt_leia_tambem_pt.txt  ~ A prefeitura criou um grupo de WhatsApp para avisar os feirantes sobre mudanças no horário da coleta de lixo.
            1097_custom_telegram_lecture_besancon_fr.html ~ Les associations d'usagers ont lancé une chaîne Telegram pour signaler les obstacles sur les pistes de la ville.
            1098_dump_lesezeit_consent_giessen_de.txt     ~ Die Stadtwerke haben ihre Datenschutzerklärung nach einer Beschwerde über die neue Fahrplan-App geändert.
            1098_dump_lesezeit_consent_giessen_de.txt     ~ Fahrgäste können die Linie in den ersten zwei Wochen kostenlos nutzen.
            1099_custom_czas_czytania_powiazane_pl.html   ~ Wieczorami kładka będzie podświetlana, a w weekendy zaplanowano na niej pikniki sąsiedzkie.
            1100_dump_cteni_souvisejici_cs.txt            ~ Město zároveň zavede kontroly, aby místa nezabírali zaměstnanci okolních firem.
            1103_custom_dokuryo_kanren_line_ja.html       ~ 市は利用状況を見て、駐輪場の増設も検討する。
            1104_dump_kakao_gwanryeon_ko.txt              ~ 시는 조명 설치 후 이용객 의견을 들어 구간을 늘릴 계획이다.
            1105_custom_yuedu_xiangguan_weixin_zh.html    ~ 市民可通过公交服务热线反映乘车问题。
            1106_dump_min_read_google_news_en.txt         ~ Residents can join the council's WhatsApp group for roadworks updates, the council said.
            1106_dump_min_read_google_news_en.txt         ~ The operator updated its privacy policy after passengers complained about the new ticketing app.
            1109_custom_consent_brief_informativa_it.html ~ La strada provinciale tra Perino e Bobbio resterà chiusa fino a venerdì per la messa in sicurezza di un versante franato, ha comunicato la Provincia di Piacenza.
            1111_custom_tempo_lettura_correlati_it.html   ~ Il mercato sarà aperto dal lunedì al sabato, dalle 7 alle 14.
            """)
    void theStorysSentencesBesideTheFurnitureStay(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }
}

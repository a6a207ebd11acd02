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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 1144-1159, built into one site: under the site's name and section above the headline, a byline that
 * names the author's trade ("… Health Correspondent", "Jonas Albrecht, Redakteur") or the outlet ("Por Lucía Ferrer,
 * Diario del Turia") goes as the byline, and a label of the site's most read or watched ("VÍDEOS: lo más visto en …")
 * between paragraphs as `read-more`; a nonprofit's line on what the reader's gift does ("Your donation makes stories
 * like this one possible", "Ihre Spende ermöglicht …") goes as `newsletter`; a text that counts its prices in pounds
 * or euros reads "04/10/2024" day first, in dollars not at all; a headline and a whole sentence over a box that offers
 * the whole article with a subscription ("Les hele saken med abonnement") is the wall, while a brief over a newsletter
 * and subscription box that offers no such reading stays an article.
 */
class TradeBylinesRankingsGiftsAndReadTheWholeWallsTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "11(4[4-9]|5\\d)_.*");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', textBlock = """
            1144_dump_trade_byline_most_watched_uk.txt       ~ byline    ~ Tomos Pryce Health Correspondent
            1144_dump_trade_byline_most_watched_uk.txt       ~ read-more ~ VIDEO: most watched on Wexcombe Gazette
            1147_dump_par_outlet_les_plus_lus_fr.txt         ~ byline    ~ Par Élodie Marchal, Le Courrier Savoyard
            1147_dump_par_outlet_les_plus_lus_fr.txt         ~ read-more ~ Les plus lus sur Le Courrier Savoyard
            1148_dump_por_outlet_lo_mas_visto_es.txt         ~ byline    ~ Por Lucía Ferrer, Diario del Turia
            1148_dump_por_outlet_lo_mas_visto_es.txt         ~ read-more ~ VÍDEOS: lo más visto en Diario del Turia
            1149_dump_name_comma_trade_meistgelesen_de.txt   ~ byline    ~ Jonas Albrecht, Redakteur
            1149_dump_name_comma_trade_meistgelesen_de.txt   ~ read-more ~ Meistgelesen auf Ostalb Kurier
            1150_dump_por_outlet_mais_lidas_pt.txt           ~ byline    ~ Por Renata Guimarães, Folha Mineira
            1150_dump_por_outlet_mais_lidas_pt.txt           ~ read-more ~ Mais lidas do Folha Mineira
            1151_dump_di_outlet_piu_letti_it.txt             ~ byline    ~ Di Marco Bellini, Gazzetta Lughese
            1151_dump_di_outlet_piu_letti_it.txt             ~ read-more ~ I più letti di Gazzetta Lughese
            1152_html_nonprofit_gift_appeal_en.html          ~ newsletter ~ Inland Ledger is a nonprofit newsroom. Your donation makes stories like this one possible.
            1153_html_votre_don_finance_fr.html              ~ newsletter ~ Le Fil Rhodanien est un média indépendant et sans publicité. Votre don finance notre rédaction.
            1154_html_ihre_spende_ermoeglicht_de.html        ~ newsletter ~ Die Elbe-Rundschau ist gemeinnützig und werbefrei. Ihre Spende ermöglicht unseren Lokaljournalismus.
            1155_html_tu_aporte_mantiene_es.html             ~ newsletter ~ Periódico del Litoral es un medio sin fines de lucro. Tu aporte mantiene este periodismo abierto para todos.
            """)
    void aTradeOrOutletBylineARankingLabelAndAGiftsLineLeaveTheTextAsTheirKind(String seed, String kind, String line) {
        assertFalse(String.join("\n", site.paragraphs(seed)).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line), "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1144_dump_trade_byline_most_watched_uk.txt     ~ Unison branch secretary Martin Kettleby said many of the lowest-paid staff drove in because there was no bus before six in the morning.
            1147_dump_par_outlet_les_plus_lus_fr.txt       ~ Les usagers devront encore emprunter le passage souterrain provisoire, fermé le soir après 22 heures.
            1148_dump_por_outlet_lo_mas_visto_es.txt       ~ El metro también ampliará su horario hasta las tres de la madrugada en las líneas 3, 5 y 7.
            1150_dump_por_outlet_mais_lidas_pt.txt         ~ As famílias devem apresentar a certidão de nascimento da criança e um comprovante de endereço.
            1152_html_nonprofit_gift_appeal_en.html        ~ "You should know what an apartment costs before you hand over a check," Lindgren said.
            """)
    void theStorysSentencesAroundThemStay(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            1144_dump_trade_byline_most_watched_uk.txt ~ 2024-10-04
            1145_dump_euro_prices_numeric_date_ie.txt  ~ 2024-06-03
            """)
    void aDateInFiguresIsReadDayFirstWhereThePricesArePoundsOrEuros(String seed, String date) {
        assertEquals(date, site.article(seed).selectFirst("time[datetime]").attr("datetime"));
    }

    @Test
    void aDateInFiguresBesideDollarsStaysUnread() {
        assertNull(site.article("1146_nearmiss_dollar_prices_numeric_date_us.txt").selectFirst("time[datetime]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1156_paywall_les_hele_saken_no.html     ~ Les hele saken med abonnement
            1157_paywall_las_hela_artikeln_sv.html  ~ Läs hela artikeln – bli prenumerant
            1158_paywall_ganzen_artikel_abo_de.html ~ Lesen Sie den ganzen Artikel mit einem Abo
            """)
    void aTeaserOverABoxThatSellsTheWholeArticleIsRejectedAsTheWall(String seed, String box) {
        JsonNode file = site.files().get(seed);
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        String reason = file.get("reason").asText();
        assertTrue(reason.startsWith("subscription wall, not an article (a teaser of ") && reason.contains(box), reason);
    }

    @Test
    void aBriefOverANewsletterAndSubscriptionBoxStaysAnArticle() {
        String seed = "1159_nearmiss_brief_over_newsletter_box_da.html";
        assertEquals("article", site.files().get(seed).get("outcome").asText());
        assertTrue(site.paragraphs(seed).contains(
                "Letbanen i Odense kører igen efter et strømsvigt, der standsede alle tog i to timer tirsdag morgen, oplyser Odense Letbane."),
                site.paragraphs(seed).toString());
    }
}

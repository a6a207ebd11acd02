package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 431-439 and 1020-1029, built into one site: saved pages with no article are rejected by what they are
 * made of, in several languages and CMS styles: a consent layer kept as text under a dated header, whose sentences
 * speak to the reader formally or share no word with the headline; a teaser that breaks off in mid-sentence over a
 * subscription's box with no word of reading on; an author's or tag's page that declares itself one, or lists
 * headlines with their dates under a one-sentence description. The pages beside them that are articles stay
 * articles: a brief with a consent banner left under it, a story with its author's other headlines, a long story
 * with a subscription box at its end, a brief over a subscription pitch or a list of dated headlines. And a
 * newsletter's masthead with the month only, or a "Published" line that says when it changed counted back roughly
 * from now, dates the article as precisely as it says.
 */
class PagesWithoutArticleByWhatTheyAreMadeOfTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "(43[1-9]|102\\d)_.*");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            431_cookie_wall_formal_address_de.html     ~ cookie-consent wall, not an article
            432_cookie_wall_dated_header_fr.html       ~ cookie-consent wall, not an article
            433_cookie_wall_dated_header_es.html       ~ cookie-consent wall, not an article
            434_cookie_wall_dated_header_it.html       ~ cookie-consent wall, not an article
            435_cookie_wall_dated_header_en.html       ~ cookie-consent wall, not an article
            436_paywall_cut_teaser_en.html             ~ subscription wall, not an article (a teaser of
            437_paywall_cut_teaser_es.html             ~ subscription wall, not an article (a teaser of
            1020_paywall_cut_teaser_fr.html            ~ subscription wall, not an article (a teaser of
            438_author_archive_wordpress_en.html       ~ list of headlines, no article (the page declares itself a ProfilePage
            439_tag_archive_drupal_es.html             ~ list of headlines, no article (4 headlines each beside its date
            1021_author_archive_arc_de.html            ~ list of headlines, no article (5 headlines each beside its date
            """)
    void aSavedPageWithNoArticleIsRejectedWithWhatItIsAsTheReason(String seed, String reason) {
        JsonNode file = site.files().get(seed);
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        assertTrue(site.run().stderr().contains(seed + " (" + reason), site.run().stderr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1022_brief_dated_line_consent_banner_de.html   ~ Die Kreisstraße zwischen Lohr und Steinbach ist nach einem Unfall mit einem Holzlaster seit Dienstagnachmittag wieder frei, teilte die Polizei mit.
            1023_article_author_box_other_stories_it.html  ~ Gli acquirenti della cooperativa di Soresina attendono ora l'accordo sul prezzo alla stalla per il secondo semestre, che dovrebbe essere firmato entro la fine di giugno.
            1024_long_article_paywall_box_end_en.html      ~ The crushers' buyers said deliveries in April would decide whether the extra shifts continue into the summer.
            1025_brief_subscription_pitch_es.html          ~ El Ministerio de Transporte cortará el tránsito en el puente de la ruta 5 sobre el río Santa Lucía entre el lunes y el miércoles para reparar las juntas de dilatación, informó la cartera.
            1026_brief_author_box_dated_headlines_en.html  ~ The boats to Inis Mór resumed on Tuesday morning after six days of storm cancellations, with the first crossing leaving the pier at half eight, the operator said.
            """)
    void aPageThatHoldsAnArticleBesideWallsOrListsIsPublishedWithItsText(String seed, String line) {
        JsonNode file = site.files().get(seed);
        assertEquals("article", file.get("outcome").asText(), file.toString());
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            1027_newsletter_month_masthead_en.txt          ~ 2023-10    ~ Hawke's Bay Apple Growers – Monthly Update – October 2023
            1029_bulletin_month_masthead_de.txt            ~ 2023-09    ~ Imkerverein Talheim – Mitgliederinfo | September 2023
            1028_published_updated_about_hours_ago_in.txt  ~ 2024-03-05 ~ Published March 5, 2024 Updated about 3 hours ago
            """)
    void aMastheadOrDatelineDatesTheArticleAsPreciselyAsItSays(String seed, String date, String line) {
        JsonNode file = site.files().get(seed);
        assertEquals("article", file.get("outcome").asText(), file.toString());
        Element time = site.article(seed).selectFirst("time[datetime]");
        assertNotNull(time, seed);
        assertEquals(date, time.attr("datetime"));
        assertTrue(Sites.removedText(file, "dateline").contains(line), file.path("removedText").toString());
    }
}

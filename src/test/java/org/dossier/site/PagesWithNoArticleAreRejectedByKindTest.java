package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 470-489, built into one site: pages saved with no article in them, each kind in several languages,
 * are rejected with a reason that names the kind (a cookie-consent wall under the site's header and date line, an
 * author's, tag's or topic's list of headlines, a registration page, an error page, a search page), and the
 * pages beside them that are articles stay articles: a brief with a cookie line at its end, a story whose page lists
 * related headlines, a live blog of short entries under times, a brief under a menu with "sign in", a story about
 * cookie banners, and a brief whose headline says something was not found.
 */
class PagesWithNoArticleAreRejectedByKindTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "4[78]\\d_.*");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            470_cookie_wall_date_header_pl.html  ~ cookie-consent wall, not an article
            471_cookie_wall_date_header_nl.txt   ~ cookie-consent wall, not an article
            472_cookie_wall_section_it.txt       ~ cookie-consent wall, not an article
            473_cookie_wall_titled_pt.html       ~ cookie-consent wall, not an article
            483_cookie_wall_date_header_sv.txt   ~ cookie-consent wall, not an article
            474_author_archive_dated_teasers_de.txt ~ list of headlines, no article
            477_tag_archive_headlines_only_en.txt ~ list of headlines, no article
            475_tag_archive_dump_fr.txt          ~ list of headlines, no article
            476_topic_archive_nl.html            ~ list of headlines, no article
            481_search_results_es.html           ~ list of headlines, no article
            482_search_results_dump_ru.txt       ~ search results page, not an article
            478_registration_page_it.txt         ~ login page, not an article
            479_error_page_de.html               ~ error page, not an article
            480_error_page_dump_pt.txt           ~ error page, not an article
            """)
    void aPageWithNoArticleIsRejectedWithItsKindAsTheReason(String seed, String reason) {
        JsonNode file = site.files().get(seed);
        assertEquals("rejected", file.get("outcome").asText(), file.toString());
        assertTrue(file.get("reason").asText().startsWith(reason), file.get("reason").asText());
        assertTrue(site.run().stderr().contains(seed + " (" + reason), site.run().stderr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            484_brief_cookie_footer_en.txt          ~ Both were brought ashore at the harbour and were checked by paramedics.
            485_article_related_headlines_nl.html   ~ Forenzen moesten in die tijd omrijden via de brug bij Vianen, wat volgens de veerdienst voor sommigen een uur extra reistijd betekende.
            486_live_blog_short_entries_fr.html     ~ Un gymnase est ouvert à Saint-Clément pour accueillir les habitants évacués.
            487_brief_login_menu_pl.txt             ~ Wyciąg krzesełkowy na Gubałówkę będzie nieczynny do piątku z powodu przeglądu technicznego, poinformował operator.
            488_cookie_law_article_it.txt           ~ Le società hanno trenta giorni per adeguare i propri siti e potranno presentare ricorso al tribunale.
            489_brief_not_found_headline_en.html    ~ The search for a yacht missing off the west coast since Sunday was called off on Tuesday evening after two days without a sighting, the coastguard said.
            """)
    void aPageThatHoldsAnArticleBesideWallsOrListsIsPublishedWithItsText(String seed, String line) {
        JsonNode file = site.files().get(seed);
        assertEquals("article", file.get("outcome").asText(), file.toString());
        List<String> paragraphs = site.run().page(file.get("url").asText()).select("[data-article-text] p").stream().map(Element::text).toList();
        assertTrue(paragraphs.contains(line), "on the page: " + paragraphs);
    }

    @Test
    void aCookieLineAtTheEndOfABriefLeavesThePageAndTheBriefStays() {
        JsonNode file = site.files().get("484_brief_cookie_footer_en.txt");
        String text = site.run().page(file.get("url").asText()).select("[data-article-text]").text();
        assertFalse(text.contains("We use cookies"), text);
        assertTrue(Sites.removedText(file, "cookie").stream().anyMatch(l -> l.startsWith("We use cookies")), file.path("removedText").toString());
    }
}

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
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Dev-set seeds whose date stands where outlets of many languages put it, built into one site and read off the
 * article pages: an old table-layout CMS's info box that sets "Publié le 07/03/2024 à 18h40" and the byline on lines
 * of one element, read day first in the page's or its label's language; an agency's dateline with the article before
 * the day ("Grenoble, le 5 mars 2024 (AFP) –"); Polish, Czech and Slovak rows with a weekday, "godz." or the reading
 * time; Chinese, Japanese and Korean info rows that end with the source and a view count. A dateline with no year,
 * a reader's comment's date and the dates of related headlines date nothing.
 */
class DatelinesOfOldCmsesAgenciesAndInfoRowsTest {
    private static final List<String> SEEDS = List.of("1064_custom_table_publie_le_br_fr.html", "1065_custom_table_pubblicato_il_it.html",
            "1066_agence_le_date_afp_fr.txt", "1067_pressmeddelande_den_date_sv.txt", "1068_efe_no_year_es.txt", "1069_ansa_no_year_it.txt",
            "1070_custom_data_godz_pl.html", "1071_dodano_godz_pl.txt", "1072_custom_info_redakce_cs.html", "1073_redakcia_citania_sk.txt",
            "1074_custom_info_laiyuan_views_zh.html", "1075_xingqi_laiyuan_yuedu_zh.txt", "1076_custom_haishin_koushin_ja.html",
            "1077_custom_gisaibryeok_johoesu_ko.html", "1078_nearmiss_related_comment_dates_fr.html");
    private static Map<String, JsonNode> articles;

    @TempDir
    static Path dir;

    private static Document page(String seed) throws IOException {
        return Jsoup.parse(dir.resolve("site").resolve(articles.get(seed).get("url").asText()).toFile(), "UTF-8");
    }

    /** The date the article's page shows under its headline, as its time element gives it; null when it shows none. */
    private static String shownDate(String seed) throws IOException {
        Element time = page(seed).selectFirst("article .kicker time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    @BeforeAll
    static void build() throws IOException {
        Sites.devSite(dir, SEEDS);
        articles = Sites.articlesBySeed(dir.resolve("site"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1064_custom_table_publie_le_br_fr.html  ~ 2024-03-07
            1065_custom_table_pubblicato_il_it.html ~ 2024-03-04
            """)
    void anInfoBoxOfLinesSetWithBreaksDatesThePageDayFirstWithThePublishedNotTheChangedDay(String seed, String date) throws IOException {
        // "Publié le 07/03/2024 à 18h40 | Mis à jour le 08/03/2024<br>Par <b>…</b>" beside the text's column, in a page
        // declared French; "Pubblicato il 04/03/2024<br>Aggiornato il 05/03/2024" in one undeclared: Italian by its label
        assertEquals(date, shownDate(seed));
        assertEquals("text", articles.get(seed).get("dateSource").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1066_agence_le_date_afp_fr.txt       ~ 2024-03-05
            1067_pressmeddelande_den_date_sv.txt ~ 2024-03-06
            """)
    void anAgencysDatelineWithTheArticleBeforeTheDayDatesTheText(String seed, String date) throws IOException {
        // "Grenoble, le 5 mars 2024 (AFP) –", "Göteborg den 6 mars 2024 –"
        assertEquals(date, shownDate(seed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1068_efe_no_year_es.txt", "1069_ansa_no_year_it.txt", "1078_nearmiss_related_comment_dates_fr.html"})
    void aDatelineWithoutItsYearACommentsDateOrARelatedHeadlinesDateLeavesThePageUndated(String seed) throws IOException {
        // "BILBAO, 8 mar (EFE).-" and "NAPOLI, 11 marzo (ANSA) -" give no year to read; a reader's comment under
        // "14/03/2024 à 21h12" and a sidebar's headlines over their dates are not the article's
        assertNull(shownDate(seed));
        assertEquals("Undated", page(seed).selectFirst("article .kicker .date").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1070_custom_data_godz_pl.html    ~ 2024-03-07 ~ godz. 11:20
            1071_dodano_godz_pl.txt          ~ 2024-03-05 ~ Dodano:
            1072_custom_info_redakce_cs.html ~ 2024-03-08 ~ Čtení na 4 minuty
            1073_redakcia_citania_sk.txt     ~ 2024-03-08 ~ 3 min čítania
            """)
    void aPolishCzechOrSlovakDatelineWithAWeekdayTheHourOrTheReadingTimeDatesThePageAndLeavesItsText(String seed, String date,
                                                                                                      String dateline) throws IOException {
        assertEquals(date, shownDate(seed));
        assertFalse(page(seed).selectFirst("article").text().contains(dateline), dateline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            1074_custom_info_laiyuan_views_zh.html  ~ 2024-03-11 ~ 浏览次数
            1075_xingqi_laiyuan_yuedu_zh.txt        ~ 2024-03-12 ~ 阅读：512
            1076_custom_haishin_koushin_ja.html     ~ 2024-03-13 ~ 配信
            1077_custom_gisaibryeok_johoesu_ko.html ~ 2024-03-14 ~ 조회수
            """)
    void aChineseJapaneseOrKoreanInfoRowWithItsSourceAndViewCountDatesThePageAndLeavesItsText(String seed, String date,
                                                                                              String row) throws IOException {
        assertEquals(date, shownDate(seed));
        assertFalse(page(seed).selectFirst("article").text().contains(row), row);
    }

    @Test
    void theCommentAndTheRelatedHeadlinesAreNotTheArticlesText() throws IOException {
        Element article = page("1078_nearmiss_related_comment_dates_fr.html").selectFirst("article");
        assertNotNull(article);
        assertFalse(article.text().contains("Il était temps"));
        assertFalse(article.text().contains("pont Wilson"));
    }
}

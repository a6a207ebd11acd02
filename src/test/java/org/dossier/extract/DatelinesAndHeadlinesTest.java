package org.dossier.extract;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.dossier.extract.MetadataEvidenceTest.date;
import static org.dossier.extract.MetadataEvidenceTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Datelines as outlets in many countries write them (a byline or a place beside the date, times with zones, a published
 * and an updated date on one line), and headlines of pages dumped as text, found by their features below the chrome.
 */
class DatelinesAndHeadlinesTest {
    private static final String TITLE = "Harbour market stays open for the winter";
    private static final String BODY = "The council voted on Tuesday evening to keep the old harbour market open through the winter, "
            + "after traders said the move to a new hall would cost them their regular customers.";
    private static final String MORE = "Traders at the harbour market welcomed the vote, and the first winter market opens on Saturday.";

    @Test
    void datelinesWithABylineAPlaceATimeZoneOrASecondDateDateTheSeedAndAreFurniture() {
        String[][] lines = {
                {"Bhavna Kohli Updated: Feb 6, 2024, 18:42 IST", "2024-02-06"},
                {"Publié le 20 janvier 2023 à 18h09, mis à jour le 21 janvier 2023 à 09h12", "2023-01-20"},
                {"By Hoang Phuong March 14, 2022 | 09:12 am GMT+7", "2022-03-14"},
                {"Posted: Jan 09, 2023 5:00 AM CT | Last Updated: January 10, 2023", "2023-01-09"},
                {"Updated: January 10, 2023 | Posted: Jan 09, 2023 5:00 AM CT", "2023-01-09"},
                {"Published - November 14, 2023 08:40 pm IST - CHENNAI", "2023-11-14"},
                {"Posted Tue 15 Jun 2021 at 7:40am, updated Tue 15 Jun 2021 at 11:02am", "2021-06-15"},
                {"Published : Dec 11, 2022 - 18:26 Updated : Dec 11, 2022 - 18:30", "2022-12-11"},
                {"Mar, 17/10/2023 - 10:05", "2023-10-17"},
                {"Stand: 14.03.2022, 10:15 Uhr", "2022-03-14"},
                {"Veröffentlicht am 14.03.2022 um 10.15 Uhr", "2022-03-14"},
                {"Publicado em 14 de março de 2022 às 10h30", "2022-03-14"},
                {"Pubblicato il 14 marzo 2022 alle ore 10:30", "2022-03-14"},
                {"Thứ hai, 14/3/2022, 09:12 (GMT+7)", "2022-03-14"},
                {"Last updated 30 April 2023", "2023-04-30"},
        };
        for (String[] dateline : lines) {
            String line = dateline[0], expected = dateline[1];
            Article a = extract("d.txt", TITLE + "\n" + line + "\n\n" + BODY + "\n\n" + MORE + "\n");
            assertEquals(expected, date(a), line);
            assertEquals("text", a.dateSource().orElseThrow(), line);
            assertEquals(TITLE, a.title(), line);
            assertEquals(List.of(line), a.removals().byKind().get("dateline"), line);
        }
    }

    @Test
    void aLineOfProseThatHoldsADateIsNeitherADatelineNorRemoved() {
        for (String prose : List.of("Budget vote set for March 3, 2022 after delay", "Election Day March 3, 2022 in three towns",
                "The council met again on 14 March 2022 and agreed to the plan.")) {
            Article a = extract("p.txt", TITLE + "\nPosted: Jan 09, 2023 5:00 AM CT | Last Updated: January 10, 2023\n\n" + BODY + "\n\n"
                    + prose + "\n\n" + MORE + "\n");
            assertEquals("2023-01-09", date(a), prose);
            assertEquals(List.of("Posted: Jan 09, 2023 5:00 AM CT | Last Updated: January 10, 2023"),
                    a.removals().byKind().get("dateline"), prose);
        }
    }

    @Test
    void headlineOfAPageDumpedAsTextIsTheLineByTheBylineThatSharesWordsWithTheProseNotTheChromeAboveIt() {
        Map<String, String> tops = new LinkedHashMap<>();
        tops.put("Skip to main content\nABC News\nJust In\nFor You\nPolitics", "Skip to main content");
        tops.put("News Business Travel Life Sports World Perspectives", "News Business Travel Life Sports World Perspectives");
        tops.put("HomeNewsSportsObituariesOpinionE-EditionSubscribeLogin", "HomeNewsSportsObituariesOpinionE-EditionSubscribeLogin");
        tops.put("We use cookies to personalise content and to measure our audience. You can accept or refuse them at any time.\n"
                + "Accept and close\nLocal News Sport Opinion Weather", "We use cookies to personalise content");
        tops.put("Мы используем cookies для улучшения работы сайта. Используя сайт, вы соглашаетесь с обработкой файлов cookies.\n18+",
                "Мы используем cookies для улучшения работы сайта. Используя сайт, вы соглашаетесь с обработкой файлов cookies.");
        tops.forEach((chrome, line) -> {
            Article a = extract("dump.txt", chrome + "\n" + TITLE + "\nBy Anna Pell\nPosted: March 14, 2022\n" + BODY + "\n" + MORE + "\n");
            assertEquals(TITLE, a.title(), chrome);
            assertEquals("2022-03-14", date(a), chrome);
            assertTrue(a.removals().byKind().values().stream().flatMap(List::stream).anyMatch(r -> r.startsWith(line)), chrome);
        });
    }

    @Test
    void aHeaderHeadlineThatSharesNoWordWithTheProseGivesWayToTheHeadlineByTheByline() {
        Article a = extract("h.txt", " date 2022-12-11  Back To Top\nNational\nPolitics\nSocial Affairs\n\n" + TITLE
                + "\n\nBy Anna Pell\nPublished : Dec 11, 2022 - 18:26\n\n" + BODY + "\n\n" + MORE + "\n");
        assertEquals(TITLE, a.title());
        assertEquals("2022-12-11", date(a));
    }

    @Test
    void aSectionNameGluedToTheHeadlineIsCutOff() {
        Article a = extract("k.txt", "Politik Ausland Panorama Sport Wirtschaft\n28.10.2022\nKOALITIONStreit um die Mietpreisbremse\n"
                + "Die Koalition streitet seit Wochen über die Verlängerung der Mietpreisbremse, und die Mieter in den Städten warten.\n"
                + "Eigentlich hatten sich die Koalitionspartner schon im Frühjahr geeinigt: Die Mietpreisbremse sollte verlängert werden.\n");
        assertEquals("Streit um die Mietpreisbremse", a.title());
        assertEquals("2022-10-28", date(a));
        assertEquals(List.of("KOALITION"), a.removals().byKind().get("section-label"));
    }

    @Test
    void aBlogsNameInItsBannerIsNotTheTitleOfItsPost() {
        String post = "<div class='post'><h3 class='post-title'>" + TITLE + "</h3><div class='post-body'><p>" + BODY + "</p><p>" + MORE
                + "</p></div></div>";
        Article a = extract("blog.html", "<html lang='en-GB'><head><title>Little Hadwell Notes: " + TITLE + "</title>"
                + "<meta property='og:title' content='" + TITLE + "'></head><body><header><h1 class='title'><a href='/'>Little Hadwell Notes</a>"
                + "</h1></header>" + post + "</body></html>");
        assertEquals(TITLE, a.title());
        Article named = extract("named.html", "<html><head><title>" + TITLE + "</title><meta property='og:site_name' content='Harbour Weekly'>"
                + "</head><body><div class='masthead'><h1>Harbour Weekly</h1></div>" + post + "</body></html>");
        assertEquals(TITLE, named.title());
    }

    @Test
    void aPageWithoutAnH1IsTitledByTheHeadingThatOpensItsTextNotByItsShortPageTitle() {
        Article a = extract("club.htm", "<html><head><title>Harbour Market - News</title></head><body><center><b>Harbour Market</b><br>"
                + "<a href='index.htm'>Back to home</a> | <a href='stalls.htm'>Stalls</a></center><table><tr><td><h2>" + TITLE + "</h2>"
                + "<p><i>Last updated 30 April 2023</i></p><p>" + BODY + "</p><p>" + MORE + "</p></td></tr></table></body></html>");
        assertEquals(TITLE, a.title());
        assertEquals("2023-04-30", date(a));
        assertEquals(List.of("Last updated 30 April 2023"), a.removals().byKind().get("dateline"));
    }

    @Test
    void theCountryDomainOfThePagesAddressSettlesTheOrderOfANumericDateWhenThePageSaysNoMore() {
        String body = "<article><p>" + BODY + "</p><p>" + MORE + "</p></article>";
        Map<String, String> byAddress = Map.of("https://www.example.co.in/city/market", "2022-04-03",
                "https://www.example.com.au/news/market", "2022-04-03", "https://news.example.co.uk/market", "2022-04-03",
                "https://www.example.us/market", "2022-03-04", "https://www.example.com/market", "none", "https://example.io/market", "none");
        byAddress.forEach((url, expected) -> {
            Article a = extract("c.html", "<html lang='en'><head><title>" + TITLE + "</title><link rel='canonical' href='" + url + "'>"
                    + "</head><body><p class='date'>Published 03/04/2022</p>" + body + "</body></html>");
            assertEquals(expected, date(a), url);
            Article text = extract("c.txt", " date 03/04/2022 " + url + " " + TITLE + "\n\n" + BODY + "\n\n" + MORE + "\n");
            assertEquals(expected, date(text), url);
            assertEquals(TITLE, text.title(), url);
        });
        Article declared = extract("d.html", "<html lang='en-US'><head><title>" + TITLE + "</title><link rel='canonical' "
                + "href='https://www.example.co.in/market'></head><body><p>Published 03/04/2022</p>" + body + "</body></html>");
        assertEquals("2022-03-04", date(declared), "a region the page declares wins over its address");
    }
}

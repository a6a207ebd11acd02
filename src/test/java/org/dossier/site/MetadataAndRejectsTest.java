package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real build of seeds shaped like the ones that used to be lost or mislabelled: a one-sentence brief, UTF-16 text,
 * a cookie wall with a date header, a login page, a page of menus, numeric dates with and without a locale.
 */
class MetadataAndRejectsTest {
    @TempDir
    static Path dir;
    static Sites.Run site;
    static JsonNode report;
    static Map<String, JsonNode> articles = new HashMap<>();

    private static final String FERRY = "The harbour ferry returned to service on Wednesday after six weeks of repairs to its engine, "
            + "the operator said. Commuters who had taken the long road around the bay said they were glad to have the crossing back.\n";

    @BeforeAll
    static void build() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        write(seeds, "brief.txt", " date 2022-03-14 Council approves new cycle lanes\n\n"
                + "The city council approved twelve kilometres of new cycle lanes on Monday after a short debate.\n");
        Files.write(seeds.resolve("utf16le-bom.txt"), utf16(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE",
                " date 2021-06-09 Harbour ferry returns after repairs\n\n" + FERRY));
        Files.write(seeds.resolve("utf16be-bom.txt"), utf16(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE",
                " date 2021-06-10 Bay ferry timetable unchanged for summer\n\nThe operator said the summer timetable would stay as it "
                        + "was last year, with the first crossing at six and the last at eleven, and fares unchanged for a third year.\n"));
        Files.write(seeds.resolve("utf16le-nobom.txt"), utf16(new byte[0], "UTF-16LE",
                " date 2021-06-11 Ferry crew thanked by islanders\n\nIslanders held a small party on the quay on Friday to thank the "
                        + "ferry crew, who kept a reduced service running with a borrowed boat during the six weeks of repairs.\n"));
        Files.write(seeds.resolve("utf16be-nobom-ru.txt"), utf16(new byte[0], "UTF-16BE",
                " date 2021-06-12 Паром вернулся в строй\n\nПаром снова ходит через залив после шести недель ремонта двигателя, "
                        + "сообщил перевозчик. Жители острова говорят, что рады снова добираться до города за двадцать минут.\n"));
        write(seeds, "cookie-wall.txt", " date 2022-03-14 We value your privacy\n\nWe and our partners use cookies and similar "
                + "technologies to store and access information on your device.\nBy clicking Accept all, you consent to the use of "
                + "cookies for personalised advertising and measurement.\nYou can change your preferences at any time in the privacy "
                + "settings.\nAccept all\nReject all\nManage preferences\n");
        write(seeds, "login.txt", "Sign in to your account\n\nEmail address\nPassword\nRemember me\nForgot your password?\nSign in\n"
                + "Don't have an account? Create one now to read unlimited articles and get our newsletters.\n");
        write(seeds, "navigation.txt", "Home | News | World | Business | Sport | Culture | Sign in\nPolitics\nEurope\nAmericas\nAsia\n"
                + "Science\nTechnology\nHealth\nOpinion\nWeather\nContact us\nAbout us\nTerms of use\n");
        write(seeds, "day-first.html", "<html lang=\"fr-FR\"><head><title>Accueil | Actualités | Monde | Se connecter</title>"
                + "<meta property=\"og:title\" content=\"Le pont du port rouvre après deux ans de travaux\"></head><body>"
                + "<header><h1>Politique</h1></header><p class=\"date\">Publié le 03/04/2022</p><article><p>Le pont du port a rouvert "
                + "lundi après deux ans de travaux, a annoncé la mairie, qui promet une circulation plus fluide pour les habitants du "
                + "quartier.</p><p>Les cyclistes disposent désormais d'une voie réservée sur toute la longueur de l'ouvrage.</p>"
                + "</article></body></html>");
        write(seeds, "ambiguous.html", "<html><head><title>Bridge reopens after two years of work</title></head><body>"
                + "<p class=\"date\">03/04/2022</p><article><h1>Bridge reopens after two years of work</h1><p>The harbour bridge "
                + "reopened on Monday after two years of work, the town hall said, promising smoother traffic for residents of the "
                + "district.</p><p>Cyclists now have a lane of their own along the whole length of the bridge.</p></article></body></html>");
        write(seeds, "month-only.txt", " date 2022-03 Volunteers plant a thousand trees along the river\n\nVolunteers from four "
                + "villages planted a thousand young oaks and willows along the river bank over the weekend, organisers said.\n");
        site = Sites.build(seeds, dir.resolve("site"));
        report = new ObjectMapper().readTree(dir.resolve("site/data/report.json").toFile());
        new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile()).forEach(a -> articles.put(a.get("source").asText(), a));
    }

    private static void write(Path seeds, String name, String text) throws IOException {
        Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] utf16(byte[] mark, String charset, String text) {
        byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset));
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private static Map<String, String> rejected() {
        return Sites.rejected(report);
    }

    @Test
    void oneSentenceBriefUnderADatedHeadlineIsAnArticleWithTitleAndDate() {
        JsonNode brief = articles.get("brief.txt");
        assertEquals("Council approves new cycle lanes", brief.get("title").asText(), rejected().toString());
        assertEquals("2022-03-14", brief.get("date").asText());
        String text = site.page(brief.get("url").asText()).selectFirst("[data-article-text]").text();
        assertEquals("The city council approved twelve kilometres of new cycle lanes on Monday after a short debate.", text);
    }

    @Test
    void utf16SeedsWithAndWithoutByteOrderMarkAreDecodedArticles() {
        assertEquals("Harbour ferry returns after repairs", articles.get("utf16le-bom.txt").get("title").asText(), rejected().toString());
        assertEquals("Bay ferry timetable unchanged for summer", articles.get("utf16be-bom.txt").get("title").asText());
        assertEquals("Ferry crew thanked by islanders", articles.get("utf16le-nobom.txt").get("title").asText());
        assertEquals("Паром вернулся в строй", articles.get("utf16be-nobom-ru.txt").get("title").asText());
        String text = site.page(articles.get("utf16le-nobom.txt").get("url").asText()).selectFirst("[data-article-text]").text();
        assertTrue(text.startsWith("Islanders held a small party on the quay"), text);
    }

    @Test
    void cookieWallLoginPageAndNavigationPageAreRejectedEachWithItsOwnReason() {
        Map<String, String> r = rejected();
        Map<String, String> reasons = Map.of("cookie-wall.txt", "cookie-consent wall, not an article (",
                "login.txt", "login page, not an article (", "navigation.txt", "page of navigation links, not an article (");
        assertEquals(reasons.keySet(), r.keySet());
        reasons.forEach((seed, reason) -> assertTrue(r.get(seed).startsWith(reason), r.toString()));
        assertEquals(3, new HashSet<>(r.values()).size());
        assertTrue(site.stderr().contains("cookie-wall.txt (cookie-consent wall"), site.stderr());
    }

    @Test
    void dayFirstDateIsReadWithThePageLocaleAndTheTitleSkipsLabelAndMenu() {
        JsonNode a = articles.get("day-first.html");
        assertEquals("2022-04-03", a.get("date").asText());
        assertEquals("text", a.get("dateSource").asText());
        assertEquals("Le pont du port rouvre après deux ans de travaux", a.get("title").asText());
    }

    @Test
    void ambiguousNumericDateWithoutALocaleGivesNoDate() {
        JsonNode a = articles.get("ambiguous.html");
        assertTrue(a.get("date").isNull(), a.toString());
        assertTrue(a.get("dateSource").isNull(), a.toString());
    }

    @Test
    void monthOnlyHeaderGivesTheMonthAndATitleWithoutTheDateLabel() {
        JsonNode a = articles.get("month-only.txt");
        assertEquals("2022-03", a.get("date").asText());
        assertEquals("Volunteers plant a thousand trees along the river", a.get("title").asText());
        assertEquals(0, site.exit(), site.stderr());
    }
}

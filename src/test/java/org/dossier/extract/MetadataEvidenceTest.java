package org.dossier.extract;

import java.time.Duration;
import org.dossier.report.Deadline;
import org.dossier.clean.CleanedSeed;
import org.dossier.clean.Headlines;
import org.dossier.clean.Languages;
import org.dossier.clean.SeedCleaner;
import org.dossier.ingest.Seed;
import org.dossier.ingest.SeedReader;
import org.dossier.report.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates, datelines and titles as a seed gives them, in the five languages Dossier reads. */
class MetadataEvidenceTest {
    private static final String BODY = "The council voted on Tuesday evening to keep the old harbour market open through the winter, "
            + "after traders said the move to a new hall would cost them their regular customers.";

    static Article extract(String name, String text) {
        Outcome<Seed> seed = SeedReader.decode(name, Path.of(name), text.getBytes(StandardCharsets.UTF_8));
        Outcome<CleanedSeed> cleaned = SeedCleaner.clean(((Outcome.Ok<Seed>) seed).value(), Deadline.after(Duration.ofHours(1), "test"));
        assertTrue(cleaned instanceof Outcome.Ok, () -> name + " was rejected: " + cleaned);
        Outcome<Article> a = new Extractor(Curation.empty()).extract(((Outcome.Ok<CleanedSeed>) cleaned).value(), Deadline.after(Duration.ofHours(1), "test"));
        return ((Outcome.Ok<Article>) a).value();
    }

    static String date(Article a) {
        return a.date().map(PartialDate::toString).orElse("none");
    }

    @Test
    void numericDateWithADayOver12IsDayFirstWhateverTheLocale() {
        for (int day = 13; day <= 28; day++) {
            for (int month = 1; month <= 12; month++) {
                String expected = String.format("2022-%02d-%02d", month, day);
                for (String sep : List.of("/", ".")) {
                    String written = String.format("%d%s%02d%s2022", day, sep, month, sep);
                    assertEquals(expected, Dates.evidence(written).map(PartialDate::toString).orElse("none"), written);
                    assertEquals(expected, Dates.evidence(written, Optional.of("en-US")).map(PartialDate::toString).orElse("none"), written);
                    String monthFirst = String.format("%02d%s%d%s2022", month, sep, day, sep);
                    assertEquals(expected, Dates.evidence(monthFirst, Optional.of("fr-FR")).map(PartialDate::toString).orElse("none"), monthFirst);
                }
            }
        }
    }

    @Test
    void ambiguousNumericDateIsReadWithTheLocaleAndNeverGuessedWithout() {
        Map<String, String> byLocale = Map.of("en-GB", "2022-04-03", "en_GB", "2022-04-03", "fr", "2022-04-03", "fr_FR", "2022-04-03",
                "de-DE", "2022-04-03", "es", "2022-04-03", "ru-RU", "2022-04-03", "en-US", "2022-03-04", "en_US", "2022-03-04");
        byLocale.forEach((locale, expected) -> {
            assertEquals(expected, Dates.evidence("03/04/2022", Optional.of(locale)).map(PartialDate::toString).orElse("none"), locale);
            assertEquals(expected, Dates.evidence("Publié le 03.04.2022", Optional.of(locale)).map(PartialDate::toString).orElse("none"), locale);
        });
        for (String unsettled : List.of("en", "en-CA", "zh-CN", "ja", "")) {
            assertEquals(Optional.empty(), Dates.evidence("03/04/2022", Optional.of(unsettled)), unsettled);
        }
        assertEquals(Optional.empty(), Dates.evidence("03/04/2022"));
        assertEquals("2022-03-03", Dates.evidence("03/03/2022").orElseThrow().toString(), "the same either way round");
        assertEquals(Optional.empty(), Dates.evidence("31/02/2022", Optional.of("fr")));
    }

    @Test
    void readsDatePhrasesInFrenchGermanSpanishAndRussian() {
        Map<String, String> written = Map.of(
                "14 mars 2022", "2022-03-14", "1er avril 2021", "2021-04-01", "14. März 2022", "2022-03-14",
                "3. Dezember 2019", "2019-12-03", "14 de marzo de 2022", "2022-03-14", "14 марта 2022", "2022-03-14",
                "2 сентября 2020 г.", "2020-09-02", "févr. 2021", "2021-02", "Oktober 2020", "2020-10");
        written.forEach((w, expected) -> assertEquals(expected, Dates.evidence(w).map(PartialDate::toString).orElse("none"), w));
    }

    @Test
    void datelinesThatBeginPostedPublishedOrUpdatedDateTheTextSeed() {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("Posted: March 14, 2022", "2022-03-14");
        lines.put("Posted on Mar. 14, 2022 at 9:30 a.m. EDT", "2022-03-14");
        lines.put("Published 14 March 2022", "2022-03-14");
        lines.put("Updated: 2022-03-14 10:00", "2022-03-14");
        lines.put("Publié le 14 mars 2022 à 10h00", "2022-03-14");
        lines.put("Veröffentlicht am 14. März 2022, 10:00 Uhr", "2022-03-14");
        lines.put("Publicado el 14 de marzo de 2022", "2022-03-14");
        lines.put("Опубликовано 14 марта 2022", "2022-03-14");
        lines.put("Обновлено: 14 марта 2022 г., 10:00", "2022-03-14");
        lines.put("Published: 14/03/2022", "2022-03-14");
        lines.forEach((line, expected) -> {
            Article a = extract("d.txt", "Harbour market stays open for the winter\n" + line + "\n\n" + BODY + "\n");
            assertEquals(expected, date(a), line);
            assertEquals("text", a.dateSource().orElseThrow(), line);
            assertEquals("Harbour market stays open for the winter", a.title(), line);
            assertEquals(List.of(line), a.removals().byKind().get("dateline"), line);
        });
    }

    @Test
    void whenBothArePresentThePublishedDateWinsOverTheUpdatedOne() {
        for (String[] pair : new String[][] {{"Updated: March 16, 2022 10:00", "Posted: March 14, 2022"},
                {"Mis à jour le 16 mars 2022", "Publié le 14 mars 2022"}, {"Aktualisiert am 16. März 2022", "Veröffentlicht am 14. März 2022"},
                {"Actualizado el 16 de marzo de 2022", "Publicado el 14 de marzo de 2022"}, {"Обновлено 16 марта 2022", "Опубликовано 14 марта 2022"}}) {
            for (boolean updatedFirst : new boolean[] {true, false}) {
                String lines = updatedFirst ? pair[0] + "\n" + pair[1] : pair[1] + "\n" + pair[0];
                Article a = extract("u.txt", "Harbour market stays open for the winter\n" + lines + "\n\n" + BODY + "\n");
                assertEquals("2022-03-14", date(a), lines);
            }
        }
    }

    @Test
    void numericDatelineOfATextSeedIsReadInTheLanguageOfItsText() {
        String french = "Le marché du port reste ouvert cet hiver\nPublié le 03/04/2022\n\nLe conseil municipal a voté mardi soir pour "
                + "garder le vieux marché du port ouvert pendant tout l'hiver, après que les commerçants ont dit que le déménagement "
                + "dans une nouvelle halle leur ferait perdre leurs clients les plus fidèles.\n";
        assertEquals("2022-04-03", date(extract("fr.txt", french)));
        Article english = extract("en.txt", "Harbour market stays open for the winter\nPublished: 03/04/2022\n\n" + BODY + "\n");
        assertEquals("none", date(english), "English without a region does not say which comes first");
    }

    @Test
    void monthOnlyHeaderGivesAMonthAndLeavesTheTitleWithoutTheDateLabel() {
        for (String header : List.of(" date 2022-03 Harbour market stays open for the winter", "date 2022-03 Harbour market stays open for the winter",
                " Date: 2022-03 Harbour market stays open for the winter")) {
            Article a = extract("m.txt", header + "\n\n" + BODY + "\n");
            assertEquals("2022-03", date(a), header);
            assertEquals("header", a.dateSource().orElseThrow(), header);
            assertEquals("Harbour market stays open for the winter", a.title(), header);
        }
    }

    @Test
    void dayFirstHeaderDateIsReadWithTheTextsLanguage() {
        Article a = extract("h.txt", " date 14/03/2022 Harbour market stays open for the winter\n\n" + BODY + "\n");
        assertEquals("2022-03-14", date(a));
        assertEquals("Harbour market stays open for the winter", a.title());
    }

    /** The cleaner and the date reader share one language guess, so every language the cleaner reads settles the order. */
    @Test
    void ambiguousHeaderDateOfAnItalianOrPortugueseScrapeIsReadDayFirst() {
        Article italian = extract("it.txt", " date 03/04/2022 Il mercato nel porto resta aperto\n\nIl consiglio comunale ha deciso "
                + "martedì di non chiudere il mercato nel porto, e i commercianti della zona sono contenti della decisione presa "
                + "dopo mesi di discussioni in cui tutti hanno detto la loro.\n");
        assertEquals("2022-04-03", date(italian));
        Article portuguese = extract("pt.txt", " date 03/04/2022 O mercado do porto continua aberto\n\nA câmara municipal decidiu "
                + "na terça-feira não fechar o mercado do porto, e os comerciantes da zona estão contentes com a decisão tomada "
                + "depois de meses de discussões em que todos deram a sua opinião.\n");
        assertEquals("2022-04-03", date(portuguese));
    }

    @Test
    void menusSectionLabelsAndDateLinesAreNeverTitles() {
        for (String notTitle : List.of("Home | News | World | Sign in", "News · World · Business · Sport", "Accueil | Politique | Se connecter",
                "Startseite > Politik > Inland", "Politics", "OPINION", "World News", "Meinung", "Política", "Политика", "国际新闻",
                "Posted: March 14, 2022", "Publié le 14 mars 2022", "date 2022-03 Harbour market", "14/03/2022", "")) {
            assertFalse(Headlines.isTitle(notTitle), notTitle);
        }
        for (String title : List.of("Harbour market stays open for the winter", "Live | War in Ukraine | Day 20",
                "Le marché du port reste ouvert cet hiver", "Der Hafenmarkt bleibt im Winter geöffnet", "Рынок в порту останется открытым",
                "Biden wins Pennsylvania", "港口市场冬季继续开放以方便居民")) {
            assertTrue(Headlines.isTitle(title), title);
        }
    }

    @Test
    void aSectionLabelOrMenuAboveTheHeadlineGivesWayToTheHeadline() {
        for (String top : List.of("OPINION", "World News", "Home | News | World | Sign in", "Politique")) {
            Article a = extract("s.txt", top + "\n\nHarbour market stays open for the winter\n\n" + BODY + "\n\nTraders welcomed the vote.\n");
            assertEquals("Harbour market stays open for the winter", a.title(), top);
        }
    }

    @Test
    void htmlTitleFallsBackPastALabelOrMenuToTheNextCandidate() {
        String body = "<article><p>" + BODY + "</p><p>Traders welcomed the vote, and the market will open at seven.</p></article>";
        Article ogTitle = extract("a.html", "<html><head><title>Home | News | World | Sign in</title>"
                + "<meta property=\"og:title\" content=\"Harbour market stays open for the winter\"></head><body><h1>Politics</h1>" + body + "</body></html>");
        assertEquals("Harbour market stays open for the winter", ogTitle.title());
        Article pageTitle = extract("b.html", "<html><head><title>Harbour market stays open for the winter | The Gazette</title>"
                + "<meta property=\"og:title\" content=\"News | World | Europe | Sign in\"></head><body><h1>OPINION</h1>" + body + "</body></html>");
        assertEquals("Harbour market stays open for the winter", pageTitle.title());
        Article derived = extract("c.html", "<html><head><title>Home | News | World | Sign in</title></head><body><h1>World News</h1>" + body + "</body></html>");
        assertTrue(derived.title().startsWith("The council voted on Tuesday evening"), derived.title());
    }

    @Test
    void htmlPageLocaleSettlesItsNumericDateline() {
        String body = "<article><p>" + BODY + "</p></article>";
        for (String head : List.of("<html lang=\"en-GB\"><head>", "<html lang=\"en\"><head><meta property=\"og:locale\" content=\"en_GB\">",
                "<html><head><meta http-equiv=\"Content-Language\" content=\"en-GB\">",
                "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"inLanguage\":\"en-GB\"}</script>")) {
            Article a = extract("l.html", head + "<title>Harbour market stays open for the winter</title></head><body>"
                    + "<p class=\"date\">Published 03/04/2022</p>" + body + "</body></html>");
            assertEquals("2022-04-03", date(a), head);
        }
        Article us = extract("us.html", "<html lang=\"en-US\"><head><title>Harbour market stays open</title></head><body>"
                + "<p>Posted: 03/04/2022</p>" + body + "</body></html>");
        assertEquals("2022-03-04", date(us));
        Article none = extract("none.html", "<html><head><title>Harbour market stays open</title></head><body>"
                + "<p>03/04/2022</p>" + body + "</body></html>");
        assertEquals("none", date(none));
    }

    @Test
    void anAmbiguousDateInAnUnlabelledTextScrapeIsReadInTheTextsLanguageButADeclaredLocaleComesFirst() {
        String dutch = "De gemeenteraad heeft dinsdagavond besloten dat de oude markt aan de haven ook in de winter open blijft, "
                + "omdat de handelaren zeiden dat zij in een nieuwe hal hun vaste klanten zouden verliezen.";
        String polish = "Rada miasta zdecydowała we wtorek wieczorem, że stary targ przy porcie będzie otwarty także zimą, "
                + "bo kupcy mówili, że w nowej hali stracą swoich stałych klientów.";
        assertEquals("2022-04-03", date(extract("nl.txt", "Markt aan de haven blijft open\n\n03/04/2022 10:15\n\n" + dutch + "\n")));
        assertEquals("2022-04-03", date(extract("pl.txt", "Targ przy porcie zostaje otwarty\n\n03.04.2022 10:15\n\n" + polish + "\n")));
        assertEquals("none", date(extract("en.txt", "Harbour market stays open\n\n03/04/2022 10:15\n\n" + BODY + "\n")));
        Article us = extract("us.html", "<html lang=\"en-US\"><head><title>Markt aan de haven blijft open</title></head><body>"
                + "<p>03/04/2022</p><article><p>" + dutch + "</p></article></body></html>");
        assertEquals("2022-03-04", date(us));
    }

    @Test
    void languageOfAnUnlabelledTextIsToldByItsCommonestWords() {
        assertEquals(Optional.of("fr"), Languages.of(List.of(new org.dossier.clean.Block.Paragraph(
                "Le conseil a voté mardi pour garder le marché ouvert, et les commerçants sont contents de la décision.", ""))));
        assertEquals(Optional.of("de"), Languages.of(List.of(new org.dossier.clean.Block.Paragraph(
                "Der Rat hat am Dienstag beschlossen, dass der Markt im Winter geöffnet bleibt und die Händler nicht umziehen.", ""))));
        assertEquals(Optional.of("ru"), Languages.of(List.of(new org.dossier.clean.Block.Paragraph(
                "Совет во вторник решил, что рынок в порту не закроется на зиму, и торговцы довольны этим решением.", ""))));
        assertEquals(Optional.empty(), Languages.of(List.of(new org.dossier.clean.Block.Paragraph("Oslo 3, Bergen 1", ""))));
    }
}

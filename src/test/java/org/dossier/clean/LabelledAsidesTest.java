package org.dossier.clean;

import org.dossier.ingest.Seed;
import org.dossier.report.Deadline;
import org.dossier.report.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.dossier.clean.TextCleanerTest.clean;
import static org.dossier.clean.TextCleanerTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Asides told by their shape and place: a short label and a colon before a link to another story, a player's length,
 * a label that says what a picture is; in any of the languages read, in text scrapes and saved pages alike. A sentence
 * after a label, and a headline with a place before its colon, stay the story's.
 */
class LabelledAsidesTest {
    /** A story in each language read, its header line first: an aside is judged among paragraphs of its own language. */
    private static final Map<String, List<String>> STORIES = Map.of(
            "en", List.of(" date 2024-03-14 Haifa port workers end strike after deal on night shifts",
                    "Dockworkers at the port of Haifa returned to work on Thursday morning after the union and the port's operator signed an agreement on night-shift pay.",
                    "Union chairman Yossi Ben-Haim said the deal raised night-shift rates by 18 percent and capped the number of consecutive night shifts at four.",
                    "The operator's chief executive, Miriam Stolovitz, said the backlog of ships waiting offshore would be cleared within ten days.",
                    "Importers had warned that fruit was spoiling on board."),
            "fr", List.of(" date 2024-03-12 Nantes : la ligne 4 du Busway passera à l'électrique dès septembre",
                    "La métropole de Nantes a voté lundi soir l'achat de 22 bus électriques articulés pour la ligne 4 du Busway, qui relie la place Foch à la Porte de Vertou.",
                    "« Les premiers véhicules arriveront en septembre et toute la ligne sera électrique au printemps prochain », a précisé le vice-président chargé des mobilités.",
                    "Le montant de la commande atteint 19 millions d'euros, dont un tiers financé par l'État et le reste par la métropole.",
                    "Les essais commenceront en juillet, de nuit."),
            "de", List.of(" date 2024-03-05 Dresden: Carolabrücke bleibt bis Jahresende gesperrt",
                    "Die Stadt Dresden hält die Carolabrücke für den gesamten Verkehr bis mindestens Ende des Jahres gesperrt, teilte der Baubürgermeister am Dienstag mit.",
                    "Gutachter hätten bei einer Prüfung im Februar Risse an zwei Spannbetonträgern gefunden, sagte er. Man gehe kein Risiko ein, solange die Schäden unklar seien.",
                    "Die Dresdner Verkehrsbetriebe leiten die Straßenbahnlinien 3 und 7 weiter über die Albertbrücke um und rechnen mit Verspätungen im Berufsverkehr.",
                    "Ein Ergebnis soll im Sommer vorliegen."),
            "es", List.of(" date 2024-04-07 Bogotá amplía el pico y placa a los sábados desde abril",
                    "La Secretaría de Movilidad de Bogotá anunció que, a partir del 20 de abril, la medida de pico y placa también regirá los sábados por la mañana.",
                    "La secretaria de Movilidad explicó que los sábados el tráfico en la ciudad aumentó un 14 por ciento en el último año y que la medida es necesaria.",
                    "El gremio de taxistas pidió que los taxis sigan exentos de la restricción, como ocurre durante la semana desde hace una década.",
                    "La medida se evaluará en seis meses."),
            "ru", List.of(" date 2024-04-03 В Новосибирске закроют на ремонт Октябрьский мост",
                    "Мэрия Новосибирска с 15 апреля закроет движение по Октябрьскому мосту на капитальный ремонт, который продлится два строительных сезона.",
                    "Как сообщил заместитель мэра, в первый год отремонтируют пролёты со стороны Кировского района, а автобусы пустят по Димитровскому мосту.",
                    "«Мы понимаем, что это тяжело для жителей левого берега, но откладывать ремонт больше нельзя», — подчеркнул он на встрече с жителями.",
                    "Подробности мэрия обещает опубликовать позже."));
    private static final List<String> BODY = STORIES.get("en").subList(1, 5);

    /** The story in the language given with {@code line} put in among its paragraphs at {@code at}. */
    private static CleanedSeed withLine(String language, String line, int at) {
        List<String> lines = new ArrayList<>(STORIES.get(language));
        lines.add(at + 1, line);
        return clean(String.join("\n\n", lines) + "\n");
    }

    private static CleanedSeed withLine(String line, int at) {
        return withLine("en", line, at);
    }

    private static void assertRemovedAs(String kind, String line, CleanedSeed c) {
        assertRemovedAs(kind, line, c, BODY);
    }

    private static void assertRemovedAs(String kind, String line, CleanedSeed c, List<String> body) {
        assertEquals(body, texts(c), "kept: " + texts(c));
        assertTrue(c.removals().byKind().getOrDefault(kind, List.of()).contains(line), "removed as " + kind + ": " + c.removals().byKind());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '~', textBlock = """
            en ~ read-more ~ READ: Ashdod port expands fruit terminal ahead of citrus season
            fr ~ read-more ~ Lisez aussi : Tramway : la ligne 1 fermée tout l'été entre Commerce et Gare Sud
            fr ~ read-more ~ Notre dossier : Les transports en commun dans la métropole nantaise
            de ~ read-more ~ Zum Thema: Neue Fähre zwischen Johannstadt und Neustadt startet im April
            de ~ read-more ~ Mehr dazu: Brückenprüfung in Sachsen – welche Bauwerke als kritisch gelten
            de ~ read-more ~ Das könnte Sie auch interessieren: Neue Radbrücke über die Elbe soll 2026 fertig sein
            ru ~ read-more ~ Читать также: Как в Новосибирске ремонтировали Бугринский мост
            es ~ read-more ~ Le puede interesar: Así funcionará la nueva troncal de TransMilenio por la avenida 68
            es ~ read-more ~ Vea también: Estos son los horarios del metro de Bogotá en su fase de pruebas
            ru ~ read-more ~ Смотрите также: Пробки в Новосибирске — где ремонтируют дороги этим летом
            ru ~ read-more ~ По теме: В метро Новосибирска откроют станцию «Спортивная»
            en ~ social    ~ Short link: https://ledger.example/b7Kq2
            de ~ social    ~ Kurzlink: mdr.example/a8x2
            ru ~ social    ~ Короткая ссылка: https://ngs.example/r/4kd9
            """)
    void aShortLabelAndAColonBeforeAHeadlineOrAnAddressBetweenParagraphsIsAnAside(String language, String kind, String line) {
        assertRemovedAs(kind, line, withLine(language, line, 2), STORIES.get(language).subList(1, 5));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            media   ~ Audio: 01:32 Min.
            media   ~ Video (2:15)
            media   ~ Vidéo : 01:48
            media   ~ Аудио: 02:10 мин.
            media   ~ Podcast: 12:04 Min.
            caption ~ Illustrative: Cranes at the container terminal in the port of Haifa
            caption ~ Open this photo in gallery: Trucks queue at the entrance of the Haifa port terminal
            caption ~ Archivbild: Die gesperrte Brücke vom Terrassenufer aus gesehen
            caption ~ Symbolfoto: Ein Zug der U4 an der Haltestelle HafenCity Universität
            caption ~ File photo: Dockworkers at the Haifa terminal in 2021
            caption ~ Above: Dockworkers at the Haifa terminal on Thursday.
            caption ~ Dockworkers at the scene on the quay on Thursday (Photo)
            caption ~ Dockworkers walk out of the Haifa port terminal (File)
            caption ~ Dockworkers at the Haifa terminal during the strike (Illustrative)
            """)
    void aPlayersLengthAndALabelNamingThePictureGoWhereverTheyStand(String kind, String line) {
        assertRemovedAs(kind, line, withLine(line, 1));
        assertRemovedAs(kind, line, withLine(line, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Read: the court said that the port had acted within its powers when it cut the night-shift rates in 2021.
            Update: the Histadrut labour federation said on Thursday evening that it would ask the other ports to adopt the same terms.
            Haifa port: what the night-shift deal changes for dockworkers
            Strike picture: Haifa dockworkers in pursuit of Ashdod terms
            """)
    void aSentenceAfterALabelOrASubheadingOnTheStorysPlaceStays(String line) {
        CleanedSeed c = withLine(line, 2);
        assertTrue(texts(c).contains(line), "kept: " + texts(c) + " removed: " + c.removals().byKind());
    }

    @Test
    void aHeadlineGluedBetweenTwoSentencesGoesAndBothSentencesStay() {
        String glued = "Union chairman Yossi Ben-Haim said the deal raised night-shift rates by 18 percent.Ashdod Port Expands Fruit "
                + "Terminal Ahead of Citrus Season, Operator SaysThe deal also capped the number of consecutive night shifts at four.";
        CleanedSeed c = withLine(glued, 2);
        assertTrue(texts(c).contains("Union chairman Yossi Ben-Haim said the deal raised night-shift rates by 18 percent. "
                + "The deal also capped the number of consecutive night shifts at four."), "kept: " + texts(c));
        assertEquals(List.of("Ashdod Port Expands Fruit Terminal Ahead of Citrus Season, Operator Says"), c.removals().byKind().get("read-more"));
        // glued sentences of prose, and a name in camel case after one, are no headline
        for (String prose : List.of("The operator said the backlog would be cleared.Importers had warned that fruit was spoiling on board.",
                "The port said it would hire more crane drivers.Its Chief Executive Miriam McAllister said the union agreed.")) {
            CleanedSeed p = withLine(prose, 2);
            assertTrue(texts(p).contains(prose), "kept: " + texts(p));
        }
    }

    @Test
    void aHeadlineWithAPlaceBeforeItsColonIsTheTitleNotAnAside() {
        CleanedSeed c = clean("Dresden: Carolabrücke bleibt bis Jahresende gesperrt\n\n"
                + "Die Stadt Dresden hält die Carolabrücke für den gesamten Verkehr bis mindestens Ende des Jahres gesperrt.\n\n"
                + "Gutachter hätten bei einer Prüfung im Februar Risse an zwei Spannbetonträgern der Carolabrücke gefunden.\n");
        assertEquals("Dresden: Carolabrücke bleibt bis Jahresende gesperrt", c.evidence().headline().orElseThrow());
    }

    @Test
    void aSavedPagesLinkAfterAnyShortLabelIsAnAsideAndABarePhraseAfterAPictureItsCaption() {
        String p1 = "La Municipalidad aprobó este jueves el aumento del boleto urbano de colectivo, que pasará a costar 690 pesos desde mayo.";
        String p2 = "El secretario de Movilidad defendió la suba y explicó que el costo del gasoil para las empresas aumentó más del doble.";
        String p3 = "Los estudiantes y jubilados mantendrán el boleto gratuito.";
        CleanedSeed c = cleanedPage("<h1>El boleto de colectivo sube un 30 por ciento desde mayo</h1><div class='nota'><p>" + p1 + "</p>"
                + "<img src='/fotos/terminal.jpg' alt=''><p>Colectivos en la parada de la Plaza San Martín</p>"
                + "<p>" + p2 + "</p>"
                + "<p>Auch interessant: <a href='/otra'>Taxis y remises también piden aumento de tarifa</a></p>"
                + "<p><strong>READ:</strong> <a href='/x'>Tren de las Sierras: los nuevos horarios para el fin de semana largo</a></p>"
                + "<img src='/fotos/b.jpg' alt=''><p><strong>Lo que cambia para los usuarios</strong></p>"
                + "<p>" + p3 + "</p></div>");
        assertEquals(List.of(p1, p2, "Lo que cambia para los usuarios", p3), texts(c));
        assertEquals(List.of("Colectivos en la parada de la Plaza San Martín"), c.removals().byKind().get("caption"));
        assertEquals(List.of("Auch interessant: Taxis y remises también piden aumento de tarifa",
                "READ: Tren de las Sierras: los nuevos horarios para el fin de semana largo"), c.removals().byKind().get("read-more"));
    }

    private static CleanedSeed cleanedPage(String body) {
        String html = "<!doctype html><html lang='es'><head><title>Boleto</title></head><body>" + body + "</body></html>";
        Seed seed = new Seed("page.html", Path.of("page.html"), "0".repeat(64), html.length(), Seed.Kind.HTML, html, "UTF-8");
        Outcome<CleanedSeed> outcome = SeedCleaner.clean(seed, Deadline.after(Duration.ofHours(1), "test"));
        Outcome.Ok<CleanedSeed> ok = assertInstanceOf(Outcome.Ok.class, outcome, () -> "rejected: " + outcome);
        return ok.value();
    }
}

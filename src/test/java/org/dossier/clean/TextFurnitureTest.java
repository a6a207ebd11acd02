package org.dossier.clean;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.dossier.clean.TextCleanerTest.clean;
import static org.dossier.clean.TextCleanerTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The furniture a text scrape drags along, told by the shape of a line and its place in the text rather than by any
 * outlet's wording: each test's line comes in many outlets' forms, and real sentences around it stay.
 */
class TextFurnitureTest {
    private static final String HEADER = " date 2023-04-11 Millbrook council delays tax vote after packed hearing\n\n";
    private static final List<String> BODY = List.of(
            "The Millbrook Town Council postponed a vote on a property tax increase on Monday after more than two hundred residents filled the auditorium.",
            "Council President Denise Okafor said the board would return with a revised budget in two weeks, once every cut had been listed.",
            "Town Manager Raymond Castellano said the increase would pay for two new firefighters and the repair of the Cedar Falls bridge.",
            "The council will meet again on April 24.");

    /** The body with {@code line} put in at {@code at} (0 above the first paragraph, BODY.size() below the last). */
    private static CleanedSeed withLine(String line, int at) {
        List<String> paragraphs = new ArrayList<>(BODY);
        paragraphs.add(at, line);
        return clean(HEADER + String.join("\n\n", paragraphs) + "\n");
    }

    private static void assertRemovedAs(String kind, String line, CleanedSeed c) {
        assertEquals(BODY, texts(c), "kept: " + texts(c));
        assertTrue(c.removals().byKind().getOrDefault(kind, List.of()).contains(line), "removed as " + kind + ": " + c.removals().byKind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Commuters queue at Rajiv Chowk station. (PTI image)
            Traders at Muthurwa market in Nairobi on July 17, 2023. Photo | Nation Photographer
            Jóvenes esperan en la oficina de vivienda de la calle Maudes, en Madrid. EFE/Fernando Alvarado
            Diners at Old Airport Road Food Centre on Aug 1. ST PHOTO: GAVIN FOO
            Workers rest in the shade at a construction site in Abu Dhabi. Wam
            Volunteers attend a training session in Osaka on Sunday. | KYODO
            Kelechi Nwankwo celebrates his goal against Hull (Owen Humphreys/PA)
            Foto: Especial
            Фото: ИА «Волга-Инфо» / Ильдар Хасанов
            Foto: APA/Georg Hochmuth
            1of4Grass Valley's Dionicio Torres looks at the gas cans on the shelves at the hardware store.
            """)
    void removesCaptionsWhoseCreditTrailsOrLabelsThemInAnyLanguage(String caption) {
        assertRemovedAs("caption", caption, withLine(caption, 1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            image-file  ~ IMG_20230410_191233.jpg
            placeholder ~ Loading…
            placeholder ~ Chargement...
            placeholder ~ Chargement de la vidéo...
            placeholder ~ Video wird geladen ...
            counter     ~ Comments (34)
            counter     ~ 412 Postings
            counter     ~ 12 commentaires
            tags        ~ Tags: Millbrook, council, taxes, budget
            tags        ~ Topics: Planning, Dublin, Courts
            credit      ~ (With inputs from PTI)
            navigation  ~ HomeNewsSportsObituariesOpinionE-EditionSubscribeLogin
            """)
    void removesLinesShapedAsNoProseIsBetweenParagraphs(String kind, String line) {
        assertRemovedAs(kind, line, withLine(line, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Lire aussi Indexation des loyers : ce qui change pour les locataires
            À lire aussi : TER : la deuxième phase vers l’aéroport reportée à 2025
            Lee también: Estas son las colonias sin agua esta semana
            Mehr lesen über Mietpreisbremse Wohnungsmarkt Bundesregierung
            Читайте также: Власти Казани закупят новые трамваи
            Seguir leyendo
            """)
    void removesLinksToOtherStoriesInTheLanguagesRead(String line) {
        assertRemovedAs("read-more", line, withLine(line, 2));
    }

    @Test
    void aRelatedLabelTakesTheHeadlinesAndNumberedItemsBelowItWithIt() {
        CleanedSeed c = clean(HEADER + String.join("\n\n", BODY) + "\n\nRelated news\n\n• 1\n\nHanoi metro carries record passengers over Tet\n\n"
                + "• HCMC metro line faces another delay after a decade of cost overruns and a contractor dispute over the tunnel boring machines\n");
        assertEquals(BODY, texts(c));
        assertEquals(4, c.removals().byKind().get("read-more").size(), c.removals().byKind().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Suscríbete a nuestro newsletter y recibe las noticias más importantes del día.
            Join ST's Telegram channel and get the latest breaking news delivered to you.
            Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.
            Vous souhaitez recevoir l'essentiel de l'actualité lyonnaise chaque matin ? Inscrivez-vous à notre newsletter.
            Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Steiermark direkt in Ihr Postfach. Jetzt kostenlos anmelden!
            Suscribite al newsletter y recibí las noticias más importantes de la ciudad cada mañana.
            """)
    void removesNewsletterPromptsInTheLanguagesRead(String line) {
        assertRemovedAs("newsletter", line, withLine(line, BODY.size()));
    }

    @Test
    void removesTheAuthorsNoteAndWhereTheStoryFirstAppearedFromTheEnd() {
        String note = "Zanele Mthembu is a senior reporter covering Gauteng local government. She joined the newsroom in 2017.";
        String provenance = "This article was originally published on The Highveld Ledger.";
        CleanedSeed c = clean(HEADER + String.join("\n\n", BODY) + "\n\n" + note + "\n\n" + provenance + "\n");
        assertEquals(BODY, texts(c));
        assertEquals(List.of(note), c.removals().byKind().get("author-note"));
        assertEquals(List.of(provenance), c.removals().byKind().get("provenance"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Partager Facebook X LinkedIn E-mail Copier le lien
            Teilen Facebook Twitter WhatsApp E-Mail Drucken
            Compartir en Facebook Compartir en Twitter Compartir en WhatsApp
            Поделиться ВКонтакте Одноклассники Telegram WhatsApp
            """)
    void removesRowsOfShareButtonsByTheNetworksTheyName(String line) {
        assertRemovedAs("social", line, withLine(line, BODY.size()));
    }

    @Test
    void aHeadlineThatNamesNetworksIsNoShareRow() {
        List<String> body = new ArrayList<>(BODY);
        body.add(2, "X, Facebook and Telegram told to remove the council's posts");
        assertEquals(body, texts(clean(HEADER + String.join("\n\n", body) + "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Más noticias
            Другие новости
            Weitere Artikel
            """)
    void aRunOfHeadlinesUnderAnyShortLabelInsideTheTextIsAListOfOtherStories(String label) {
        CleanedSeed c = clean(HEADER + String.join("\n\n", BODY.subList(0, 2)) + "\n\n" + label + "\n\nRosario suma 30 colectivos eléctricos a la flota urbana\n\n"
                + "Власти Казани закупят новые трамваи к 2026 году\n\nParkgebühren in der Innenstadt steigen im April\n\n"
                + String.join("\n\n", BODY.subList(2, BODY.size())) + "\n");
        assertEquals(BODY, texts(c));
        assertEquals(4, c.removals().byKind().get("read-more").size(), c.removals().byKind().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Ирина Соколова — корреспондент отдела городских новостей.
            Marcus Webb has written about Millbrook since 2011 and previously worked at the City News Bureau.
            """)
    void removesTheNoteOnTheAuthorAfterADashOrAboutTheBylinesName(String note) {
        CleanedSeed c = clean(HEADER + "By Marcus Webb\n\n" + String.join("\n\n", BODY) + "\n\n" + note + "\n");
        assertEquals(BODY, texts(c));
        assertEquals(List.of(note), c.removals().byKind().get("author-note"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Esta nota fue publicada originalmente en la edición impresa del diario.
            Cet article a été initialement publié dans l'édition du 14 mars 2024.
            """)
    void removesTheLineOnWhereTheStoryFirstAppearedInTheLanguagesRead(String line) {
        assertRemovedAs("provenance", line, withLine(line, BODY.size()));
    }

    @Test
    void aLastParagraphAboutSomeoneTheStoryNamesIsNoAuthorsNote() {
        List<String> body = new ArrayList<>(BODY);
        body.add("Denise Okafor is a former editor of the Valley Herald and has led the council since 2019.");
        CleanedSeed c = clean(HEADER + String.join("\n\n", body) + "\n");
        assertEquals(body, texts(c));
    }

    @Test
    void shortLinesAtTheTextsEdgesGoUnlessTheyAreSentences() {
        CleanedSeed c = clean(HEADER + "Transcript\n\nIn Summary\n\n• County says the new site has 4,000 stalls.\n\n" + String.join("\n\n", BODY)
                + "\n\nKindly share this story\n\nPosten Sie hier Ihre Meinung zum Thema\n");
        assertEquals(BODY, texts(c), "the closing sentence \"The council will meet again on April 24.\" stays");
        // the labels of a word or two under the headline say what they are
        assertEquals(List.of("Transcript", "In Summary"), c.removals().byKind().get("section-label"));
        assertEquals(List.of("• County says the new site has 4,000 stalls.", "Kindly share this story",
                "Posten Sie hier Ihre Meinung zum Thema"), c.removals().byKind().get("boilerplate-block"));
    }

    @Test
    void aLabelBetweenParagraphsGoesUnlessItSpeaksOfTheStory() {
        List<String> body = new ArrayList<>(BODY);
        body.add(2, "Firefighters and bridges");
        CleanedSeed c = clean(HEADER + String.join("\n\n", body.subList(0, 2)) + "\n\nSocial Sharing\n\n" + String.join("\n\n", body.subList(2, body.size())) + "\n");
        assertEquals(body, texts(c), "the subheading shares words with the story");
        assertEquals(List.of("Social Sharing"), c.removals().byKind().get("boilerplate-block"));
    }

    @Test
    void aPlainShortSentenceInAPicturesSlotIsItsCaptionButNotAfterOtherFurniture() {
        String caption = "A man in a beanie scrapes ice off a car.";
        assertRemovedAs("caption", caption, clean(HEADER + String.join("\n\n", BODY.subList(0, 2)) + "\n\nLoading…\n\n" + caption + "\n\n"
                + String.join("\n\n", BODY.subList(2, BODY.size())) + "\n"));
        // after a link to another story the same shape is the story's own sentence
        String sentence = "The mayor walked out before the vote.";
        List<String> body = new ArrayList<>(BODY);
        body.add(2, sentence);
        CleanedSeed c = clean(HEADER + String.join("\n\n", BODY.subList(0, 2)) + "\n\nREAD MORE: Budget gap widens\n\n" + sentence + "\n\n"
                + String.join("\n\n", BODY.subList(2, BODY.size())) + "\n");
        assertEquals(body, texts(c));
    }

    @Test
    void aPlainShortSentenceUnderTheBylineOrInAPicturesSlotAboveTheTextIsItsCaption() {
        String caption = "A CTA bus pulls away from a stop on Ashland Avenue.";
        assertRemovedAs("caption", caption, clean(HEADER + "By Marcus Webb\n\n" + caption + "\n\n" + String.join("\n\n", BODY) + "\n"));
        assertRemovedAs("caption", caption, clean(HEADER + "Loading…\n\n" + caption + "\n\n" + String.join("\n\n", BODY) + "\n"));
    }

    @Test
    void aBriefsShortLedeUnderTheBylineStays() {
        // nothing longer follows it: the lede is the story
        List<String> brief = List.of("The mayor of Millbrook has resigned.", "The council will meet on Friday.");
        assertEquals(brief, texts(clean(HEADER + "By Marcus Webb\n\n" + String.join("\n\n", brief) + "\n")));
    }

    @Test
    void aConsentLineAboveTheTextGoesButALedeAboutPrivacyRulesStays() {
        String wall = "Nous utilisons des cookies et des technologies similaires pour personnaliser le contenu et mesurer l’audience. "
                + "Vous pouvez accepter ou refuser ces cookies.";
        CleanedSeed c = clean(wall + "\n" + HEADER.strip() + "\n\n" + String.join("\n\n", BODY) + "\n");
        assertEquals(BODY, texts(c));
        assertEquals(List.of(wall), c.removals().byKind().get("wall"));

        String lede = "The regulator fined the publisher for setting advertising cookies without consent and for sharing privacy data with partners.";
        List<String> body = new ArrayList<>(BODY);
        body.add(0, lede);
        assertEquals(body, texts(clean(HEADER + String.join("\n\n", body) + "\n")));
    }

    /** Real bodies hold subheadings and short sentences between their paragraphs: growing them loses none of them. */
    @Property(tries = 40)
    void aBodyWithSubheadingsAndShortSentencesLosesNothing(@ForAll @IntRange(min = 2, max = 20) int paragraphs, @ForAll long seed) {
        Random r = new Random(seed);
        String[] topics = {"bridge", "budget", "firefighters", "taxes", "hearing", "council"};
        List<String> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            String topic = topics[r.nextInt(topics.length)];
            body.add("Residents told the council that the " + topic + " mattered more to them than anything else on the agenda this year.");
            int extra = r.nextInt(3);
            // each subheading once: a short line printed twice in a page is its navigation
            if (extra == 0) body.add("The " + topic + " question in Ward " + (char) ('A' + p));
            if (extra == 1) body.add("Nobody on the council disagreed about the " + topic + ".");
        }
        body.add("Residents told the council that the vote should wait until the spring.");
        assertEquals(body, texts(clean(HEADER + String.join("\n\n", body) + "\n")));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            • Harriet Vance on March 3, 2023 at 9:14 pm said:
            3. millbrookdad says:
            Jonas Weber am 12. April 2023 um 18:05 sagte:
            """)
    void aReadersCommentThreadUnderTheStoryGoesFromItsFirstHeaderOn(String header) {
        List<String> thread = List.of(header, "They should have voted on it months ago.", "Reply", "© 2023 Millbrook Gazette");
        CleanedSeed c = clean(HEADER + String.join("\n\n", BODY) + "\n\n" + String.join("\n\n", thread) + "\n");
        assertEquals(BODY, texts(c), "kept: " + texts(c));
        assertEquals(thread, c.removals().byKind().get("comments"));
    }

    @Test
    void aQuotationIntroducedWithItsVerbAndColonStays() {
        List<String> body = new ArrayList<>(BODY);
        body.add(2, "The ruling says:");
        CleanedSeed c = clean(HEADER + String.join("\n\n", body) + "\n");
        assertEquals(body, texts(c), "kept: " + texts(c));
    }
}

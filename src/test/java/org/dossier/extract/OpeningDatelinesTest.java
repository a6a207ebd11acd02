package org.dossier.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.extract.MetadataEvidenceTest.date;
import static org.dossier.extract.MetadataEvidenceTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A text with no other date is dated by the place and date its first paragraph opens with, in any of the languages
 * read: with the month's name, with Spanish "de", with French "le" or German and Scandinavian "den" before the day, or
 * in figures read in the order of the text's language, and never guessed where that order is not settled or an
 * agency's dateline gives no year.
 */
class OpeningDatelinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            2024-03-14 ~ U4 fährt ab Dezember im Fünf-Minuten-Takt ~ Hamburg, 14.03.2024 – Die Hamburger Hochbahn verdichtet ab dem Fahrplanwechsel im Dezember den Takt der Linie U4 zwischen Jungfernstieg und Elbbrücken. ~ Grund sei die stark gestiegene Zahl von Fahrgästen im Quartier Baakenhafen, wo seit dem vergangenen Jahr mehr als 3000 Menschen eingezogen sind.
            2024-03-04 ~ U4 fährt ab Dezember im Fünf-Minuten-Takt ~ Hamburg, 04.03.2024 – Die Hamburger Hochbahn verdichtet ab dem Fahrplanwechsel im Dezember den Takt der Linie U4 zwischen Jungfernstieg und Elbbrücken. ~ Grund sei die stark gestiegene Zahl von Fahrgästen im Quartier Baakenhafen, wo seit dem vergangenen Jahr mehr als 3000 Menschen eingezogen sind.
            2024-04-04 ~ El boleto de colectivo sube un 30 por ciento ~ CÓRDOBA, 4 de abril de 2024 (Télam).- El Concejo Deliberante de Córdoba aprobó este jueves el aumento del boleto urbano de colectivo, que pasará a costar 690 pesos. ~ La oposición votó en contra y los estudiantes y jubilados mantendrán el boleto gratuito durante todo el año.
            2024-03-12 ~ Grève à la SNCF : le trafic perturbé jeudi ~ Lyon, 12/03/2024 – Le trafic des TER sera très perturbé jeudi dans toute la région, a annoncé la direction régionale de la SNCF mardi soir. ~ Les syndicats appellent à la grève pour réclamer des hausses de salaire et davantage de contrôleurs dans les trains.
            2024-03-05 ~ Les bus de Chambéry passent à l'électrique ~ Chambéry, le 5 mars 2024 (AFP) – Les derniers bus diesel du réseau de Chambéry ont été retirés de la circulation mardi, a indiqué l'agglomération. ~ Les vingt-quatre nouveaux véhicules électriques ont coûté onze millions d'euros, financés pour moitié par la région.
            2024-03-06 ~ Neue Haltestelle am Klinikum ~ Leipzig, den 6. März 2024 – Die Verkehrsbetriebe eröffnen im Sommer eine neue Straßenbahnhaltestelle direkt vor dem Haupteingang des Klinikums. ~ Patienten und Besucher sollen so den Umstieg am Hauptbahnhof sparen, teilte das Unternehmen mit.
            2024-03-06 ~ Ny færgerute til Samsø ~ Aarhus den 6. marts 2024 – En ny hurtigfærge skal fra juni sejle mellem Aarhus og Samsø fire gange om dagen, oplyser rederiet. ~ Overfarten bliver kortere end i dag, og billetprisen ændres ikke i det første år.
            none       ~ Metro fares rise in the capital ~ MOSCOW, March 8 (Reuters) - Fares on the Moscow metro will rise by ten percent from next month, the city transport department said on Friday. ~ The increase is the second in two years and follows a rise in electricity prices for the operator.
            none       ~ Sciopero dei treni regionali ~ ROMA, 8 marzo (ANSA) - I treni regionali si fermeranno venerdì per otto ore in tutto il Lazio, hanno annunciato i sindacati dei ferrovieri. ~ Le fasce di garanzia per i pendolari resteranno in vigore nelle ore di punta del mattino e della sera.
            none       ~ Council delays the vote on the harbour ~ Leeds, 04/03/2024 – The council postponed its vote on the harbour plan on Monday after more than two hundred residents filled the hall. ~ The council will meet again in two weeks, once every cut in the budget has been listed and costed.
            """)
    void theFirstParagraphsPlaceAndDateDateATextThatGivesNoOther(String expected, String title, String first, String second) {
        Article a = extract("t.txt", title + "\n\n" + first + "\n\n" + second + "\n");
        assertEquals(expected, date(a));
    }
}

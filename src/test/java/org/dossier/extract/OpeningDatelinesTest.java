package org.dossier.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.extract.MetadataEvidenceTest.date;
import static org.dossier.extract.MetadataEvidenceTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A text with no other date is dated by the place and date its first paragraph opens with, in any of the languages
 * read: with the month's name, with Spanish "de", or in figures read in the order of the text's language, and never
 * guessed where that order is not settled.
 */
class OpeningDatelinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            2024-03-14 ~ U4 fährt ab Dezember im Fünf-Minuten-Takt ~ Hamburg, 14.03.2024 – Die Hamburger Hochbahn verdichtet ab dem Fahrplanwechsel im Dezember den Takt der Linie U4 zwischen Jungfernstieg und Elbbrücken. ~ Grund sei die stark gestiegene Zahl von Fahrgästen im Quartier Baakenhafen, wo seit dem vergangenen Jahr mehr als 3000 Menschen eingezogen sind.
            2024-03-04 ~ U4 fährt ab Dezember im Fünf-Minuten-Takt ~ Hamburg, 04.03.2024 – Die Hamburger Hochbahn verdichtet ab dem Fahrplanwechsel im Dezember den Takt der Linie U4 zwischen Jungfernstieg und Elbbrücken. ~ Grund sei die stark gestiegene Zahl von Fahrgästen im Quartier Baakenhafen, wo seit dem vergangenen Jahr mehr als 3000 Menschen eingezogen sind.
            2024-04-04 ~ El boleto de colectivo sube un 30 por ciento ~ CÓRDOBA, 4 de abril de 2024 (Télam).- El Concejo Deliberante de Córdoba aprobó este jueves el aumento del boleto urbano de colectivo, que pasará a costar 690 pesos. ~ La oposición votó en contra y los estudiantes y jubilados mantendrán el boleto gratuito durante todo el año.
            2024-03-12 ~ Grève à la SNCF : le trafic perturbé jeudi ~ Lyon, 12/03/2024 – Le trafic des TER sera très perturbé jeudi dans toute la région, a annoncé la direction régionale de la SNCF mardi soir. ~ Les syndicats appellent à la grève pour réclamer des hausses de salaire et davantage de contrôleurs dans les trains.
            none       ~ Council delays the vote on the harbour ~ Leeds, 04/03/2024 – The council postponed its vote on the harbour plan on Monday after more than two hundred residents filled the hall. ~ The council will meet again in two weeks, once every cut in the budget has been listed and costed.
            """)
    void theFirstParagraphsPlaceAndDateDateATextThatGivesNoOther(String expected, String title, String first, String second) {
        Article a = extract("t.txt", title + "\n\n" + first + "\n\n" + second + "\n");
        assertEquals(expected, date(a));
    }
}

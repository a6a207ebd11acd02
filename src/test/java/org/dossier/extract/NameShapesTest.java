package org.dossier.extract;

import org.dossier.report.Deadline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names read by the shape of their words, not by a list of them (issue 13, item 4). */
class NameShapesTest {
    private static final PeopleFinder FINDER = new PeopleFinder(Map.of());
    private static final Deadline UNHURRIED = Deadline.after(Duration.ofHours(1), "test");

    private static List<String> body(String language, String... paragraphs) {
        return FINDER.find(null, List.of(paragraphs), List.of(), Optional.ofNullable(language), UNHURRIED);
    }

    @Test
    void readsTwoPeopleOfOneSurnameWhenTheSentenceGoesOnOfTheTwo() {
        assertEquals(List.of("Eithne Ó Dálaigh", "Fiachra Ó Dálaigh"), body(null,
                "Fiachra and Eithne Ó Dálaigh, who farm near Ennis, said they would appeal."));
        // one given name before "and" that nothing says is a person's, and nothing plural after: one person
        assertEquals(List.of("Eithne Ó Dálaigh"), body(null, "Limerick and Eithne Ó Dálaigh said the road was closed."));
    }

    @Test
    void readsADoubleSurnameThatAPersonalPronounFollows() {
        assertEquals(List.of("Whetu Rangiahua-Baines"), body(null, "Whetu Rangiahua-Baines and her children moved in May."));
        assertEquals(List.of(), body(null, "Baden-Württemberg and its neighbours voted."));
    }

    @Test
    void readsShortGivenNamesWithAStop() {
        assertEquals(List.of("Chas. Whitfield", "Wm. Harrington"), body(null,
                "The deed was signed by Wm. Harrington and Chas. Whitfield in 1888, the archivist said."));
    }

    @Test
    void namesPolishMenInTheNominativeOnlyWhenTheCaseIsSure() {
        assertEquals(List.of("Henryk Sowa"), body("pl", "Rozmawialiśmy z Henrykiem Sową, emerytowanym kolejarzem."));
        // a vowel that drops out as the surname declines cannot be given back: the name stays as written
        assertEquals(List.of("Grzegorzem Wróblem"), body("pl", "Rozmawialiśmy z Grzegorzem Wróblem, przewodniczącym rady osiedla."));
        // a feminine noun and its adjective in the nominative are no man's genitive
        assertEquals(List.of(), body("pl", "Stanęła Brama Oliwska."));
    }

    @Test
    void readsTheNameAfterALessCommonRole() {
        assertEquals(List.of("Euan Strachan", "Siosaia Fifita"), body(null,
                "Chaplain Euan Strachan said the families needed time.", "Lifeguard Siosaia Fifita said the beach was closed."));
    }
}

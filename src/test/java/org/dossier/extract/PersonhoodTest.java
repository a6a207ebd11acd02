package org.dossier.extract;

import org.dossier.report.Deadline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name is a person's when the article, read whole, treats it as one: the evidence for it and against it is weighed
 * over every place the name and its surname stand (see {@link NamesPersonhood}).
 */
class PersonhoodTest {
    private static final PeopleFinder FINDER = new PeopleFinder(Map.of());
    private static final Deadline UNHURRIED = Deadline.after(Duration.ofHours(1), "test");

    private static List<String> body(String language, String... paragraphs) {
        return FINDER.find(null, List.of(paragraphs), List.of(), Optional.of(language), UNHURRIED);
    }

    @Test
    void anOrganisationsWordBeforeOrAfterANameOutweighsItsGivenName() {
        assertEquals(List.of(), body("en", "Food parcels come from the charity Tom Reyes in Leeds.",
                "The agent, Harper & Lloyd Lettings, said in a statement that fees were refunded."));
        assertEquals(List.of(), body("fr", "Le foyer Marcel Vidal, dans le 7e arrondissement, compte 90 lits."));
        assertEquals(List.of(), body("es", "El Ministerio de Desarrollo Social informó que ampliará la ayuda."));
    }

    @Test
    void aTitleAClauseOrKinOfAPersonOutweighTheEvidenceAgainst() {
        // a clause the name is the subject of ("the charity Tom Reyes founded"), and someone's mother
        assertEquals(List.of("Tom Reyes"), body("en", "She volunteers for the charity Tom Reyes founded in 2010."));
        assertEquals(List.of("Tom Reyes"), body("en", "Food parcels come from the charity Tom Reyes in Leeds.",
                "Tom Reyes's mother set it up in 1990."));
        // a title before the name is sure of it, in the place it names ("at Councillor Ana Ruiz's surgery")
        assertEquals(List.of("Ana Ruiz"), body("en", "Tenants queued at the surgery of Councillor Ana Ruiz in Leeds."));
    }

    @Test
    void aPrepositionOfPlaceCountsInTheArticlesLanguageOnly() {
        // "kata Agus di Balai Kota": Indonesian "di" is "in"; Italian "di" joins a name ("Lorenzo di Bartolo")
        assertEquals(List.of("Agus Santoso"), body("id", "Menurut Kepala Dinas, Agus Santoso, penghuni kehilangan pekerjaan.",
                "\"Aturan harus ditegakkan,\" kata Agus di Balai Kota, Senin."));
        assertEquals(List.of("Lorenzo di Bartolo"), body("it", "Lo ha detto Lorenzo di Bartolo, presidente del comitato."));
    }
}

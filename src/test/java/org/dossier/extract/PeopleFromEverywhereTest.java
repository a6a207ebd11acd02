package org.dossier.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** People named the ways news from outside the English-speaking world names them (issue 13, item 4). */
class PeopleFromEverywhereTest {
    private final PeopleFinder finder = new PeopleFinder(Map.of());

    private List<String> body(String... paragraphs) {
        return finder.find(null, List.of(paragraphs), List.of());
    }

    @Test
    void knowsGivenNamesWrittenWithoutTheirDiacritics() {
        assertEquals(List.of("Duc Vo", "Huong Lam", "Nguyet Ha"), body(
                "Duc Vo and Nguyet Ha opened the market stall in 2019.",
                "Their neighbour Huong Lam joined them a year later."));
        assertEquals("wieslaw", NamesGazetteer.fold("wiesław"));
        assertEquals("duc", NamesGazetteer.fold("đức"));
    }
}

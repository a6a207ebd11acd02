package org.dossier.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;

/**
 * A label of other stories ("Related content", "More from Wales") and the headlines it lists go as read-more, on a
 * saved page as in a text scrape.
 */
class RelatedStoryListsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            403_drupal_university_research_news.html ~ Related content
            403_drupal_university_research_news.html ~ Student volunteers restore moorland pond
            403_drupal_university_research_news.html ~ New chair appointed in fluid dynamics
            720_junk_dump_wind_farm_related_en.txt ~ More from Wales
            720_junk_dump_wind_farm_related_en.txt ~ Swansea council backs plan for new lido on the seafront
            720_junk_dump_wind_farm_related_en.txt ~ Tidal lagoon plan revived by new investor group
            """)
    void theLabelAndTheHeadlinesItListsGo(String seed, String line) {
        assertRemovedAs("read-more", line, clean(seed));
    }
}

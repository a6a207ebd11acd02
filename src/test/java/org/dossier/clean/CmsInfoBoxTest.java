package org.dossier.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.dossier.clean.DevSetSeed.kept;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A CMS's info box above the text (Joomla's "Details / Written by / Category / Published / Hits") goes field by
 * field, each with the kind its label says: the section's label, the byline, the dateline, the counter. On a saved
 * page the box is a definition list, read as a box of its fields, not as one paragraph of the article.
 */
class CmsInfoBoxTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', textBlock = """
            705_html_joomla_ru_vodoprovod_article_info.html ~ section-label ~ Подробности
            705_html_joomla_ru_vodoprovod_article_info.html ~ byline ~ Автор: Администратор
            705_html_joomla_ru_vodoprovod_article_info.html ~ section-label ~ Категория: Новости
            705_html_joomla_ru_vodoprovod_article_info.html ~ dateline ~ Опубликовано: 14.03.2023 09:20
            706_junk_joomla_dump_harbour_wall_en.txt ~ section-label ~ Details
            706_junk_joomla_dump_harbour_wall_en.txt ~ byline ~ Written by Administrator
            706_junk_joomla_dump_harbour_wall_en.txt ~ section-label ~ Category: Local News
            706_junk_joomla_dump_harbour_wall_en.txt ~ dateline ~ Published: 2023.03.14
            723_junk_joomla_dump_detalles_es.txt ~ section-label ~ Categoría: Noticias
            723_junk_joomla_dump_detalles_es.txt ~ dateline ~ Publicado: 14 Marzo 2023
            """)
    void eachFieldOfTheBoxGoesAsWhatItsLabelSays(String seed, String kind, String line) {
        assertRemovedAs(kind, line, clean(seed));
    }

    @Test
    void theBoxsRowOfButtonsGoesAsSocial() {
        assertRemovedAs("social", "Print Email", clean("706_junk_joomla_dump_harbour_wall_en.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Tags: libraries ~ tags
            Mots-clés : Rennes ~ tags
            Schlagwörter: Verkehr, Bahn ~ tags
            Drucken E-Mail ~ social
            """)
    void aTagFieldOfOneItemOrARowOfButtonsIsFurniture(String line, String kind) {
        assertEquals(Optional.of(kind), LineShapes.kind(line), line);
    }

    @Test
    void theTextUnderTheBoxOpensWithItsFirstParagraph() {
        assertEquals("В Вологде этим летом заменят около 12 километров изношенных водопроводных сетей, сообщила во вторник пресс-служба мэрии.",
                kept(clean("705_html_joomla_ru_vodoprovod_article_info.html")).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Category: the council said the road would be rebuilt in two stages.
            Author: How a village kept its post office open for another decade
            """)
    void aLabelWithASentenceOrAHeadlineAfterItIsNoField(String line) {
        assertEquals(Optional.empty(), LineShapes.kind(line), line);
    }
}

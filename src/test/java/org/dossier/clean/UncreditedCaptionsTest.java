package org.dossier.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.clean.DevSetSeed.assertKept;
import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caption left between two paragraphs with neither its picture nor a credit goes as a caption, told by its shape
 * and its neighbours: a phrase with no sentence's end that says when the picture was taken or what it shows, between
 * two of the story's sentences. A subheading between paragraphs stays.
 */
class UncreditedCaptionsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            708_junk_uncredited_captions_year_first_en.txt ~ The refurbished hall seen from the quay at dusk
            708_junk_uncredited_captions_year_first_en.txt ~ Stallholders in the temporary market on Cable Street last winter
            709_html_drupal_fr_piscine_caption_label.html ~ Le bassin olympique vu depuis les gradins, en février
            720_junk_dump_wind_farm_related_en.txt ~ Turbines at an existing offshore wind farm in the Irish Sea last summer
            721_junk_speichern_caption_de.txt ~ Die neue Haltestelle am Hauptbahnhof am Dienstagmorgen kurz nach der Eröffnung
            722_junk_metro_vues_avec_afp_fr.txt ~ Le tunnelier sous le quartier de Matabiau en février
            724_junk_dump_most_sokhranit_ru.txt ~ Опоры будущего моста на правом берегу Енисея в марте
            725_html_wp_es_tranvia_con_informacion.html ~ Vecinos de Las Fuentes en una de las calles por las que pasará el tranvía, en marzo
            727_junk_biblioteca_salva_it.txt ~ La sala di lettura al primo piano della biblioteca in una sera di febbraio
            728_junk_fietsbrug_opslaan_nl.txt ~ De fietsbrug over het kanaal gezien vanaf de oostelijke oever in maart
            732_html_ghost_fr_marche_partenariat.html ~ Les étals de poissonnerie sous la charpente restaurée, samedi matin
            735_junk_byline_handle_lectura_es.txt ~ Coches en la calle de Colón a primera hora de la mañana, en febrero
            736_junk_manif_lire_plus_tard_fr.txt ~ Les manifestants devant l'hôtel de ville de Rennes, mardi matin
            """)
    void aCaptionBetweenParagraphsGoes(String seed, String line) {
        assertRemovedAs("caption", line, clean(seed));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            708_junk_uncredited_captions_year_first_en.txt ~ A new roof for the old fish market
            730_html_drupal_en_bridge_correction_top.html ~ The cost of waiting
            734_clean_body_subheadings_en.txt ~ A long winter of meetings
            734_clean_body_subheadings_en.txt ~ The shop will open as usual on Monday.
            """)
    void aSubheadingOrAShortSentenceBetweenParagraphsStays(String seed, String line) {
        assertKept(line, clean(seed));
    }

    private static final String BEFORE = "Traders at the covered market will move back into the hall on Saturday after a refit that took two years.";
    private static final String AFTER = "Rents will rise by about a fifth, but the trust has agreed to phase in the rise over three years.";

    @Test
    void aQuestionATitleOrAShortLabelIsNoCaption() {
        for (String line : new String[] {"What the traders asked for last winter", "The Hall Seen From The Quay At Dusk", "Seen at dusk",
                "Black Friday pricing now live for the ecobee thermostat"}) {
            assertFalse(Asides.isCaptionBetween(BEFORE, line, AFTER), line);
        }
        assertTrue(Asides.isCaptionBetween(BEFORE, "The refurbished hall seen from the quay at dusk", AFTER));
    }
}

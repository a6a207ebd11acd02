package org.dossier.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.dossier.clean.DevSetSeed.assertKept;
import static org.dossier.clean.DevSetSeed.assertRemovedAs;
import static org.dossier.clean.DevSetSeed.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Notes about the page, not its story, go with a kind that says which note each was: a correction of an earlier
 * version, a note on who funded the story, a prompt to sign in to save it; in text scrapes and saved pages, in each
 * language read. An editor's note stays, and so does a story's sentence that speaks of support.
 */
class PageNotesTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', textBlock = """
            700_junk_wp_ferry_fares_notes_en.txt ~ correction ~ Correction: An earlier version of this article said the rise would take effect in May. It takes effect on April 1.
            701_html_wp_library_hours_byline_handle_en.html ~ correction ~ Correction: This article originally gave the wrong name for the Moss Side Road branch.
            702_junk_tramway_rectificatif_fr.txt ~ correction ~ Rectificatif : une version précédente de cet article indiquait que la ligne ouvrirait au printemps 2025.
            703_junk_radweg_korrektur_de.txt ~ correction ~ Korrektur: In einer früheren Version dieses Artikels hieß es, es fielen 60 Parkplätze weg. Richtig sind rund 40.
            704_junk_ciclovia_fe_de_erratas_es.txt ~ correction ~ Fe de erratas: una versión anterior de esta nota indicaba que el carril mediría 2 kilómetros.
            710_html_arc_es_metro_byline_handle.html ~ correction ~ Corrección: una versión anterior de este artículo decía que los trenes se fabricaron en Francia.
            711_junk_tsentr_popravka_ru.txt ~ correction ~ Поправка: в первоначальной версии материала говорилось, что центр рассчитан на 500 мест.
            714_junk_parcheggi_correzione_it.txt ~ correction ~ Correzione: in una versione precedente di questo articolo i posti indicati erano 1.200.
            715_junk_ciclofaixa_correcao_pt.txt ~ correction ~ Correção: uma versão anterior desta reportagem informava que as ciclofaixas teriam oito quilômetros.
            716_junk_veerpont_correctie_nl.txt ~ correction ~ Correctie: in een eerdere versie van dit artikel stond dat de pont 600 passagiers kan meenemen.
            700_junk_wp_ferry_fares_notes_en.txt ~ funding ~ This story was produced with support from the Coastal Communities Reporting Fund.
            702_junk_tramway_rectificatif_fr.txt ~ funding ~ Cet article a été réalisé avec le soutien de la Fondation pour le journalisme local.
            703_junk_radweg_korrektur_de.txt ~ funding ~ Dieser Beitrag entstand mit Unterstützung der Stiftung Lokaljournalismus.
            704_junk_ciclovia_fe_de_erratas_es.txt ~ funding ~ Este reportaje fue realizado con el apoyo de la Fundación de Periodismo Regional.
            710_html_arc_es_metro_byline_handle.html ~ funding ~ Este contenido fue producido con el apoyo de la Iniciativa de Periodismo Urbano.
            711_junk_tsentr_popravka_ru.txt ~ funding ~ Материал подготовлен при поддержке Фонда развития региональной журналистики.
            715_junk_ciclofaixa_correcao_pt.txt ~ funding ~ Esta reportagem foi produzida com apoio do Fundo de Jornalismo Local.
            716_junk_veerpont_correctie_nl.txt ~ funding ~ Dit artikel kwam tot stand met steun van het Fonds voor Regionale Journalistiek.
            700_junk_wp_ferry_fares_notes_en.txt ~ save-prompt ~ Log in, register or subscribe to save articles for later.
            701_html_wp_library_hours_byline_handle_en.html ~ save-prompt ~ Log in, register or subscribe to save articles for later.
            702_junk_tramway_rectificatif_fr.txt ~ save-prompt ~ Connectez-vous pour sauvegarder cet article et le lire plus tard.
            704_junk_ciclovia_fe_de_erratas_es.txt ~ save-prompt ~ Inicia sesión o regístrate para guardar este artículo y leerlo más tarde.
            720_junk_dump_wind_farm_related_en.txt ~ save-prompt ~ Save article
            721_junk_speichern_caption_de.txt ~ save-prompt ~ Artikel merken
            721_junk_speichern_caption_de.txt ~ save-prompt ~ Melden Sie sich an, um diesen Artikel zu speichern und später zu lesen.
            722_junk_metro_vues_avec_afp_fr.txt ~ save-prompt ~ Connectez-vous ou créez un compte pour enregistrer cet article.
            724_junk_dump_most_sokhranit_ru.txt ~ save-prompt ~ Войдите, чтобы сохранить статью в закладки.
            727_junk_biblioteca_salva_it.txt ~ save-prompt ~ Accedi o registrati per salvare questo articolo.
            728_junk_fietsbrug_opslaan_nl.txt ~ save-prompt ~ Log in om dit artikel op te slaan in je leeslijst.
            725_html_wp_es_tranvia_con_informacion.html ~ funding ~ Este artículo fue posible gracias al apoyo de la Fundación Periodismo de Proximidad.
            727_junk_biblioteca_salva_it.txt ~ funding ~ Questo articolo è stato realizzato con il sostegno della Fondazione per il Giornalismo Locale.
            728_junk_fietsbrug_opslaan_nl.txt ~ correction ~ Correctie: in een eerdere versie van dit artikel stond dat de brug in mei opengaat.
            730_html_drupal_en_bridge_correction_top.html ~ correction ~ Correction: An earlier version of this story misidentified the contractor carrying out the repairs. It is Harbour Civils Ltd.
            731_html_wp_de_schwimmbad_recherche.html ~ save-prompt ~ Artikel merken
            731_html_wp_de_schwimmbad_recherche.html ~ funding ~ Diese Recherche wurde von der Stiftung Vielfalt im Lokaljournalismus gefördert.
            732_html_ghost_fr_marche_partenariat.html ~ funding ~ Cet article a été produit en partenariat avec l'association Presse Locale Bretagne.
            735_junk_byline_handle_lectura_es.txt ~ save-prompt ~ Guardar artículo
            736_junk_manif_lire_plus_tard_fr.txt ~ save-prompt ~ Lire plus tard
            """)
    void aNoteAboutThePageGoesAsItsKind(String seed, String kind, String line) {
        assertRemovedAs(kind, line, clean(seed));
    }

    @Test
    void aStorysSentenceAboutSupportStays() {
        assertKept("This year's winter timetable was drawn up with support from the three island councils, the board said.",
                clean("700_junk_wp_ferry_fares_notes_en.txt"));
    }

    @Test
    void anEditorsNoteStaysForTheReader() {
        assertKept("Editor's note: This article was updated on March 15 to include the number of plots that changed hands last year.",
                clean("713_html_ghost_editors_note_en.html"));
    }

    @Test
    void aStoryWhoseSentencesOpenLikeNotesKeepsThemAll() {
        CleanedSeed c = clean("729_junk_prose_lookalikes_en.txt");
        assertEquals(List.of("header"), List.copyOf(c.removals().byKind().keySet()), c.removals().byKind().toString());
    }
}

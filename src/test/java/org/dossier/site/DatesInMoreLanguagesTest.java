package org.dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dev-set seeds from outlets in more languages, built into one site: a date in figures whose order is ambiguous is read
 * in the order of its label's language ("Diterbitkan", "Yayınlanma", "Opublikowano", "Gepubliceerd"), of the page's
 * declared language, or of the weekday beside it; a month written in the outlet's language is read; Drupal's RDFa date
 * counts as metadata; a month-only header keeps its precision; and a date appended to a title cell is split off it.
 */
class DatesInMoreLanguagesTest {
    private static final Path DEVSET = Path.of("src/test/resources/devset/seeds");
    private static final List<String> SEEDS = List.of("741_saigon_canal_cleanup_vn_en.txt", "745_jakarta_transjakarta_halte_id.txt",
            "746_kl_lrt_jalan_tun_razak_my.html", "747_izmir_tram_kordon_tr.txt", "748_krakow_tramwaj_pl.txt",
            "751_rotterdam_brug_nl.txt", "752_goteborg_sparvagn_sv.txt", "753_brno_tramvaj_cs.html",
            "757_dresden_bahnhof_month_only_de.txt", "758_drupal_rdfa_ljubljana_en.html", "762_surabaya_banjir_id.html",
            "764_gdansk_tramwaj_pl.html", "765_plzen_most_cs.txt", "769_danang_cau_rong_vi.txt",
            "777_gent_korenmarkt_be_nl.txt", "779_ostrava_stodolni_cs.html");
    private static final Map<String, JsonNode> ARTICLES = new HashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (String s : SEEDS) Files.copy(DEVSET.resolve(s), seeds.resolve(s));
        Sites.Run r = Sites.build(seeds, dir.resolve("site"));
        assertEquals(0, r.exit(), r.stderr());
        new ObjectMapper().readTree(dir.resolve("site/data/articles.json").toFile())
                .forEach(a -> ARTICLES.put(a.get("source").asText().replaceFirst("^.*/", ""), a));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            745_jakarta_transjakarta_halte_id.txt ~ 2024-03-05
            747_izmir_tram_kordon_tr.txt          ~ 2024-03-05
            748_krakow_tramwaj_pl.txt             ~ 2024-03-04
            751_rotterdam_brug_nl.txt             ~ 2024-03-04
            753_brno_tramvaj_cs.html              ~ 2024-03-04
            746_kl_lrt_jalan_tun_razak_my.html    ~ 2024-03-04
            762_surabaya_banjir_id.html           ~ 2024-03-04
            769_danang_cau_rong_vi.txt            ~ 2024-03-05
            779_ostrava_stodolni_cs.html          ~ 2024-03-07
            """)
    void anAmbiguousDateInFiguresIsReadInTheOrderOfItsLabelsOrThePagesLanguage(String seed, String date) {
        assertEquals(date, ARTICLES.get(seed).get("date").asText());
    }

    @Test
    void theWeekdayBesideAnAmbiguousDateSettlesItsOrder() {
        // "Thursday, 07/03/2024": 7 March 2024 was a Thursday, 3 July a Wednesday; the English text alone would not say
        assertEquals("2024-03-07", ARTICLES.get("741_saigon_canal_cleanup_vn_en.txt").get("date").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            752_goteborg_sparvagn_sv.txt ~ 2024-03-04
            764_gdansk_tramwaj_pl.html   ~ 2024-03-05
            765_plzen_most_cs.txt        ~ 2024-03-06
            777_gent_korenmarkt_be_nl.txt ~ 2024-03-07
            """)
    void aMonthNamedInSwedishPolishCzechOrDutchDatesTheText(String seed, String date) {
        // "4 mars 2024", "5 marca 2024", "6. března 2024", "op 7 maart 2024 om 11.20 uur": Polish and Czech write the
        // month in the genitive
        assertEquals(date, ARTICLES.get(seed).get("date").asText());
    }

    @Test
    void aMonthOnlyHeaderKeepsItsPrecisionAndLeavesTheTitleWithoutTheLabel() {
        JsonNode a = ARTICLES.get("757_dresden_bahnhof_month_only_de.txt");
        assertEquals("2024-03", a.get("date").asText());
        assertEquals("Neuer Fahrradparkplatz am Bahnhof Neustadt", a.get("title").asText());
    }

    @Test
    void drupalsRdfaDateIsMetadataAndTheDateAppendedToTheTitleCellIsNoPartOfTheTitle() {
        JsonNode a = ARTICLES.get("758_drupal_rdfa_ljubljana_en.html");
        assertEquals("2024-03-05", a.get("date").asText());
        assertEquals("meta", a.get("dateSource").asText());
        assertEquals("City council approves cable car study", a.get("title").asText());
    }
}

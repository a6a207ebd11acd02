package org.dossier.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev-set seeds 975-986 and 1040-1049, built into one site: a picture's caption with no credit to give it away goes by
 * its shape and its place (a label that names a file picture; a phrase in italics between two paragraphs; a phrase
 * after a picture nested in its link and box, its place after a comma; a box whose class calls it a caption or a
 * credit; between two paragraphs of a text, a phrase that ends at a named place), and so does a prompt to support the
 * outlet that names the journalism it pays for, with the furniture the issue lists (related headlines, author notes,
 * "originally published" lines, tags, file names, "Loading…", comment counters, a menu glued into one word, a lead-in
 * glued to the headline it links) in Portuguese, Turkish, Indonesian, Spanish and English. Each removal is in the
 * report with its kind; a one-line paragraph that reports, a quotation or a note in italics, and the story's lines
 * beside the captions stay.
 */
class CaptionsWithoutCreditAndSupportPromptsTest {
    private static Sites.ReportSite site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        site = Sites.ReportSite.of(dir, "(97[5-9]|98[0-6]|104\\d)_.*");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            975_junk_file_picture_mart_ie.txt                 ~ caption     ~ File picture: Weanlings in the ring at a mart in the west of Ireland.
            975_junk_file_picture_mart_ie.txt                 ~ caption     ~ Library image: A farmer leads a bullock from a trailer at the yard.
            976_junk_archivbild_kommentare_dump_de.txt        ~ caption     ~ Archivfoto: Ein Milchlaster vor einem Hof im Oberallgäu
            977_junk_photo_archive_soutien_fr.txt             ~ caption     ~ Photo d'archive : Des melons sous serre près de Lectoure.
            978_junk_imagen_archivo_apoya_es.txt              ~ caption     ~ Imagen de archivo: Olivos en una finca cerca de Úbeda.
            979_junk_arkhivnoe_foto_podderzhite_ru.txt        ~ caption     ~ Архивное фото: Комбайн на поле под Барнаулом
            980_html_joomla_italic_caption_zm.html            ~ caption     ~ Women shelling maize outside a storage shed near Mkushi boma
            980_html_joomla_italic_caption_zm.html            ~ caption     ~ Trucks queue at the grain depot on the Great North Road after the rains
            984_html_wp_italic_caption_id.html                ~ caption     ~ Petani menjemur gabah di halaman rumah di Desa Sukra, Indramayu
            981_html_blogger_caption_beside_picture_br.html   ~ caption     ~ Feijão carioca secando no terreiro de uma propriedade em Irati, Paraná
            981_html_blogger_caption_beside_picture_br.html   ~ caption     ~ Colheita mecanizada em Prudentópolis, no centro-sul do estado
            982_html_custom_photo_caption_class_tr.html       ~ caption     ~ Pazar ilçesinde çay toplayan üreticiler. Okur fotoğrafı
            982_html_custom_photo_caption_class_tr.html       ~ caption     ~ Fotoğraf: Karadeniz Ekspres arşivi
            985_html_custom_img_caption_class_ru.html         ~ caption     ~ Уборка свёклы в Льговском районе осенью
            1043_junk_dump_comments_bio_chrome_en.txt         ~ caption     ~ Pickers rest beside bins of fruit near Havelock North
            983_html_nextjs_support_prompt_us.html            ~ newsletter  ~ High Plains Dispatch is a reader-funded, nonprofit newsroom. Support nonprofit farm and water reporting.
            976_junk_archivbild_kommentare_dump_de.txt        ~ newsletter  ~ Der Allgäuer Hofbote ist unabhängig und werbefrei. Unterstützen Sie unabhängigen Lokaljournalismus.
            977_junk_photo_archive_soutien_fr.txt             ~ newsletter  ~ Le Courrier de Gascogne est un journal indépendant financé par ses lecteurs. Soutenez un journalisme local indépendant.
            978_junk_imagen_archivo_apoya_es.txt              ~ newsletter  ~ El Diario del Alto Guadalquivir es un medio independiente. Apoya el periodismo local.
            979_junk_arkhivnoe_foto_podderzhite_ru.txt        ~ newsletter  ~ Алтайский вестник — независимое издание. Поддержите независимую журналистику.
            1040_junk_dump_leia_tambem_bio_pt.txt             ~ author-note ~ Gabriela Teixeira Schmitt é repórter de agronegócio e cobre o setor leiteiro desde 2015.
            1042_junk_dump_baca_juga_bio_id.txt               ~ author-note ~ Rina Wulandari adalah jurnalis yang meliput isu pertanian di Jawa Tengah.
            1043_junk_dump_comments_bio_chrome_en.txt         ~ author-note ~ Tama Rangihuna is a rural affairs reporter based in Hastings.
            1040_junk_dump_leia_tambem_bio_pt.txt             ~ provenance  ~ Publicado originalmente no portal Campo Gaúcho.
            1042_junk_dump_baca_juga_bio_id.txt               ~ provenance  ~ Artikel ini pertama kali terbit di Kabar Kedu.
            1043_junk_dump_comments_bio_chrome_en.txt         ~ provenance  ~ This article was originally published on Bay Orchard News.
            1040_junk_dump_leia_tambem_bio_pt.txt             ~ read-more   ~ Cooperativas de arroz pedem renegociação de dívidas
            1044_junk_dump_lee_tambien_glued_es.txt           ~ read-more   ~ Lee también Los regantes del Segre piden adelantar las obras del canal
            1045_junk_dump_read_more_glued_en.txt             ~ read-more   ~ Read More Fonterra shareholders question cost of new plant
            1045_junk_dump_read_more_glued_en.txt             ~ read-more   ~ See Also Regional council sets new rules for effluent ponds
            1046_junk_dump_baca_juga_glued_id.txt             ~ read-more   ~ Baca Juga Harga cabai di Magelang mulai naik setelah panen raya
            1041_junk_dump_ilginizi_cekebilir_tr.txt          ~ read-more   ~ Ereğli'de şeker pancarı ekim alanı daraldı
            1042_junk_dump_baca_juga_bio_id.txt               ~ read-more   ~ Harga bawang merah di Brebes mulai naik
            1041_junk_dump_ilginizi_cekebilir_tr.txt          ~ tags        ~ Etiketler: buğday, Konya, çiftçi
            1043_junk_dump_comments_bio_chrome_en.txt         ~ tags        ~ Topics: apples, horticulture, Hawke's Bay
            1040_junk_dump_leia_tambem_bio_pt.txt             ~ image-file  ~ IMG_5530.jpg
            1041_junk_dump_ilginizi_cekebilir_tr.txt          ~ placeholder ~ Yükleniyor...
            1042_junk_dump_baca_juga_bio_id.txt               ~ placeholder ~ Memuat...
            1040_junk_dump_leia_tambem_bio_pt.txt             ~ counter     ~ 23 comentários
            1042_junk_dump_baca_juga_bio_id.txt               ~ counter     ~ 12 Komentar
            1041_junk_dump_ilginizi_cekebilir_tr.txt          ~ navigation  ~ AnasayfaGündemEkonomiTarımSporYaşam
            """)
    void furnitureWithoutItsUsualCueLeavesThePageAndIsReportedAsItsKind(String seed, String kind, String line) {
        assertFalse(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
        assertTrue(Sites.removedText(site.files().get(seed), kind).contains(line),
                "removed as " + kind + ": " + site.files().get(seed).path("removedText"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
            975_junk_file_picture_mart_ie.txt                ~ Heifers sold for an average of €2.95 per kilo, up slightly on the previous sale.
            976_junk_archivbild_kommentare_dump_de.txt       ~ Die Molkereien verweisen auf den schwachen Absatz von Käse im Ausland.
            980_html_joomla_italic_caption_zm.html           ~ Prices rose 4% in May.
            980_html_joomla_italic_caption_zm.html           ~ The District Commissioner, Mr Kelvin Sinkala, told the farmers he would take their request to the ministry in Lusaka.
            981_html_blogger_caption_beside_picture_br.html  ~ A cooperativa da região informou que vai armazenar parte da produção dos associados até que os preços melhorem, mas tem espaço limitado nos silos.
            982_html_custom_photo_caption_class_tr.html      ~ Ziraat odası ise fiyatın yeniden gözden geçirilmesini istedi.
            983_html_nextjs_support_prompt_us.html           ~ Elevator managers said they expected to take in less grain than in any year since 2014.
            985_html_custom_img_caption_class_ru.html        ~ «Свёклы привезли вдвое меньше, чем в прошлом году», — сказал он.
            986_html_caption_near_misses_nz.html             ~ Seed prices rose 4% in May.
            986_html_caption_near_misses_nz.html             ~ "We have never had a run of rain like it at harvest."
            986_html_caption_near_misses_nz.html             ~ This story has been updated to correct the price paid for feed barley.
            1043_junk_dump_comments_bio_chrome_en.txt        ~ Growers will meet the regional council later this month to discuss water allocation.
            1045_junk_dump_read_more_glued_en.txt            ~ More farmers quit dairy as costs climb in the west
            """)
    void aShortReportingLineAQuotationOrANoteInItalicsStays(String seed, String line) {
        assertTrue(site.paragraphs(seed).contains(line), "on the page: " + site.paragraphs(seed));
    }
}

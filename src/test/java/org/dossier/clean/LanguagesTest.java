package org.dossier.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A few sentences of a city paper's report tell their language by its stopwords, close languages included: the
 * words they share count for each, and the words only one of them uses decide (Swedish "och", "att", "inte" against
 * Norwegian and Danish; Nynorsk "ikkje", "frå" read as Norwegian; Slovak "sa", "ktorý", "podľa" against Czech;
 * Serbian and Bosnian read as Croatian, Malay as Indonesian). Vietnamese is told by its letters.
 */
class LanguagesTest {
    private static Optional<String> of(String text) {
        return Languages.of(List.of(new Block.Paragraph(text, "")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            nl ~ nl ~ "De gemeente wil het plein voor de zomer opnieuw inrichten. Volgens de wethouder zijn er te weinig bomen en staan er te veel auto's, maar de winkeliers zijn daar niet blij mee."
            nl ~ nl ~ "Het zwembad in het centrum gaat na de zomer dicht voor een grote verbouwing, heeft de gemeente laten weten. Zwemmers kunnen in die tijd terecht in het bad aan de rand van de stad."
            pl ~ pl ~ "Miasto chce przebudować plac przed dworcem jeszcze w tym roku. Jak powiedział wiceprezydent, na placu będzie więcej drzew, a samochody nie będą mogły tam parkować."
            cs ~ cs ~ "Město chce náměstí před nádražím přestavět ještě letos. Podle náměstka primátora tam bude víc stromů a auta už tam nebudou moci parkovat, což se obchodníkům nelíbí."
            sk ~ sk ~ "Mesto chce námestie pred stanicou prestavať ešte tento rok. Podľa viceprimátora tam bude viac stromov a autá tam už nebudú môcť parkovať, čo sa obchodníkom nepáči."
            sv ~ sv ~ "Kommunen vill bygga om torget framför stationen redan i år. Enligt kommunalrådet ska det bli fler träd och bilarna ska inte längre få parkera där, vilket handlarna inte tycker om."
            no ~ no ~ "Kommunen vil bygge om torget foran stasjonen allerede i år. Ifølge varaordføreren skal det bli flere trær, og bilene skal ikke lenger få parkere der, noe handelsstanden ikke liker."
            nn ~ no ~ "Kommunen vil byggje om torget framfor stasjonen alt i år. Ifølgje varaordføraren skal det bli fleire tre, og bilane skal ikkje lenger få parkere der, noko handelsstanden ikkje likar."
            da ~ da ~ "Kommunen vil bygge torvet foran stationen om allerede i år. Ifølge rådmanden skal der være flere træer, og bilerne må ikke længere parkere der, hvilket de handlende ikke bryder sig om."
            fi ~ fi ~ "Kaupunki haluaa uudistaa aseman edessä olevan torin jo tänä vuonna. Apulaispormestarin mukaan torille tulee enemmän puita, eikä autoja saa enää pysäköidä sinne, mikä ei miellytä kauppiaita."
            hu ~ hu ~ "A város még idén át akarja építeni az állomás előtti teret. Az alpolgármester szerint több fa lesz a téren, és az autók nem parkolhatnak ott, ami nem tetszik a kereskedőknek."
            hr ~ hr ~ "Grad želi preurediti trg ispred kolodvora još ove godine. Prema riječima zamjenika gradonačelnika, na trgu će biti više drveća, a automobili tamo više neće moći parkirati."
            sr ~ hr ~ "Grad želi da preuredi trg ispred železničke stanice još ove godine. Kako je rekao zamenik gradonačelnika, na trgu će biti više drveća, a automobili tamo više neće moći da se parkiraju."
            bs ~ hr ~ "Grad želi preurediti trg ispred željezničke stanice još ove godine. Kako je kazao zamjenik načelnika, na trgu će biti više drveća, a automobili tamo više neće moći parkirati."
            ro ~ ro ~ "Primăria vrea să refacă piața din fața gării chiar în acest an. Potrivit viceprimarului, în piață vor fi mai mulți copaci, iar mașinile nu vor mai putea parca acolo, ceea ce nu le place comercianților."
            tr ~ tr ~ "Belediye, istasyonun önündeki meydanı bu yıl içinde yeniden düzenlemek istiyor. Başkan yardımcısının söylediğine göre meydanda daha çok ağaç olacak ve araçlar artık orada park edemeyecek, bu da esnafın hoşuna gitmiyor."
            id ~ id ~ "Pemerintah kota ingin menata ulang alun-alun di depan stasiun tahun ini. Menurut wakil wali kota, akan ada lebih banyak pohon dan mobil tidak boleh lagi parkir di sana, yang tidak disukai oleh para pedagang."
            ms ~ id ~ "Majlis bandaraya mahu menyusun semula dataran di hadapan stesen tahun ini. Menurut timbalan datuk bandar, akan ada lebih banyak pokok dan kereta tidak lagi boleh diletakkan di situ, kerana itu para peniaga tidak berpuas hati."
            en ~ en ~ "The city wants to rebuild the square in front of the station this year. According to the deputy mayor, there will be more trees and cars will no longer be allowed to park there, which the shop owners do not like."
            vi ~ vi ~ "Thành phố muốn cải tạo quảng trường trước nhà ga ngay trong năm nay. Theo phó chủ tịch, sẽ có nhiều cây xanh hơn và ô tô sẽ không được đỗ ở đó nữa."
            """)
    void aCityReportTellsItsLanguageEvenBesideItsCloseNeighbours(String written, String told, String text) {
        assertEquals(Optional.of(told), of(text), written);
    }

    @Test
    void aLineOfNamesAndFiguresTellsNoLanguage() {
        assertEquals(Optional.empty(), of("Oslo 3, Bergen 1"));
        assertEquals(Optional.empty(), of("市政府计划今年改造车站前的广场，增加树木，禁止汽车停放。"));
    }
}

package org.dossier.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.dossier.extract.MetadataEvidenceTest.date;
import static org.dossier.extract.MetadataEvidenceTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The line under a text's headline dates it in the forms outlets write it: figures joined by dashes, the hours' "hs",
 * a label such as "Fecha de publicación", a month and year joined by "de"; figures are read in the text's language's
 * order, and a month alone keeps its precision.
 */
class TextDatelinesTest {
    private static final String TITLE = "Bogotá amplía el pico y placa a los sábados desde abril";
    private static final String BODY = "La Secretaría de Movilidad anunció que, a partir del 20 de abril, la medida de pico y placa también regirá "
            + "los sábados en toda la ciudad.\n\nLa secretaria explicó que los sábados el tráfico en la ciudad aumentó un 14 por ciento en el "
            + "último año y que la medida es necesaria.\n";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', textBlock = """
            2024-04-07 ~ Publicado el 07-04-2024 - 08:30
            2024-04-07 ~ 07.04.2024 | 08:30 hs
            2024-04-07 ~ Fecha de publicación: 07/04/2024
            2024-04-07 ~ Publicado el domingo 7 de abril de 2024, 08:30 hs
            2024-04    ~ abril de 2024
            """)
    void theLineUnderTheHeadlineDatesASpanishText(String expected, String dateline) {
        Article a = extract("t.txt", TITLE + "\n\n" + dateline + "\n\n" + BODY);
        assertEquals(expected, date(a));
        assertEquals(TITLE, a.title());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '~', textBlock = """
            2024-03-12 ~ Nantes : la ligne 4 passera à l'électrique ~ Mis en ligne le 12/03/2024 ~ La métropole de Nantes a voté lundi soir l'achat de 22 bus électriques articulés pour la ligne 4 du Busway, qui relie la place Foch à la Porte de Vertou. ~ Le montant de la commande atteint 19 millions d'euros, dont un tiers financé par l'État et le reste par la métropole.
            2024-04-03 ~ В Новосибирске закроют Октябрьский мост ~ Автор: Ирина Соколова, 03.04.2024 ~ Мэрия Новосибирска с 15 апреля закроет движение по Октябрьскому мосту на капитальный ремонт, который продлится два строительных сезона. ~ Как сообщил заместитель мэра, в первый год отремонтируют пролёты со стороны Кировского района, а автобусы пустят по Димитровскому мосту.
            """)
    void aPostingLabelOrABylinesLabelBesideTheDateMakeADateline(String expected, String title, String dateline, String first, String second) {
        Article a = extract("t.txt", title + "\n\n" + dateline + "\n\n" + first + "\n\n" + second + "\n");
        assertEquals(expected, date(a));
        assertEquals(title, a.title());
    }
}

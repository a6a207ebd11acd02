package org.dossier.clean;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cheap look for a word of prose only spares lines the full reading refuses: no line it turns away reads as a
 * dateline, whether made of the pieces datelines are made of or taken from the repository's seeds.
 */
class DatelinesPrecheckTest {
    private static final List<String> DATELINES = List.of("Posted: Jan 09, 2023 5:00 AM CT | Last Updated: January 10, 2023",
            "Bhavna Kohli Updated: Feb 6, 2024, 18:42 IST", "Published - November 14, 2023 08:40 pm IST - CHENNAI",
            "By Hoang Phuong March 14, 2022 | 09:12 am GMT+7", "Hanoi, March 14, 2022", "first published on 2 mars 2021 à 10h05",
            "mis à jour le 14 février 2022", "Sept. 12, 2019 at 9:30 a.m.", "14 de marzo de 2022",
            "Stand: 14.03.2022, 10.05 Uhr", "Thursday 3 December 2020 (UTC+05:30)", "2 сентября 2020 г.", "originally posted july 2020",
            "송고시간2023-08-14 11:32", "입력 2023.08.14. 오후 3:21", "Kompas.com - 21/02/2024, 14:35 WIB",
            "23/04/2024 07h15  Atualizado há 2 horas", "２０２３年１２月４日", "令和5年12月4日 15時30分",
            "2022-08-19 10:20:33\u3000来源：蓉城晚讯\u3000作者：记者 王晓东", "发布时间：2022-08-19 10:20");

    @Example
    void theDatelinesReadAsSuchThroughTheCheapLook() {
        for (String d : DATELINES) {
            assertFalse(Datelines.hasProseWord(d), d);
            assertTrue(Datelines.is(d), d);
        }
        assertTrue(Datelines.hasProseWord("The mayor resigned in March 2021 after weeks of argument."));
        // Chinese prose with a date: its comma says it is a sentence, however few its words
        assertFalse(Datelines.is("2022年8月19日，记者从成都市获悉"));
    }

    @Example
    void noLineOfTheRepositorysSeedsTurnedAwayReadsAsADateline() {
        List<String> lines = RepositorySeedLines.all();
        lines.forEach(DatelinesPrecheckTest::assertNotTurnedAwayWrongly);
        assertTrue(lines.size() > 500, "lines read: " + lines.size());
    }

    @Provide
    Arbitrary<String> lines() {
        List<String> pieces = new ArrayList<>(List.of(" ", "  ", ", ", "|", " | ", ":", ": ", "-", " - ", "—", ".", "(", ")", "/", "T",
                "z", "Z", "zon", "+", "_", "é", "2022", "2020-04-02", "2020-04-02T10:00-z", "14/03/2022", "3.4.2022", "9", "14", "5:00", "08:40", "18h09",
                "10.05", "am", "a.m.", "pm", "p", "m", "st", "th", "er", "de", "GMT", "UTC", "IST", "Uhr", "on", "the", "said", "mayor",
                "Jane", "Roe", "CHENNAI", "by", "Von", "г.", "года", "в", "à", "jour", "mis", "mise", "first", "last", "stand"));
        for (String d : DATELINES) pieces.addAll(List.of(d.split("(?<=\\s)|(?=[/|:(),.-])")));
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(10)
                .flatMap(ps -> Arbitraries.of(0, 1, 2).map(caseOf -> {
                    String joined = String.join("", ps);
                    return caseOf == 0 ? joined : caseOf == 1 ? joined.toUpperCase(Locale.ROOT) : joined.toLowerCase(Locale.ROOT);
                }));
    }

    @Property(tries = 30_000)
    void aLineWithAProseWordNeverReadsAsADateline(@ForAll("lines") String line) {
        assertNotTurnedAwayWrongly(line);
    }

    private static void assertNotTurnedAwayWrongly(String line) {
        if (Datelines.hasProseWord(line)) assertFalse(Datelines.reads(line), "turned away, yet a dateline: " + line);
    }
}

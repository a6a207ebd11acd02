package org.dossier.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rows outlets put their date in, with what the row carries beside it in their language: the Polish hour
 * ("godz."), a reading time in Czech, Slovak or Polish, the source, a weekday and a view count or type-size buttons in
 * Chinese, Korean and Japanese. They are datelines; prose that holds the same words is not.
 */
class InfoRowDatelinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Poniedziałek, 4 marca 2024, godz. 08:10
            4 marca 2024 r., godz. 8:10
            Data dodania: 04.03.2024, 08:10
            4. března 2024 | Redakce | Čtení na 2 minuty
            4. března 2024 | ČTK | 2 min čtení
            Pondelok, 4. marca 2024 | Redakcia | Čítanie na 2 minúty
            04.03.2024 08:10 | Czas czytania: 2 min
            2024-03-04 08:10　来源：江南日报　作者：记者 周敏　浏览次数：871
            2024年3月4日 星期一 08:10 来源：江南日报 点击：1,204次
            发布日期：2024-03-04 来源：江南日报 【字号：大 中 小】
            기사입력 2024.03.04. 오전 8:10 | 조회수 2,310
            """)
    void anOutletsInfoRowIsADateline(String line) {
        assertEquals(true, Datelines.is(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Czas czytania raportu z 2023 roku to około 40 minut
            Na przystanku czekało 40 osób o godz. 8:10 w 2024 roku
            2024年全市阅读推广活动共吸引3000人参加
            """)
    void proseWithTheRowsWordsIsNoDateline(String line) {
        assertEquals(false, Datelines.is(line), line);
    }
}

package org.dossier.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {
    @ParameterizedTest
    @ValueSource(strings = {"He declined to comment.", "Why now?", "“We will win,” she said.”", "(See below.)", "Thanks!",
            "他说。", "「行く」』。", "Il a dit : « Non. »"})
    void aFullStopQuestionOrExclamationMarkEndsASentenceEvenInsideQuotes(String line) {
        assertTrue(Sentences.endsLikeSentence(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more...", "Ten places to travel in 2020…", "Politics", "World News", "As she put it:", "", "“"})
    void anEllipsisALabelOrAColonEndsNone(String line) {
        assertFalse(Sentences.endsLikeSentence(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"More…", "Read more..."})
    void aLabelThatBreaksOffWithAnEllipsisIsASectionLabelNotASentence(String line) {
        assertTrue(Headlines.isSectionLabel(line), line);
    }
}

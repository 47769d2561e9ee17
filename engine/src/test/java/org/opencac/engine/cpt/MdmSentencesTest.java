package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the MDM reading cuts a text into sentences and list lines. */
class MdmSentencesTest {

    @Test
    void cutsAtPeriodsLineBreaksAndSemicolonsLeavingNoEmptyPiece() {
        assertEquals(List.of("stable hypertension", " continue lisinopril", " recheck in 3 months", " labs ordered"),
                MdmAssessor.sentences("stable hypertension; continue lisinopril. recheck in 3 months.\n\n labs ordered\n"));
        assertEquals(List.of(), MdmAssessor.sentences(".;\n"));
        assertEquals(List.of("no break"), MdmAssessor.sentences("no break"));
    }

    @Test
    void givesTheNonEmptyPiecesOfARegexSplit() {
        for (String text : List.of("", "a.b", ".a..b;\nc.", "x;y\nz", "one. two.\nthree; four")) {
            List<String> bySplit = Arrays.stream(text.split("[.\\n;]")).filter(s -> !s.isEmpty()).toList();
            assertEquals(bySplit, MdmAssessor.sentences(text), text);
        }
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings section of a study whose statement names no condition (an indication, then findings and
 * recommendations) is the study's interpretation: its diseases are coded (Guidelines IV.K); a note that writes a
 * diagnosis or an impression keeps its findings as an account of the operation.
 */
class StudyFindingsAsInterpretationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("IV.K: an endoscopy's findings with only recommendations after them are its diagnoses",
                        "INDICATION:\nAnemia.\nFINDINGS:\n1. Hiatal hernia.\n2. Chronic gastritis.\n"
                                + "RECOMMENDATIONS:\n1. Await the biopsy results.\n", "K44.9", ""),
                out("IV.K: a postoperative diagnosis keeps the operation's findings an account",
                        "POSTOPERATIVE DIAGNOSIS:\nAnemia.\nFINDINGS:\n1. Hiatal hernia.\n"
                                + "RECOMMENDATIONS:\n1. Await the biopsy results.\n", "", "K44.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sentence of an operation's account that introduces the patient by age describes the patient, not what the
 * surgeon saw: a condition written as the patient's adjective ("a 45-year-old morbidly obese man") is coded as
 * the same words in the history would be (Guidelines III, IV.J: conditions that coexist and affect the care).
 */
class PatientDescribedInOperationAccountTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("IV.J a morbid obesity the introducing sentence gives the patient is the patient's own",
                        "PREOPERATIVE DIAGNOSIS:\nTear of the left medial meniscus.\nPOSTOPERATIVE DIAGNOSIS:\nSame.\n"
                                + "FINDINGS:\nThis is a 45-year-old morbidly obese man who failed therapy. The posterior"
                                + " horn was torn.\n", "E66.01", ""),
                out("IV.J a condition told after the introduction's noun is still read as the account's",
                        "PREOPERATIVE DIAGNOSIS:\nTear of the left medial meniscus.\nPOSTOPERATIVE DIAGNOSIS:\nSame.\n"
                                + "FINDINGS:\nThis is a 45-year-old man. Synovitis was seen in the notch.\n", "", "M65.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineHolds(ConventionCase c) {
        c.check();
    }
}

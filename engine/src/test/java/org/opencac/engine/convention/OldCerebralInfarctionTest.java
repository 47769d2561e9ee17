package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cerebral infarction is coded (I63) for the episode of the acute stroke; one named among the conditions and
 * long-term therapies the patient lives with is a past one, reported by its personal history code (Z86.73).
 */
class OldCerebralInfarctionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.9.d.3 a stroke named as a reason for a long-term anticoagulant is a past one",
                        "HISTORY OF PRESENT ILLNESS:\nHe takes Coumadin because of atrial fibrillation and stroke."
                                + " Today he has a sore throat.\n", "Z86.73", "I63.9"),
                out("I.C.9.d.3 a stroke named among standing conditions of a diagnosis list is a past one",
                        "DIAGNOSES:\nHypertension, type 2 diabetes, stroke and hypothyroidism.\n", "Z86.73",
                        "I63.9"),
                out("I.C.9.d.3 a stroke of this encounter stays current",
                        "HISTORY OF PRESENT ILLNESS:\nShe presents today with an acute stroke.\n", "I63.9", "Z86.73"),
                out("I.C.9.d.3 a stroke beside a long-term anticoagulant in an acute context stays current",
                        "HISTORY OF PRESENT ILLNESS:\nShe was admitted with a stroke although she takes Coumadin for"
                                + " atrial fibrillation.\n", "I63.9", "Z86.73"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tobacco use told in the past tense or not known (Guidelines I.C.21.c.4, I.C.5.b). */
class PastSubstanceUseConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.21.c.4 a patient who used to smoke is a former smoker",
                        "SOCIAL HISTORY:\nHe used to smoke a pack a day for ten years.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n", "J02.9 Z87.891", "F17.210"),
                out("I.C.21.c.4 a medicine used to treat a condition leaves the condition current",
                        "ASSESSMENT:\n1. Acute pharyngitis.\n2. Essential hypertension, lisinopril is used to"
                                + " treat hypertension.\n", "J02.9 I10", ""),
                out("a tobacco history that is unknown is not coded",
                        "SOCIAL HISTORY:\nUnknown history of tobacco use.\nASSESSMENT:\n1. Acute pharyngitis.\n",
                        "J02.9", "Z87.891 F17.210 Z72.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

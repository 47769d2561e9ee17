package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An anticoagulant the narrative names as the patient's therapy, or one the patient is to stop or hold, is taken
 * as the encounter begins: long-term use (Guidelines I.C.21.c.3); one to start is not yet.
 */
class AnticoagulantTherapyStatusTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.21.c.3: an anticoagulant the patient wants to stop is current therapy",
                        "HISTORY OF PRESENT ILLNESS:\nHe feels tired and blames it on his warfarin therapy."
                                + " He would like to stop the warfarin.\n", "Z79.01", ""),
                out("I.C.21.c.3: an anticoagulant to start is not yet long-term use",
                        "HISTORY OF PRESENT ILLNESS:\nWe will start warfarin therapy next week.\n", "", "Z79.01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

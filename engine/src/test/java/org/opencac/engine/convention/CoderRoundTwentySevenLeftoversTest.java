package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms a coder round noticed and left: a bipolar disorder's manic episode with psychosis written after a
 * comma or as "BAD", a measurement's monitoring for a diagnosed condition read as a possibility, and an acute
 * respiratory infection told as over that was coded as current or as a history code.
 */
class CoderRoundTwentySevenLeftoversTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("Index: bipolar disorder, current episode manic, with psychotic features",
                        "IMPRESSION:\n1. Bipolar affective disorder, manic with psychotic features.\n", "F31.2",
                        "F31.9 F29"),
                out("BAD in capitals beside a mood word is the bipolar affective disorder",
                        "AXIS I:\nBAD, manic with psychosis.\n", "F31.2", "F31.9 F29"),
                out("bad the plain word is no disorder",
                        "HISTORY:\nShe had a bad fall on the ice and her mood is fine.\nASSESSMENT:\n1. Sprain of"
                                + " right wrist.\n", "S63.501A", "F31.9"),
                out("a measurement monitored for a diagnosed condition names the condition",
                        "PROCEDURE:\nParathyroid exploration using PTH monitoring for parathyroid"
                                + " hyperplasia.\n", "E21.0", ""),
                out("monitoring for signs of a condition stays a possibility",
                        "PLAN:\nWe will keep monitoring for signs of infection at the pin sites.\n", "", "B99.9"),
                out("an acute upper respiratory infection told as over is neither current nor a history code",
                        "HISTORY OF PRESENT ILLNESS:\nIn March she had an upper respiratory infection and cough which"
                                + " got better with rest.\nASSESSMENT:\n1. Essential hypertension.\n", "I10",
                        "J06.9 Z87.09"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DSM-5 substance use disorders by their severity in whatever order the note writes it: mild is abuse (.10),
 * moderate or severe dependence (.20), no severity the substance's use (.90).
 */
class SubstanceUseDisorderSeverityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.5.b moderate stimulant use disorder after a comma is stimulant dependence",
                        "ASSESSMENT:\n1. Stimulant use disorder, moderate.\n", "F15.20", "F15.90"),
                out("I.C.5.b mild sedative use disorder before its noun is sedative abuse",
                        "ASSESSMENT:\n1. Mild sedative use disorder.\n", "F13.10", "F13.90"),
                out("I.C.5.b severe hallucinogen use disorder is hallucinogen dependence",
                        "ASSESSMENT:\n1. Severe hallucinogen use disorder.\n", "F16.20", "F16.90"),
                out("I.C.5.b an opioid use disorder of no severity is opioid use, not an induced disorder",
                        "ASSESSMENT:\n1. Opioid use disorder.\n", "F11.90", "F11.99"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

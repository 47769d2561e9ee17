package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deep vein thrombosis of a leg told once without its vein and once by the vein is one thrombosis
 * (same_condition.json classDefaults), through the full pipeline.
 */
class DeepVeinThrombosisOneConditionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("the right leg's thrombosis of no named vein beside the right femoral vein's is that thrombosis",
                        "ASSESSMENT:\n1. Acute thrombosis of the common femoral and right femoral veins.\n"
                                + "PLAN:\n1. Doppler study to follow the deep venous thrombosis in the right leg.\n",
                        "I82.411", "I82.401"),
                out("the right leg's thrombosis of no named vein stays beside the left femoral vein's: two legs",
                        "ASSESSMENT:\n1. Deep vein thrombosis of the left femoral vein.\n"
                                + "2. Deep vein thrombosis of the right leg.\n",
                        "I82.412 I82.401", "I82.403"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

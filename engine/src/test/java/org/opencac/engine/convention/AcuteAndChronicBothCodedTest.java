package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guidelines I.B.8: a condition described as both acute and chronic, with separate Index subentries at one level,
 * takes both codes. The chronic form's code keeps its qualifier: the "acute" of the same phrase names the other
 * form, not a detail of the chronic one.
 */
class AcuteAndChronicBothCodedTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.B.8 acute and chronic gastritis takes the acute and the chronic code",
                        "FINDINGS:\nThe antrum shows acute and chronic gastritis on biopsy.\n", "K29.00 K29.50", ""),
                out("I.B.8 a chronic gastritis alone stays chronic",
                        "IMPRESSION:\nChronic gastritis, no ulcer seen.\n", "K29.50", "K29.00"),
                out("I.A.9 an acute gastritis alone stays acute",
                        "IMPRESSION:\nAcute gastritis, no bleeding seen.\n", "K29.00", "K29.50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineHolds(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A class default ("deterioration of renal function", N28.9) that an Excludes1 note keeps apart from a condition of
 * its class the note names (a chronic kidney disease N18.9, a glomerulonephritis N05.9) gives way to that condition,
 * whichever the note tells first (Excludes1Check reading same_condition.json classDefaults), through the full
 * pipeline.
 */
class NamedConditionOverItsClassDefaultTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                in("a worse renal function told first is the chronic kidney disease of the history",
                        "A woman of seventy was brought to hospital with a deterioration of renal function.\n"
                                + "Her past history included hypothyroidism and chronic renal failure of unknown "
                                + "cause.\n",
                        "N18.9", "N28.9"),
                in("a worse renal function told first is the glomerulonephritis a biopsy later names",
                        "A man of fifty was seen for a deterioration of renal function.\n"
                                + "A kidney biopsy later showed a glomerulonephritis with crescents.\n",
                        "N05.9", "N28.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

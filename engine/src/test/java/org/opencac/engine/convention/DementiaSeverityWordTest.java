package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * I.C.5.d: a severity word written before a senile dementia chooses the severity child of F03 (mild F03.A0,
 * moderate F03.B0, severe F03.C0), not the unspecified F03.90.
 */
class DementiaSeverityWordTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("mild senile dementia is F03.A0",
                        "DISCHARGE DIAGNOSES:\n1. Chronic obstructive lung disease.\n2. Mild senile dementia.\n",
                        "F03.A0", "F03.90"),
                out("a moderate senile-type dementia is F03.B0",
                        "ASSESSMENT:\n1. Moderate senile-type dementia.\n", "F03.B0", "F03.90"),
                out("severe senile dementia is F03.C0",
                        "ASSESSMENT:\n1. Severe senile dementia, lives in a care home.\n", "F03.C0", "F03.90"),
                out("senile dementia without a severity word stays F03.90",
                        "ASSESSMENT:\n1. Senile dementia.\n", "F03.90", "F03.A0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void severityWordChoosesChild(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * I.C.5.d: a severity word written with a dementia chooses the severity child of its category (mild F03.A0,
 * moderate F03.B0, severe F03.C0; F01.A-/B-/C- for a vascular dementia), not the unspecified severity: the Tabular's
 * child choice reads the word, no lexicon row per severity.
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
                out("a moderate vascular dementia is F01.B0",
                        "ASSESSMENT:\n1. Moderate vascular dementia.\n2. Essential hypertension.\n", "F01.B0", "F01.50"),
                out("a mild multi-infarct dementia is F01.A0",
                        "IMPRESSION:\nMild multi-infarct dementia, followed by neurology.\n", "F01.A0", "F01.50"),
                out("a mild presenile dementia is F03.A0",
                        "ASSESSMENT:\n1. Mild presenile dementia.\n", "F03.A0", "F03.90"),
                out("a severe vascular dementia with agitation keeps both details",
                        "ASSESSMENT:\n1. Vascular dementia, severe, with agitation.\n", "F01.C11", "F01.511"),
                out("senile dementia without a severity word stays F03.90",
                        "ASSESSMENT:\n1. Senile dementia.\n", "F03.90", "F03.A0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void severityWordChoosesChild(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mass an imaging study reports is an abnormal finding on diagnostic imaging (R22 Excludes1 R90-R93); a mass
 * found by examining the patient stays a localized swelling, mass and lump.
 */
class MassOnImagingTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("R22 Excludes1 a mass a chest CT shows is an abnormal imaging finding of the lung field",
                        "HISTORY OF PRESENT ILLNESS:\nLast month a CT of the chest showed a large right mass.\n",
                        "R91.8", "R22.2"),
                out("R22 Excludes1 a study named before its date still reports the mass after it",
                        "HISTORY OF PRESENT ILLNESS:\nAn MRI of the spine, done in May, demonstrated a soft tissue mass"
                                + " behind the vertebra.\n", "R93.89", "R22.9 R93.8"),
                out("R22 Excludes1 a chest wall mass in a CT report's findings is an imaging finding, not of the lung",
                        "EXAM: CT of the chest with contrast.\nHISTORY: Cough.\nFINDINGS: There is a large mass of the"
                                + " left chest wall.\n", "R93.89", "R22.2 R91.8 R93.8"),
                out("R22.2 a mass the patient felt stays a localized mass though a later CT shows it",
                        "HISTORY: Two weeks ago she felt a mass in her chest, and a CT of the chest showed it.\n",
                        "R22.2", "R91.8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A radiculopathy whose limb names its spinal region, a mass whose site word lies in the neck (coded as the
 * sign when the malignancy is only to be ruled out, outpatient IV.H), and an edema of a cerebral lobe's white
 * matter, which is the brain's.
 */
class SiteNamedByItsLimbOrNeckWordTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("lexicon: a radiculopathy of the lower extremity is lumbar",
                        "DIAGNOSES:\n1. Chronic right lower extremity radiculopathy.\n", "M54.16", "M54.10"),
                out("lexicon: a radiculopathy of the leg is lumbar",
                        "ASSESSMENT:\nLeft leg radiculopathy after lifting a box.\n", "M54.16", "M54.10"),
                out("lexicon: a radiculopathy of no stated limb stays unspecified",
                        "ASSESSMENT:\nRadiculopathy, workup pending.\n", "M54.10", "M54.16"),
                out("IV.H a hyoid mass with a carcinoma to rule out is the neck mass",
                        "POSTOPERATIVE DIAGNOSES:\n1. Left hyoid mass, rule out metastatic carcinoma.\n2. Anemia.\n",
                        "R22.1", "C80.1"),
                out("lexicon: a supraclavicular mass is a mass of the neck",
                        "ASSESSMENT:\nFirm supraclavicular mass on the right, biopsy planned.\n", "R22.1", ""),
                out("Index: edema of the white matter of a cerebral lobe in the impression is edema of the brain",
                        "IMPRESSION:\n1. Marked edema of the white matter of the left occipital and temporal lobes.\n",
                        "G93.6", "R60.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

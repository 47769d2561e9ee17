package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A complex regional pain syndrome I (reflex sympathetic dystrophy) told with its limb is coded to that limb's
 * subcategory (Tabular G90.51-, G90.52-), to the side or both sides documented (Guidelines I.B.13); told with no
 * limb it stays G90.50.
 */
class RegionalPainSyndromeLimbTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("G90.523: both lower limbs named",
                        "ASSESSMENT:\n1. Reflex sympathetic dystrophy of both lower extremities.\n", "G90.523",
                        "G90.50 G90.529"),
                out("G90.522: the left leg named",
                        "ASSESSMENT:\n1. Reflex sympathetic dystrophy of the left leg.\n", "G90.522", "G90.50"),
                out("G90.511: the right arm named after the syndrome",
                        "DIAGNOSIS:\n1. Complex regional pain syndrome, right upper extremity.\n", "G90.511",
                        "G90.50"),
                out("G90.50: no limb named",
                        "ASSESSMENT:\n1. Complex regional pain syndrome.\n", "G90.50", "G90.529 G90.519"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

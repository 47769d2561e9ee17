package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clinical wordings the lexicon reads as the Index does: emesis likened to coffee grounds is hematemesis (K92.0), a
 * stitch abscess is an infection of the superficial incisional site (Index: Abscess, stitch; T81.41XA), and an
 * inferoapical infarction is one of the inferior wall (I21.19).
 */
class CoffeeGroundStitchAbscessAndInferoapicalInfarctTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("coffee ground-like emesis is hematemesis",
                        "ASSESSMENT:\n1. Coffee ground-like emesis, hemoglobin stable.\n", "K92.0", "R11.10"),
                out("a stitch abscess is a superficial incisional site infection",
                        "ASSESSMENT:\n1. Stitch abscess of the lower midline incision.\n", "T81.41XA", "L02.91"),
                out("an inferoapical myocardial infarction is of the inferior wall",
                        "ASSESSMENT:\n1. Inferoapical myocardial infarction last week.\n", "I21.19", "I21.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wordingReachesIndexCode(ConventionCase c) {
        c.check();
    }
}

package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A swallow study's weak phase of swallowing (or deglutition) is the dysphagia of that phase (Index: Dysphagia,
 * oral phase R13.11; pharyngeal phase R13.13), which refines the dysphagia the request names (R13.10).
 */
class WeakPhaseOfSwallowingTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("a weak oral phase of swallowing is oral phase dysphagia",
                        "SYMPTOM: Dysphagia.\nIMPRESSION: Mild weakness of the oral phase of swallowing.\n",
                        "R13.11", "R13.10"),
                out("a weak pharyngeal phase of deglutition is pharyngeal phase dysphagia",
                        "SYMPTOM: Dysphagia.\nIMPRESSION: Weakness of the pharyngeal phase of deglutition.\n",
                        "R13.13", "R13.10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weakPhaseIsThatPhasesDysphagia(ConventionCase c) {
        c.check();
    }
}

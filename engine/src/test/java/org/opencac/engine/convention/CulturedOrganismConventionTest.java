package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A culture result that names the organism of a condition of the same statement: the condition is coded as the
 * combination code of that organism (Index "Pneumonia, Klebsiella" J15.0), the agent code reported within it.
 */
class CulturedOrganismConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("a sputum culture in the next sentence of the same item names the pneumonia's organism",
                        "ASSESSMENT AND PLAN:\n1. Left lower lobe pneumonia. Sputum culture grew Klebsiella pneumoniae."
                                + " Will continue ceftriaxone.\n2. Hypertension.\n", "J15.0 I10", "J18.9 B96.1"),
                out("cultures positive for the organism in the pneumonia's own sentence",
                        "ASSESSMENT:\nPneumonia, with sputum cultures positive for Pseudomonas aeruginosa.\n",
                        "J15.1", "J18.9 B96.5"),
                out("blood cultures beside a sepsis of unstated organism name it",
                        "ASSESSMENT:\nSepsis; blood cultures grew Escherichia coli.\n", "A41.51", "A41.9 B96.20"),
                out("a urine culture is not the pneumonia's organism",
                        "ASSESSMENT:\nPneumonia. Urine culture grew Klebsiella pneumoniae.\n", "J18.9", "J15.0"),
                out("an organism without a culture result is not linked to the pneumonia",
                        "ASSESSMENT:\nPneumonia. History of Klebsiella pneumoniae exposure at work.\n", "J18.9",
                        "J15.0"),
                out("a culture of another paragraph is not the pneumonia's statement",
                        "ASSESSMENT:\nPneumonia.\n\nSputum culture grew Pseudomonas aeruginosa last year.\n", "J18.9",
                        "J15.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

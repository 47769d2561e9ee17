package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A streptococcus of no named species (Index "Pneumonia, streptococcal NEC" J15.4) whose species the note names
 * elsewhere as the pneumococcus is coded to that species (J13), the most specific code documented; the
 * clinician's short names of Streptococcus pneumoniae ("strep pneumo", "S. pneumoniae") are that species.
 * Team-written sentences.
 */
class DocumentedSpeciesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("a streptococcal pneumonia of a note naming a pneumococcal sepsis is the pneumococcal pneumonia",
                        "ASSESSMENT:\n1. Streptococcal pneumonia.\nPLAN: Blood cultures show pneumococcal sepsis, on"
                                + " ceftriaxone.\n", "J13", "J15.4"),
                out("a streptococcal pneumonia of a note naming no species stays streptococcal NEC",
                        "ASSESSMENT:\n1. Streptococcal pneumonia, improving on antibiotics.\n", "J15.4", "J13"),
                out("a group A streptococcus beside a pneumococcal sepsis keeps its own code",
                        "ASSESSMENT:\n1. Group A streptococcal pneumonia.\n2. Pneumococcal sepsis.\n", "", "J13"),
                out("strep pneumo is Streptococcus pneumoniae",
                        "ASSESSMENT:\n1. Strep pneumo pneumonia of the right lower lobe.\n", "J13", "J15.4"),
                out("S. pneumoniae is Streptococcus pneumoniae",
                        "ASSESSMENT:\n1. Pneumonia due to S. pneumoniae, on penicillin.\n", "J13", "J15.4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}

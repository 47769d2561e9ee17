package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Word senses decided by the sentence: a vaccine named by its abbreviation or product name is an immunization
 * given at this encounter (Z23) only when its sentence says "today"; a wound culture names a specimen, not an open
 * wound; the wound of an eye operation checked for water tightness is its incision, not an eye injury.
 */
class VaccineAndWoundSenseTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("Z23: vaccines named by their abbreviations and given today are the encounter for immunization",
                        "PLAN:\n1. Healthy toddler.\n2. He is to get DTaP and IPV today after the visit.\n", "Z23", ""),
                out("Z23: a vaccine product given today is the encounter for immunization",
                        "PLAN:\nHer first Varivax dose today in the right thigh.\n", "Z23", ""),
                out("Z23: a vaccine product of an earlier year is an immunization status",
                        "IMMUNIZATIONS:\nHe got Pneumovax three years ago at his clinic.\n", "", "Z23"),
                out("Z23: mismatch-repair staining is no vaccine",
                        "PATHOLOGY:\nThe colon adenocarcinoma keeps MMR protein expression on staining.\n", "", "Z23"),
                out("S81.8: a wound culture from the leg is a specimen, not an open wound of the leg",
                        "LABORATORY:\nThe wound culture taken from the left leg last week grew Pseudomonas.\n",
                        "", "S81.801A S81.802A S81.809A T14.8XXA"),
                out("S05.9: the wound of an eye operation checked for water tightness is its incision",
                        "PROCEDURE:\nNext the operative eye wound was checked for tightness and found sealed.\n",
                        "", "S05.90XA S05.91XA S05.92XA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void senseCase(ConventionCase c) {
        c.check();
    }
}

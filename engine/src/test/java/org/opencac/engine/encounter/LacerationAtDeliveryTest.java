package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the record of a delivery a laceration of the vagina and vulva is obstetric trauma (Guidelines I.C.15.a):
 * by its degree a perineal laceration (O70.0-O70.3), told of the vagina alone O71.4 (Index: Laceration, vagina,
 * during delivery; Laceration, perineum, female, during delivery). Outside a delivery it keeps its injury code.
 */
class LacerationAtDeliveryTest {
    private static final String DELIVERY = "HISTORY: She is a 29-year-old G2 P1 at 39 weeks' gestation admitted in "
            + "active labor.\n\nPROCEDURE: Spontaneous vaginal delivery.\n\n";

    @Test
    void aVaginalTearOfADegreeAtDeliveryIsThatDegreesPerinealLaceration() {
        List<String> codes = inpatientCodes(DELIVERY + "FINDINGS: Inspection showed a second-degree laceration of "
                + "the vagina, which was repaired with absorbable suture.\n");
        assertTrue(codes.contains("O70.1"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S31")), codes.toString());
    }

    @Test
    void aTearToldOnlyByItsDegreeAtDeliveryIsThatDegreesPerinealLaceration() {
        List<String> codes = inpatientCodes(DELIVERY + "FINDINGS: The baby crowned quickly and she had a small "
                + "second-degree tear, which was repaired with absorbable suture.\n");
        assertTrue(codes.contains("O70.1"), codes.toString());
    }

    @Test
    void aMidlineTearOfTheThirdDegreeStaysBesideTheWordPregnant() {
        // "pregnant" reads as the incidental pregnant state (Z33.1), whose Excludes1 note sends the complications
        // of pregnancy to chapter 15: the laceration is reported, the incidental state is not, whatever the list's order
        List<String> codes = inpatientCodes("DIAGNOSES:\n1. Pregnant at 40 weeks.\n2. Third-degree midline tear.\n\n"
                + "HISTORY: She is a 31-year-old G3 P2 admitted in active labor.\n\nPROCEDURE: Spontaneous vaginal "
                + "delivery over a third-degree midline tear, which was repaired in layers.\n");
        assertTrue(codes.contains("O70.20"), codes.toString());
        assertFalse(codes.contains("Z33.1"), codes.toString());
    }

    @Test
    void aLigamentTornToTheSecondDegreeOutsideADeliveryHasNoObstetricCode() {
        List<String> codes = inpatientCodes("HISTORY: He twisted his knee playing football.\n\n"
                + "ASSESSMENT: Second-degree tear of the medial collateral ligament of the right knee.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("O")), codes.toString());
    }

    @Test
    void aVaginalWallTearOfNoDegreeAtDeliveryIsAVaginalLaceration() {
        List<String> codes = inpatientCodes(DELIVERY + "FINDINGS: Inspection showed a laceration of the left "
                + "vaginal wall, which was repaired with absorbable suture.\n");
        assertTrue(codes.contains("O71.4"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S31")), codes.toString());
    }

    @Test
    void aVaginalTearOutsideADeliveryKeepsItsInjuryCode() {
        List<String> codes = inpatientCodes("HISTORY: She fell astride the bar of her bicycle this morning.\n\n"
                + "FINDINGS: Inspection showed a laceration of the vagina, which was repaired with absorbable suture.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("O7")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S31.41")), codes.toString());
    }
}

package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A limb named by its part of the body ("lower limb", "upper extremity") is the Tabular's leg or arm, and the
 * groin the lower quadrant of its side, so the side the clause writes reaches the sided code (Guidelines I.B.13).
 */
class SidedLimbAndGroinTest {
    @Test
    void aSidedLowerLimbIsTheLegOfThatSide() {
        CodingResult r = outpatient("Assessment: she reports pain of the left lower limb for two weeks.");
        assertSuggested(r, "M79.605", 3);
        assertNotSuggested(r, "M79.609");
    }

    @Test
    void aSidedUpperLimbIsTheArmOfThatSide() {
        assertSuggested(outpatient("Assessment: right upper limb pain after lifting boxes."), "M79.601", 3);
    }

    @Test
    void aSidedGroinPainIsTheLowerQuadrantOfThatSide() {
        CodingResult r = outpatient("Assessment: left inguinal pain, worse on climbing stairs.");
        assertSuggested(r, "R10.32", 3);
        assertNotSuggested(r, "R10.30");
    }

    @Test
    void aLimbOfNoStatedSideGetsNoSideFromAnotherFinding() {
        CodingResult r = outpatient("Assessment:\n1. Lower limb pain.\n2. Right knee effusion.");
        assertNotSuggested(r, "M79.604");
        assertNotSuggested(r, "M79.605");
        assertSuggested(r, "M25.461", 3);
    }

    @Test
    void aWholeLimbIsNeverItsUpperArmOrLowerLeg() {
        assertNotSuggested(outpatient("Assessment: muscle atrophy of the left lower limb."), "M62.562");
        assertNotSuggested(outpatient("Assessment: burn of the left upper extremity."), "T22.032A");
    }
}

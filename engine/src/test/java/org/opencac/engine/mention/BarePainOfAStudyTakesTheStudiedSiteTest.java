package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNoCodeStartingWith;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A study report whose indication names a bare symptom ("INDICATION: Pain.") was done for that symptom of the site
 * its title names: pain of the left wrist for views of the left wrist (Guidelines IV.K); a title naming no site of
 * the symptom leaves it uncoded (team-written).
 */
class BarePainOfAStudyTakesTheStudiedSiteTest {

    @Test
    void theIndicationsPainIsThePainOfTheStudiedJoint() {
        assertSuggested(outpatient("EXAM: Two views of the left wrist.\nINDICATION: Pain.\nFINDINGS: No fracture is"
                + " seen. The joint spaces are preserved.\nIMPRESSION: Normal left wrist."), "M25.532", 1);
        assertSuggested(outpatient("EXAM: MRI of the right knee without contrast.\nCLINICAL: Pain.\nFINDINGS: The"
                + " menisci and ligaments are intact.\nIMPRESSION: Normal MRI of the right knee."), "M25.561", 1);
    }

    @Test
    void aChestFilmForPainIsForChestPain() {
        assertSuggested(outpatient("EXAM: Chest x-ray, two views.\nINDICATION: Pain.\nFINDINGS: The lungs are"
                + " clear.\nIMPRESSION: No acute process."), "R07.9", 1);
    }

    @Test
    void aTitleNamingNoSiteOfThePainLeavesItUncoded() {
        assertNoCodeStartingWith(outpatient("EXAM: Head MRI, no contrast given.\nINDICATION: Pain.\nFINDINGS:"
                + " No mass or hemorrhage.\nIMPRESSION: Normal study."), "M25", "M54", "M79", "R07", "R10", "R52");
    }
}

package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A cross-reference "see X, by site, Y" sends the coder to the site's subterm under X and then to its subterm Y:
 * "Stump, see Amputation, see Absence, by site, acquired" is the acquired absence of the organ (the rectum's
 * "acquired" subterm, Z90.49), not the congenital absence the site prints first (Q42.1); "Tear, tendon, see
 * Strain", whose tendon subterm refers to "Injury, muscle, by site, strain", is the strain of the muscle and
 * tendon named (S46.21-), not its unspecified injury (S46.20-).
 */
class BySiteReferenceTakesItsLaterPartsTest {

    @Test
    void aRectalStumpLeftAfterAColectomyIsTheAcquiredAbsenceNotTheCongenitalOne() {
        CodingResult r = inpatient("After the colectomy a rectal stump was left closed in the pelvis.");
        assertSuggested(r, "Z90.49", 3);
        assertNotSuggested(r, "Q42.1");
    }

    @Test
    void aTornBicepsTendonIsTheStrainTheIndexNamesAfterTheSite() {
        CodingResult r = inpatient("The MRI found a partial tear in the biceps tendon.");
        assertNotSuggested(r, "S46.209A");
        assertSuggested(r, "S46.219A", 3);
    }
}

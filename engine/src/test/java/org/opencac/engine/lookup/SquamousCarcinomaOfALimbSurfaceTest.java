package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A squamous cell carcinoma on a hand or a foot: the Index sends the carcinoma to the Neoplasm table by site, whose
 * only row for the region is the ill-defined "hand NEC" (C76.4-); a squamous cell carcinoma of the body surface
 * there is a skin cancer, coded to the skin of the limb (C44.62-, C44.72-). A squamous cell carcinoma of an organ
 * keeps its organ's row (team-written sentences).
 */
class SquamousCarcinomaOfALimbSurfaceTest {

    @Test
    void aSquamousCellCarcinomaOnTheHandIsASkinCancerOfTheLimb() {
        CodingResult hand = outpatient("Preoperative diagnosis: squamous cell carcinoma on the left hand.");
        assertSuggested(hand, "C44.629", 3);
        assertNotSuggested(hand, "C76.42");
        assertSuggested(outpatient("Diagnosis: squamous cell carcinoma of the right foot, excised."), "C44.722", 3);
    }

    @Test
    void anotherMorphologyOrAnOrganKeepsItsRow() {
        assertSuggested(outpatient("Assessment: squamous cell carcinoma of the right tonsil."), "C09.9", 3);
        assertSuggested(outpatient("Diagnosis: carcinoma of the left hand, type not yet known."), "C76.42", 3);
    }
}

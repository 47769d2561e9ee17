package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Angina is the patient's complaint, which no operation sees, so told in the account of a procedure it is the
 * reason for it and is coded with the coronary disease the study shows; lymph nodes told positive for disease
 * beside a malignancy are its secondary site (C77), not a disease of the nodes (I89.9); a cancer found at an age in
 * years old is a past one, with its personal history code.
 */
class AnginaReasonAndNodalSpreadTest {

    @Test
    void anginaToldInTheProcedureAccountIsItsReason() {
        CodingResult r = outpatientChecked("PROCEDURE: Stent of the right coronary artery.\n"
                + "DESCRIPTION OF PROCEDURE: Unstable angina, a severe narrowing of the right coronary artery.\n"
                + "IMPRESSION: Coronary artery disease of the right coronary artery, stented.");
        assertSuggested(r, "I25.110", 5);
        assertNotSuggested(r, "I25.10");
    }

    @Test
    void lymphNodesPositiveForDiseaseAreTheSecondarySite() {
        CodingResult r = outpatientChecked("Assessment: carcinoma of the colon. After the colectomy, two of 15 lymph "
                + "nodes were positive for disease.");
        assertSuggested(r, "C77.9", 10);
        assertNotSuggested(r, "I89.9");
    }

    @Test
    void aCancerFoundAtAnAgeInYearsOldIsAPastOne() {
        CodingResult r = outpatientChecked("Assessment: ankle sprain.\nPast medical history: asthma and thyroid "
                + "cancer. The thyroid cancer was diagnosed when 12 years old.");
        assertSuggested(r, "Z85.850", 10);
    }
}

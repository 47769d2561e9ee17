package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** Conditions told in two places that the Tabular reports with one code (team-written sentences). */
class OneIllnessToldTwiceTest {

    @Test
    void tonsilAndAdenoidHypertrophyToldApartAreTheCombinationCode() {
        CodingResult r = outpatient("Preoperative diagnoses: Adenoid hypertrophy. Hypertrophy of tonsils.\n"
                + "Operation: tonsillectomy and adenoidectomy.");
        assertSuggested(r, "J35.3", 3);
        assertNotSuggested(r, "J35.1");
        assertNotSuggested(r, "J35.2");
        // one of them alone keeps its own code
        CodingResult alone = outpatient("Preoperative diagnosis: Hypertrophy of tonsils.\nOperation: tonsillectomy.");
        assertSuggested(alone, "J35.1", 3);
        assertNotSuggested(alone, "J35.3");
    }

    @Test
    void aBipolarDisorderToldBesideSchizoaffectiveDisorderBipolarTypeIsThatDiagnosis() {
        CodingResult r = outpatient("Discharge diagnoses: Schizoaffective disorder, bipolar type.\n"
                + "Hospital course: this man with bipolar affective disorder came in with mood lability.");
        assertSuggested(r, "F25.0", 3);
        assertNotSuggested(r, "F31.9");
        assertSuggested(outpatient("Assessment: bipolar affective disorder, stable on lithium."), "F31.9", 3);
    }
}

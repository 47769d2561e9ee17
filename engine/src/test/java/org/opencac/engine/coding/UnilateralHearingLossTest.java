package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A conductive, sensorineural or mixed hearing loss of one named ear is the unilateral code of that ear (Index:
 * Loss, hearing, conductive, unilateral H90.1-), not the code of unspecified laterality.
 */
class UnilateralHearingLossTest {

    @Test
    void aConductiveLossOfTheRightEarIsUnilateralRight() {
        CodingResult r = inpatientChecked("DIAGNOSIS: Conductive hearing loss, right ear, after an old perforation.");
        NoteAssert.assertSuggested(r, "H90.11", 1);
        NoteAssert.assertNotSuggested(r, "H90.2");
    }

    @Test
    void aSensorineuralLossInTheLeftEarIsUnilateralLeft() {
        CodingResult r = inpatientChecked("DIAGNOSIS: Sensorineural hearing loss in the left ear.");
        NoteAssert.assertSuggested(r, "H90.42", 1);
        NoteAssert.assertNotSuggested(r, "H90.5");
    }

    @Test
    void aLossOfNoNamedEarKeepsTheUnspecifiedCode() {
        CodingResult r = inpatientChecked("DIAGNOSIS: Conductive hearing loss.");
        NoteAssert.assertSuggested(r, "H90.2", 1);
    }
}

package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/** A unit, ward or clinic named after a condition is a place of care, not the patient's condition. */
class PlaceOfCareNamedAfterAConditionTest {

    @Test
    void theDementiaUnitConsultedIsNoDementia() {
        assertNotSuggested(inpatient("After the hip repair, the dementia unit was asked about a bed for her."), "F03.90");
    }

    @Test
    void dementiaOfThePatientOnAWardIsStillCoded() {
        assertSuggested(inpatient("She has dementia and was admitted to the medical ward."), "F03.90", 5);
    }

    @Test
    void aFollowUpInTheGlaucomaClinicIsNoGlaucoma() {
        assertNotSuggested(inpatient("Her cup-to-disc ratio is large; she will be seen in the Glaucoma Clinic in spring."),
                "H40.9");
    }
}

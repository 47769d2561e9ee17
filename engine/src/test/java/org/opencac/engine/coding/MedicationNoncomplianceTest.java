package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * Noncompliance with the medication regimen has its own code (Z91.14-: the patient's other noncompliance with
 * medication regimen, Z91.148 when no financial hardship is told), apart from noncompliance with other treatment.
 */
class MedicationNoncomplianceTest {

    @Test
    void noncomplianceWithMedsOrWithTheMedicationRegimenIsMedicationNoncompliance() {
        assertSuggested(inpatient("ASSESSMENT: Heart failure exacerbation from noncompliance with meds.\n"), "Z91.148", 5);
        assertSuggested(inpatient("HISTORY: A man with epilepsy who is noncompliant with his medication regimen came"
                + " after a seizure.\n"), "Z91.148", 5);
        assertSuggested(inpatient("HISTORY: A woman with schizophrenia who had not been compliant with medications"
                + " for a month.\n"), "Z91.148", 5);
    }
}

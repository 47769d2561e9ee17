package org.opencac.api.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.PatientSex;

/** A Bundle's Patient gives the patient's sex to the coder; without one, or with two, the note is read. */
class FhirPatientSexTest {
    @Test
    void aBundlesOnePatientGivesItsGender() {
        assertEquals(PatientSex.FEMALE, FhirHandler.patientSex(bundle(AdministrativeGender.FEMALE)));
        assertEquals(PatientSex.MALE, FhirHandler.patientSex(bundle(AdministrativeGender.MALE)));
        assertEquals(PatientSex.UNKNOWN, FhirHandler.patientSex(bundle(AdministrativeGender.OTHER)));
    }

    @Test
    void noPatientOrTwoPatientsLeaveTheSexToTheNote() {
        assertEquals(PatientSex.UNKNOWN, FhirHandler.patientSex(new DocumentReference()));
        Bundle two = bundle(AdministrativeGender.MALE);
        two.addEntry().setResource(new Patient().setGender(AdministrativeGender.FEMALE));
        assertEquals(PatientSex.UNKNOWN, FhirHandler.patientSex(two));
    }

    private static Bundle bundle(AdministrativeGender gender) {
        Bundle b = new Bundle();
        b.addEntry().setResource(new DocumentReference());
        b.addEntry().setResource(new Patient().setGender(gender));
        return b;
    }
}

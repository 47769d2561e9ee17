package org.opencac.workbench.encounter;

import java.time.LocalDate;
import org.opencac.engine.note.CareSetting;

/**
 * A note submitted for review, already validated.
 *
 * @param externalId    the sender's id for the encounter (unique per organisation)
 * @param setting       outpatient or inpatient
 * @param dateOfService date of service
 * @param specialty     clinical specialty, lowercase
 * @param patientId     optional patient id
 * @param visitId       optional visit id
 * @param text          the note
 */
public record NewEncounter(String externalId, CareSetting setting, LocalDate dateOfService, String specialty,
                           String patientId, String visitId, String text) {
}

package org.opencac.engine.system;

import java.util.List;
import org.opencac.engine.note.CareSetting;
import org.opencac.models.codeset.CodeSystem;

/** Which code systems a setting codes when the request names none. */
public final class CodeSystems {
    private CodeSystems() {
    }

    /** Inpatient: ICD-10-CM and ICD-10-PCS; outpatient: ICD-10-CM, CPT and HCPCS Level II. */
    public static List<CodeSystem> defaultsFor(CareSetting setting) {
        return setting == CareSetting.INPATIENT
                ? List.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS)
                : List.of(CodeSystem.ICD10CM, CodeSystem.CPT, CodeSystem.HCPCS);
    }
}

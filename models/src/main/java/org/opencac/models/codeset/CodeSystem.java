package org.opencac.models.codeset;

/** The code systems OpenCAC knows about. Only ICD-10-CM is coded by the engine today. */
public enum CodeSystem {
    ICD10CM("ICD-10-CM"),
    ICD10PCS("ICD-10-PCS"),
    CPT("CPT"),
    HCPCS("HCPCS Level II");

    private final String displayName;

    CodeSystem(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

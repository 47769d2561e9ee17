package org.opencac.models.codeset;

/**
 * The code systems OpenCAC knows about. Each is a plug-in: a loader in {@code models} and its stages in
 * {@code engine}. On the wire a system is its display name ("ICD-10-PCS"); {@link #parse} also accepts
 * the enum name and spellings without hyphens.
 */
public enum CodeSystem {
    ICD10CM("ICD-10-CM"),
    ICD10PCS("ICD-10-PCS"),
    CPT("CPT"),
    HCPCS("HCPCS Level II");

    private final String displayName;

    CodeSystem(String displayName) {
        this.displayName = displayName;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String displayName() {
        return displayName;
    }

    /** Parses "ICD-10-CM", "icd10cm", "ICD-10-PCS", "CPT", "HCPCS", "HCPCS Level II" in any case. */
    public static java.util.Optional<CodeSystem> parse(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        String v = value.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        for (CodeSystem s : values()) {
            if (s.name().equals(v) || s.displayName.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "").equals(v)) {
                return java.util.Optional.of(s);
            }
        }
        return v.equals("HCPCS") || v.equals("HCPCSII") ? java.util.Optional.of(HCPCS) : java.util.Optional.empty();
    }
}

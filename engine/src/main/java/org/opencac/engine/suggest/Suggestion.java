package org.opencac.engine.suggest;

import java.util.List;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.engine.coding.Alternative;

/**
 * One suggested code with everything a coder needs to accept or reject it.
 *
 * @param code           the code as the system writes it (ICD-10-CM with its dot)
 * @param description    its title
 * @param billable       true when the code is complete and reportable; false for an incomplete PCS code
 *                       whose missing characters are the subject of a provider query
 * @param score          confidence in [0, 1]
 * @param evidence       the supporting spans in the note
 * @param rationale      the lookup path and the rules that shaped the result, in order
 * @param firstListed    true for the first-listed (outpatient) or principal (inpatient) diagnosis
 * @param codeSystem     the code system of {@code code}
 * @param codeSetVersion the release label, e.g. "ICD-10-PCS FY2026" (null until the pipeline stamps it)
 * @param units          units of service (1 except for HCPCS drugs billed per dose unit)
 * @param alternatives   other codes for the same documented condition, each with why it was not chosen
 */
public record Suggestion(String code, String description, boolean billable, double score,
                         List<EvidenceSpan> evidence, List<String> rationale, boolean firstListed,
                         CodeSystem codeSystem, String codeSetVersion, int units, List<Alternative> alternatives) {
    public Suggestion {
        evidence = List.copyOf(evidence);
        rationale = List.copyOf(rationale);
        alternatives = List.copyOf(alternatives);
        if (codeSystem == null) {
            throw new IllegalArgumentException("codeSystem is required");
        }
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, was " + units);
        }
    }

    /** An ICD-10-CM suggestion (the diagnosis stages' constructor); the pipeline stamps the version. */
    public Suggestion(String code, String description, boolean billable, double score,
                      List<EvidenceSpan> evidence, List<String> rationale, boolean firstListed) {
        this(code, description, billable, score, evidence, rationale, firstListed, List.of());
    }

    /** An ICD-10-CM suggestion with the other codes of its condition. */
    public Suggestion(String code, String description, boolean billable, double score, List<EvidenceSpan> evidence,
                      List<String> rationale, boolean firstListed, List<Alternative> alternatives) {
        this(code, description, billable, score, evidence, rationale, firstListed, CodeSystem.ICD10CM, null, 1,
                alternatives);
    }

    /** A suggestion of any system, without alternatives. */
    public Suggestion(String code, String description, boolean billable, double score,
                      List<EvidenceSpan> evidence, List<String> rationale, boolean firstListed,
                      CodeSystem codeSystem, String codeSetVersion, int units) {
        this(code, description, billable, score, evidence, rationale, firstListed, codeSystem, codeSetVersion, units,
                List.of());
    }

    /** This suggestion with its code-set version filled in. */
    public Suggestion withVersion(CodeSetVersion version) {
        return new Suggestion(code, description, billable, score, evidence, rationale, firstListed, version.system(),
                version.label(), units, alternatives);
    }
}

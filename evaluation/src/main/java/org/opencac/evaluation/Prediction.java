package org.opencac.evaluation;

import java.util.List;

/**
 * What a {@link NoteCoder} suggests for one note.
 *
 * @param codeSystem     the main code system, e.g. "ICD-10-CM"
 * @param codeSetVersion the code-set release used, e.g. "2025"
 * @param codes          ranked best first; the engine has already cut low scores
 * @param firstListed    the code the coder marks first-listed (outpatient) or principal (inpatient), or null
 */
public record Prediction(String codeSystem, String codeSetVersion, List<PredictedCode> codes, String firstListed) {
    public Prediction {
        codes = List.copyOf(codes);
    }

    /** A prediction that marks no first-listed code. */
    public Prediction(String codeSystem, String codeSetVersion, List<PredictedCode> codes) {
        this(codeSystem, codeSetVersion, codes, null);
    }
}

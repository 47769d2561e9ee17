package org.opencac.evaluation;

import java.util.List;

/**
 * What a {@link NoteCoder} suggests for one note.
 *
 * @param codeSystem     the main code system, e.g. "ICD-10-CM"
 * @param codeSetVersion the code-set release used, e.g. "2025"
 * @param codes          ranked best first; the engine has already cut low scores
 * @param firstListed    the code the coder marks first-listed (outpatient) or principal (inpatient), or null
 * @param warnings       why a code-set release used may not be the one in force on the note's date of service
 */
public record Prediction(String codeSystem, String codeSetVersion, List<PredictedCode> codes, String firstListed,
                         List<String> warnings) {
    public Prediction {
        codes = List.copyOf(codes);
        warnings = List.copyOf(warnings);
    }

    /** A prediction without warnings. */
    public Prediction(String codeSystem, String codeSetVersion, List<PredictedCode> codes, String firstListed) {
        this(codeSystem, codeSetVersion, codes, firstListed, List.of());
    }

    /** A prediction that marks no first-listed code. */
    public Prediction(String codeSystem, String codeSetVersion, List<PredictedCode> codes) {
        this(codeSystem, codeSetVersion, codes, null);
    }
}

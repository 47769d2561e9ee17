package org.opencac.evaluation;

import java.util.List;

/**
 * What a {@link NoteCoder} suggests for one note.
 *
 * @param codeSystem     the main code system, e.g. "ICD-10-CM"
 * @param codeSetVersion the code-set release used, e.g. "2025"
 * @param codes          ranked best first; the engine has already cut low scores
 */
public record Prediction(String codeSystem, String codeSetVersion, List<PredictedCode> codes) {
    public Prediction {
        codes = List.copyOf(codes);
    }
}

package org.opencac.evaluation;

import java.util.List;

/**
 * One suggested code with its score and evidence.
 *
 * @param system the code system, e.g. "ICD-10-CM" or "ICD-10-PCS"
 * @param code   the code as the engine writes it (normalized by {@link Codes} before scoring)
 * @param score  higher is better; only its order and thresholds matter
 * @param spans  evidence offsets into the note text, possibly empty
 */
public record PredictedCode(String system, String code, double score, List<Span> spans) {
    public PredictedCode {
        spans = List.copyOf(spans);
    }

    public PredictedCode(String system, String code, double score) {
        this(system, code, score, List.of());
    }
}

package org.opencac.evaluation.gold;

import java.util.List;
import org.opencac.evaluation.Span;

/**
 * A code a human coder assigned to a note.
 *
 * @param system the code system, e.g. "ICD-10-CM"
 * @param code   the normalized code, e.g. "E11.9"
 * @param spans  the evidence in the note text, empty when the corpus has none
 */
public record GoldCode(String system, String code, List<Span> spans) {
    public GoldCode {
        spans = List.copyOf(spans);
    }
}

package org.opencac.evaluation.assertion;

import java.util.List;
import org.opencac.evaluation.assertion.AssertionExample.Attributes;

/**
 * What a system predicted for one row's target: its attributes and the rules that fired, or "not found"
 * when the system has no mention on the target (end-to-end mode).
 *
 * @param attributes the predicted attributes, null when not found
 * @param cues       ids of the rules that fired (empty when unknown or not found)
 */
public record AssertionPrediction(Attributes attributes, List<String> cues) {
    public AssertionPrediction {
        cues = List.copyOf(cues);
    }

    /** The target has no mention: it counts as a miss for every category of its gold. */
    public static AssertionPrediction notFound() {
        return new AssertionPrediction(null, List.of());
    }

    public boolean found() {
        return attributes != null;
    }
}

package org.opencac.evaluation.assertion;

import java.util.List;

/**
 * A row whose predicted attributes differ from the gold.
 *
 * @param id        row id
 * @param line      line in the file
 * @param sentence  the sentence
 * @param target    the target phrase
 * @param expected  gold label, e.g. "negated+family" or "present"
 * @param predicted predicted label
 * @param cues      ids of the rules that fired
 * @param note      the annotator's note
 */
public record Misclassified(String id, int line, String sentence, String target, String expected,
                            String predicted, List<String> cues, String note) {
    public Misclassified {
        cues = List.copyOf(cues);
    }
}

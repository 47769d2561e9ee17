package org.opencac.evaluation;

import java.util.List;

/**
 * One note's outcome over all code systems. Codes are normalized; tp, fp and fn list codes.
 *
 * @param f1    this note's F1 over all its codes (0 when it has neither gold nor predictions)
 * @param error why coding failed, or null; a failed note is scored as predicting nothing
 */
public record NoteResult(String id, String setting, List<String> gold, List<ScoredCode> predicted,
                         List<String> tp, List<String> fp, List<String> fn, double f1, String error) {
    public NoteResult {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
        tp = List.copyOf(tp);
        fp = List.copyOf(fp);
        fn = List.copyOf(fn);
    }

    public boolean failed() {
        return error != null;
    }
}

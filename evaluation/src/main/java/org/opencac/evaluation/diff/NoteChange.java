package org.opencac.evaluation.diff;

import java.util.List;

/**
 * A note whose F1 differs between the runs, with the codes behind the change.
 *
 * @param gained  true positives in B that were not in A
 * @param lost    true positives in A that are not in B
 * @param newFp   false positives in B that were not in A
 * @param fixedFp false positives in A that are gone in B
 */
public record NoteChange(String id, double f1A, double f1B, double delta, List<String> gained, List<String> lost,
                         List<String> newFp, List<String> fixedFp) {
    public NoteChange {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        newFp = List.copyOf(newFp);
        fixedFp = List.copyOf(fixedFp);
    }
}

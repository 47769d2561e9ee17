package org.opencac.evaluation.diff;

import java.util.List;

/**
 * The difference between run A and run B.
 *
 * @param runA         A's gold file and timestamp
 * @param runB         B's gold file and timestamp
 * @param headline     headline figures per system, B - A
 * @param codes        codes whose F1 changed, most improved first
 * @param newlyCorrect codes never found in A and found in B
 * @param newlyWrong   codes found in A and never in B
 * @param notes        the notes whose F1 changed most, largest change first
 * @param onlyInA      note ids A has and B lacks
 * @param onlyInB      note ids B has and A lacks
 */
public record RunComparison(String runA, String runB, List<MetricDelta> headline, List<CodeChange> codes,
                            List<String> newlyCorrect, List<String> newlyWrong, List<NoteChange> notes,
                            List<String> onlyInA, List<String> onlyInB) {
    public RunComparison {
        headline = List.copyOf(headline);
        codes = List.copyOf(codes);
        newlyCorrect = List.copyOf(newlyCorrect);
        newlyWrong = List.copyOf(newlyWrong);
        notes = List.copyOf(notes);
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
    }
}

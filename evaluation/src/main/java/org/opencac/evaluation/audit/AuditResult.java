package org.opencac.evaluation.audit;

import java.util.List;

/**
 * The audit of a set of notes.
 *
 * @param notes    notes coded
 * @param skipped  notes that could not be read (bad line, no text)
 * @param triggers every trigger, most frequent (by notes) first
 */
public record AuditResult(int notes, int skipped, List<Trigger> triggers) {
    public AuditResult {
        triggers = List.copyOf(triggers);
    }

    /** The same audit with a reviewer's verdicts merged in. */
    public AuditResult withVerdicts(Verdicts v) {
        return new AuditResult(notes, skipped, triggers.stream().map(v::apply).toList());
    }

    /** The first n triggers. */
    public List<Trigger> top(int n) {
        return triggers.subList(0, Math.min(n, triggers.size()));
    }

    /** Counts of verdicts among the first n triggers: {accepted, rejected, unsure, not reviewed}. */
    public int[] verdictCounts(int n) {
        int[] c = new int[4];
        for (Trigger t : top(n)) {
            switch (t.verdict()) {
                case Verdicts.ACCEPT -> c[0]++;
                case Verdicts.REJECT -> c[1]++;
                case Verdicts.UNSURE -> c[2]++;
                default -> c[3]++;
            }
        }
        return c;
    }
}

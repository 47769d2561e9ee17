package org.opencac.evaluation.diff;

/**
 * A code whose F1 differs between the runs.
 *
 * @param delta f1B - f1A
 */
public record CodeChange(String system, String code, int supportA, int supportB, int tpA, int tpB,
                         double f1A, double f1B, double delta) {

    /** Never found in A, found at least once in B. */
    public boolean newlyCorrect() {
        return tpA == 0 && tpB > 0;
    }

    /** Found at least once in A, never in B. */
    public boolean newlyWrong() {
        return tpA > 0 && tpB == 0;
    }
}

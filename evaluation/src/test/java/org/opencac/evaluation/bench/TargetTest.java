package org.opencac.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void throughputBelowTheFloorIsMissedByTheGap() {
        Target t = new Target("3 KB, 1 thread", 300, 240, "notes/s", true);
        assertEquals("missed by 60.00 notes/s (-20%)", t.verdict());
        assertEquals(">= 300 notes/s", t.goalText());
    }

    @Test
    void latencyAboveTheCeilingIsMissedByTheExcess() {
        assertEquals("missed by 75.00 ms (+150%)", new Target("p99", 50, 125, "ms", false).verdict());
    }

    @Test
    void reachingTheGoalExactlyMeetsIt() {
        assertEquals("met", new Target("p99", 50, 50, "ms", false).verdict());
        assertEquals("met", new Target("tput", 300, 300, "notes/s", true).verdict());
    }
}

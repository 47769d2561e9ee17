package org.opencac.workbench.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.EvidenceSpan;

class LearningPolicyTest {
    @Test
    void thePolicyFileLoadsWithTheDocumentedThresholds() {
        LearningPolicy p = LearningPolicy.standard();
        assertEquals(5, p.suppressMinDecisions());
        assertEquals(0.8, p.suppressRejectShare());
        assertEquals(4.0, p.priorStrength());
    }

    @Test
    void triggersAreTheDistinctNormalizedEvidenceTexts() {
        EvidenceSpan a = new EvidenceSpan(0, 3, "HTN", "unknown", false, "present", "patient");
        EvidenceSpan b = new EvidenceSpan(10, 13, "htn", "assessment_plan", false, "present", "patient");
        EvidenceSpan c = new EvidenceSpan(20, 42, "Essential \n hypertension", "assessment_plan", false, "present",
                "patient");
        assertEquals(List.of("htn", "essential hypertension"), List.copyOf(Triggers.of(List.of(a, b, c))));
    }
}

package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;
import static org.opencac.engine.cpt.CptNotes.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;

/**
 * A hospital stay's own note reads its MDM as the hospital reads it: the decision to admit is the purpose of the
 * initial hospital care, not high risk of its management, and an acute threat to life or bodily function named in
 * its assessment is a problem of high complexity.
 */
class HospitalStayMdmTest {
    @Test
    void theDecisionToAdmitIsNoHighRiskInTheAdmissionsOwnNote() {
        assertEquals(List.of("99221"), codes("Reason for admission:\nWeakness.\nAssessment and plan:\n1. Hypertension,"
                + " stable.\n2. Diabetes, stable.\n3. Admit to the hospital. Check a CBC and a BMP. Acetaminophen as"
                + " needed.\n"));
    }

    @Test
    void anAcuteThreatToBodilyFunctionInTheAdmissionsAssessmentIsAHighComplexityProblem() {
        SystemResult r = code("Reason for admission:\nAbdominal pain.\nAssessment and plan:\nAcute pancreatitis. Bowel"
                + " rest, IV fluids and IV pain medicine.\n");
        assertEquals(List.of("99222"), r.suggestions().stream().map(Suggestion::code).toList());
        assertTrue(r.suggestions().get(0).rationale().stream().anyMatch(s -> s.startsWith("Problems high")),
                r.suggestions().get(0).rationale().toString());
    }
}

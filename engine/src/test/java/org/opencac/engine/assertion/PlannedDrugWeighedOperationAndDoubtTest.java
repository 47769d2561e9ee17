package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drug the patient "will be started on" is not taken yet; an operation the patient is to be "evaluated for"
 * gives no status code; a diagnosis the writer "doubts whether" the patient has is not established.
 */
class PlannedDrugWeighedOperationAndDoubtTest {

    @Test
    void aDrugHeWillBeStartedOnIsNoLongTermUse() {
        List<String> codes = outpatientCodes("ASSESSMENT: Atrial fibrillation. He will be started on aspirin "
                + "81 mg daily.\n");
        assertFalse(codes.contains("Z79.82"), codes.toString());
    }

    @Test
    void aDrugHeTakesIsLongTermUse() {
        List<String> codes = outpatientCodes("ASSESSMENT: Atrial fibrillation. He takes aspirin 81 mg daily "
                + "for years.\n");
        assertTrue(codes.contains("Z79.82"), codes.toString());
    }

    @Test
    void anOperationSheIsToBeEvaluatedForGivesNoStatus() {
        List<String> codes = inpatientCodes("IMPRESSION: Acute myeloid leukemia. Later she will be evaluated for "
                + "a bone marrow transplant.\n");
        assertFalse(codes.contains("Z94.81"), codes.toString());
    }

    @Test
    void aTransplantSheHadGivesTheStatus() {
        List<String> codes = inpatientCodes("IMPRESSION: Fever. She had a bone marrow transplant two years ago.\n");
        assertTrue(codes.contains("Z94.81"), codes.toString());
    }

    @Test
    void aDiagnosisTheWriterDoubtsIsNotCodedInTheOffice() {
        List<String> codes = outpatientCodes("ASSESSMENT: Knee pain. I doubt whether this patient has gout.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M10")), codes.toString());
    }
}

package org.opencac.workbench.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.models.ModelBundle;
import org.opencac.workbench.learning.LearningSimulation.GoldCode;
import org.opencac.workbench.learning.LearningSimulation.GoldNote;
import org.opencac.workbench.learning.LearningSimulation.Result;
import org.opencac.workbench.testing.TestService;

class LearningSimulationTest {
    private static final String NOTE = "HISTORY OF PRESENT ILLNESS: Man with hypertension. Mother with breast cancer.\n\n"
            + "ASSESSMENT AND PLAN:\n1. Essential hypertension, controlled.\n2. Hyperlipidemia, continue atorvastatin.\n"
            + "3. Low back pain.\n";

    @Test
    void codesTheCodersRejectAreHeldBackAndCodesTheyAddAreLearnedOnTheOtherHalf() {
        ModelBundle models = TestService.models();
        int statin = NOTE.indexOf("atorvastatin");
        List<GoldNote> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // The coders of this made-up practice code the hypertension, the lipids and the statin, never the
            // back pain or the family history.
            notes.add(new GoldNote("n" + i, NOTE, CareSetting.OUTPATIENT, List.of(new GoldCode("I10", List.of()),
                    new GoldCode("E78.5", List.of()),
                    new GoldCode("Z79.899", List.of(new int[] {statin, statin + "atorvastatin".length()})))));
        }
        Result r = new LearningSimulation(Pipeline.standard(models), models.codeSet()).run(notes);
        assertEquals(2, r.folds().size());
        assertTrue(r.before().falsePositives() > 0, "the engine suggests codes these coders do not use");
        assertEquals(0, r.after().falsePositives(), LearningSimulation.table(r));
        assertTrue(r.after().recall() > r.before().recall(), LearningSimulation.table(r));
        assertEquals(1.0, r.after().recall(), 1e-9);
        for (LearningSimulation.Fold f : r.folds()) {
            assertTrue(f.heldBack() > 0 && f.learnedAdd() == 6, f.toString());
        }
    }
}

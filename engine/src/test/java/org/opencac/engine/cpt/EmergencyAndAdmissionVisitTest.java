package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;
import static org.opencac.engine.cpt.CptNotes.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.SystemResult;

/**
 * The emergency department family is the ED visit's own note's, at the level its course, results and decisions
 * support; an admission's history and physical that tells how the patient came through the ED gets none.
 */
class EmergencyAndAdmissionVisitTest {
    @Test
    void aPatientAdmittedToTheUnitIsNoEmergencyVisit() {
        SystemResult r = code("History of present illness:\nA woman presents to the emergency room with insomnia. She was"
                + " admitted voluntarily and on the unit today she is calm.\nAssessment:\nMania.\n");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("9928")), r.suggestions().toString());
        assertTrue(r.queries().stream().noneMatch(q -> q.code().startsWith("9928")), r.queries().toString());
    }

    @Test
    void aHistoryAndPhysicalWithNoDecisionIsNoEmergencyVisit() {
        assertTrue(codes("History of present illness:\nA man presents to the emergency room today with vomiting.\n"
                + "Physical examination:\nHe is alert.\n").stream().noneMatch(x -> x.startsWith("992")));
    }

    @Test
    void aNoteTellingWhatTheEmergencyRoomDidIsNoEmergencyVisit() {
        assertTrue(codes("History of present illness:\nA man presents to the ER today with blood in the urine. In the ER,"
                + " a catheter was placed.\nImpression:\nHematuria, start antibiotics.\n").stream()
                .noneMatch(x -> x.startsWith("9928")));
        assertTrue(codes("History of present illness:\nA man presents to the ER today with blood in the urine. Here in"
                + " the ER, a catheter was placed.\nImpression:\nHematuria, start antibiotics.\n").stream()
                .anyMatch(x -> x.startsWith("9928")));
    }

    @Test
    void theEmergencyVisitsResultsDrugsAndAdmissionSetItsLevel() {
        // three tests with results, an intravenous drug, a diagnosis: problems low, data moderate, risk moderate
        assertEquals(List.of("99284"), codes("History of present illness:\nA man presents to the emergency department "
                + "with belly pain.\nED course:\nCBC showed a white count of 9. Lipase was normal. CT of the abdomen was "
                + "negative. He was given intravenous fluids and ondansetron.\nImpression:\nGastroenteritis.\n"));
        // a decision to admit is high risk; with a problem threatening life or bodily function, high MDM
        assertEquals(List.of("99285"), codes("History of present illness:\nA man presents to the emergency department "
                + "with chest pain.\nED course:\nTroponin was negative, EKG showed no ischemia and the chest x-ray was "
                + "normal. He will be admitted to the medicine service.\nImpression:\nChest pain, concern for acute "
                + "coronary syndrome.\n"));
    }

    @Test
    void anEmergencyVisitWithADiagnosisAndADrugIsAtLeastLow() {
        assertEquals(List.of("99283"), codes("History of present illness:\nA girl presents to the emergency department "
                + "with a sore ear.\nAssessment:\nOtalgia.\nPlan:\nShe was started on amoxicillin.\n"));
    }
}

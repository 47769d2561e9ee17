package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.cpt.ServiceThisVisitTest.services;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A test written in a plan section (ordered_test_sections.txt) or in a list that its sentence opens with an
 * order word (not_done_cues.txt) is ordered for later, not done, unless the words around it say it was done
 * or give its result (done_test_cues.tsv).
 */
class TestOrderedInPlanTest {
    @Test
    void aTestListedInThePlanIsNotCoded() {
        assertEquals(List.of(), services("Seen for a cough.\nPlan:\n1. Sputum culture and a chest x-ray.\n"));
    }

    @Test
    void aTestInAListOpenedByAnOrderWordIsNotCoded() {
        assertEquals(List.of(), services("Seen for a cough. Will send for sputum studies, blood gases and a chest x-ray."));
    }

    @Test
    void aTestInThePlanWithItsResultIsCoded() {
        assertEquals(List.of("93000"), services("Seen for dizziness.\nPlan:\nAn EKG in clinic showed sinus rhythm.\n"));
        assertEquals(List.of("93000"), services("Seen for dizziness.\nPlan:\nWe obtained an EKG in the clinic.\n"));
    }

    @Test
    void aTestOnlyIfAFindingIsNotCoded() {
        assertEquals(List.of(), services("Seen for palpitations. If an EKG shows flutter we will refer him."));
    }
}

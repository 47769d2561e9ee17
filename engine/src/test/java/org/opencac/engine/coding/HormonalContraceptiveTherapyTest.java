package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A contraceptive pill on the patient's current medication list is long-term use of hormonal contraceptives
 * (Z79.3, Guidelines I.C.21.c.3); one the plan only weighs starting is not yet a therapy she is on, and one the
 * condition did not respond to is a therapy that failed.
 */
class HormonalContraceptiveTherapyTest {

    @Test
    void aContraceptivePillOnTheMedicationListIsLongTermHormonalContraceptiveUse() {
        assertSuggested(outpatient("CHIEF COMPLAINT: Sore throat for two days.\n"
                + "MEDICATIONS: Birth control pills and an inhaler as needed.\nASSESSMENT: Viral pharyngitis.\n"),
                "Z79.3", 5);
        assertSuggested(outpatient("CHIEF COMPLAINT: Ankle sprain.\nCURRENT MEDICATIONS: Oral contraceptive pill daily.\n"
                + "ASSESSMENT: Sprain of the left ankle.\n"), "Z79.3", 5);
    }

    @Test
    void aContraceptivePillThePlanWeighsStartingIsNotYetLongTermUse() {
        assertNotSuggested(outpatient("CHIEF COMPLAINT: Painful periods.\nASSESSMENT: Dysmenorrhea.\n"
                + "PLAN: We will consider starting oral contraceptives next month.\n"), "Z79.3");
    }

    @Test
    void aContraceptivePillTheConditionWasUnresponsiveToIsATherapyThatFailed() {
        assertNotSuggested(outpatient("INDICATIONS: Chronic acne unresponsive to topical creams and oral contraceptives"
                + " over two years.\nPROCEDURE: Punch biopsy of the cheek.\n"), "Z79.3");
    }
}

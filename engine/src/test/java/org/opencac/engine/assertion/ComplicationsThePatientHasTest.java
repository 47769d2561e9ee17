package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Complications such as" opens a list of risks in consent text, but "with chronic complications such as" lists
 * the complications the patient has (team-written).
 */
class ComplicationsThePatientHasTest {

    @Test
    void complicationsThePatientHasArePresent() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "Long-standing type 2 diabetes with chronic complications such as retinopathy and nephropathy.",
                "retinopathy").status());
        assertEquals(AssertionStatus.PRESENT, assess(
                "Since the transplant he has developed complications such as recurrent cellulitis.", "cellulitis")
                .status());
    }

    @Test
    void complicationsExplainedBeforeAProcedureStayHypothetical() {
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(
                "We went over the possible complications such as bleeding and wound infection.", "wound infection")
                .status());
    }
}

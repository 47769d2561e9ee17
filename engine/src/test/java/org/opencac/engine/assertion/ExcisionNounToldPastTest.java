package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A condition named right before an excision's noun ('meningioma removal') in a sentence that tells a past
 * operation is gone; an excision still ahead, or a condition no excision ends, keeps its reading (team-written
 * sentences).
 */
class ExcisionNounToldPastTest {

    @Test
    void aTumorBeforeRemovalFollowingWhichTherapyBeganIsHistory() {
        assertTrue(assessCoded("She was referred to rehabilitation following meningioma removal in the spring.",
                "meningioma", "D32.9").historical());
    }

    @Test
    void aNoduleWhoseExcisionThePatientHadIsHistory() {
        assertTrue(assessCoded("He had thyroid nodule excision and takes no medication now.",
                "thyroid nodule", "E04.1").historical());
    }

    @Test
    void anExcisionStillAheadLeavesTheLesionCurrent() {
        assertFalse(assessCoded("She is booked for lipoma excision under local anesthesia.",
                "lipoma", "D17.9").historical());
    }

    @Test
    void aConditionNoExcisionEndsStaysCurrent() {
        assertFalse(assessCoded("He had wound debridement following abscess excision and still has cellulitis.",
                "cellulitis", "L03.90").historical());
    }
}

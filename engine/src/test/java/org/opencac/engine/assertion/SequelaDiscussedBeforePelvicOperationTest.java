package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** Erectile dysfunction and incontinence discussed in a consent talk are risks told, not the patient's. */
class SequelaDiscussedBeforePelvicOperationTest {
    @Test
    void erectileDysfunctionDiscussedIsARiskTold() {
        assertTrue(assess("We discussed erectile dysfunction.", "erectile dysfunction").hypothetical());
        assertFalse(assess("He has had erectile dysfunction for two years, which we discussed.",
                "erectile dysfunction").hypothetical());
    }
}

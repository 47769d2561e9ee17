package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** A denied cause leaves the condition it would explain present. */
class DeniedCauseOfAConditionTest {
    @Test
    void aDeniedCauseDoesNotDenyTheConditionItWouldExplain() {
        assertFalse(assess("No obvious cause of the pulmonary embolism was found.", "pulmonary embolism").negated());
        assertFalse(assess("There was no clear cause for her seizures.", "seizures").negated());
        assertTrue(assess("No pulmonary embolism was found on the scan.", "pulmonary embolism").negated());
    }
}

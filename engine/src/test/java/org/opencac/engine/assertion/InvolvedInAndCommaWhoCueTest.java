package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * What a part is denied to be involved in is there ("the nerve was not involved in the contracture"); a clause
 * after a comma and "who" tells of the person, and a history named before it does not reach into it.
 */
class InvolvedInAndCommaWhoCueTest {
    @Test
    void whatAPartIsNotInvolvedInIsPresent() {
        assertFalse(assess("The ulnar nerve was not significantly involved in the Dupuytren contracture.",
                "Dupuytren contracture").negated());
        assertFalse(assess("No regional lymph nodes are involved by the carcinoma.", "carcinoma").negated());
    }

    @Test
    void aHistoryEndsWhereACommaAndWhoBeginTheClauseOfThePerson() {
        String s = "She is a 50-year-old woman with a history of lymphoma, who had severe pain in her left leg.";
        assertFalse(assess(s, "pain in her left leg").historical());
        assertTrue(assess(s, "lymphoma").historical());
    }
}

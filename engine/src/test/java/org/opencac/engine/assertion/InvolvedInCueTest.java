package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** What a part is denied to be involved in is there ("the nerve was not involved in the contracture"). */
class InvolvedInCueTest {
    @Test
    void whatAPartIsNotInvolvedInIsPresent() {
        assertFalse(assess("The ulnar nerve was not significantly involved in the Dupuytren contracture.",
                "Dupuytren contracture").negated());
        assertFalse(assess("No regional lymph nodes are involved by the carcinoma.", "carcinoma").negated());
    }
}

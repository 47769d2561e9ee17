package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A purpose clause names what a test or plan guards against ("to ensure that she is not hyperthyroid", "make sure he is
 * not anemic"): the condition is looked for, not denied.
 */
class PurposeClauseIsHypotheticalTest {

    @Test
    void purposeClauseNamesWhatTheTestGuardsAgainst() {
        assertTrue(assessCoded("Repeat the TSH in six weeks to ensure that she is not hyperthyroid.", "hyperthyroid",
                "E05.90").hypothetical());
        assertTrue(assessCoded("Please make sure he is not anemic before surgery.", "anemic", "D64.9").hypothetical());
    }
}

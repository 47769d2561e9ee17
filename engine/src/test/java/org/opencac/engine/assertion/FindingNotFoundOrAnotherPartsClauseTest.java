package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A finding that "could not be identified" or "cannot be seen" was looked for and not found ("cannot be excluded"
 * stays a doubt); after "and the" a clause about another part begins, which the denial before it does not reach
 * (team-written).
 */
class FindingNotFoundOrAnotherPartsClauseTest {

    @Test
    void aFindingThatCouldNotBeIdentifiedIsDenied() {
        assertTrue(assess("A pneumothorax could not be identified.", "pneumothorax").negated());
    }

    @Test
    void aFindingThatCannotBeSeenIsDenied() {
        assertTrue(assess("An effusion cannot be seen.", "effusion").negated());
    }

    @Test
    void aFindingThatCannotBeExcludedIsUncertainNotDenied() {
        Assertion a = assess("An effusion cannot be excluded.", "effusion");
        assertFalse(a.negated());
        assertTrue(a.uncertain());
    }

    @Test
    void aFindingOfAnotherPartAfterAndTheIsPresent() {
        assertFalse(assess("No ascites and the liver has a cyst.", "cyst").negated());
    }

    @Test
    void theDeniedItemBeforeAndTheStaysDenied() {
        assertTrue(assess("No ascites and the liver has a cyst.", "ascites").negated());
    }
}

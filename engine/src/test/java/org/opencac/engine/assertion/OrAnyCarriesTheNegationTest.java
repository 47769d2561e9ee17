package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "or any" carries on a negation its sentence began, and only then; "not have any history of" denies without a
 * past (team-written sentences).
 */
class OrAnyCarriesTheNegationTest {

    @Test
    void orAnyAfterANoChangeInCarriesTheNegation() {
        Assertion a = MentionFixture.assess("No significant change in his appetite or any blood in the stool or black stools.",
                "black stools");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void orAnyAfterALongDeniedItemCarriesTheNegation() {
        Assertion a = MentionFixture.assess("He denies any new injury that would explain the pain either at work or at "
                + "home or any motor vehicle accident.", "motor vehicle accident");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void orAnyWithoutAnEarlierNegationDeniesNothing() {
        Assertion a = MentionFixture.assess("Call the office for a fever or any bleeding from the wound.", "bleeding");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void notHavingAnyHistoryOfAConditionDeniesItWithoutAPast() {
        Assertion a = MentionFixture.assess("She does not have any history of gallstones.", "gallstones");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        assertTrue(!a.historical(), a.cues().toString());
    }

    @Test
    void onlyAfterWordsMustBeLowercase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ContextRule("r1",
                ContextCategory.NEGATED, "or any", List.of(), CueDirection.FORWARD, OptionalInt.empty(), List.of(),
                List.of(), Set.of(), Set.of(), false, Set.of(), false, Set.of("No")));
        assertTrue(e.getMessage().contains("only_after"), e.getMessage());
    }
}

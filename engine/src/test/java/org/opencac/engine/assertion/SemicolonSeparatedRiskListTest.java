package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A list of risks whose items semicolons separate stays hypothetical past each semicolon; a semicolon still ends
 * the scope of any other cue (team-written sentences).
 */
class SemicolonSeparatedRiskListTest {

    @Test
    void riskListItemsAfterSemicolonsAreHypothetical() {
        String s = "The hazards he accepted will include but will not be limited to a bleed needing blood; "
                + "infection; sepsis; stroke; impotence; incontinence.";
        for (String item : List.of("sepsis", "stroke", "impotence", "incontinence")) {
            Assertion a = MentionFixture.assess(s, item);
            assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), item + " " + a.cues());
        }
    }

    @Test
    void complicationsListRunsPastSemicolons() {
        Assertion a = MentionFixture.assess("Potential complications were reviewed: wound infection; "
                + "deep vein thrombosis; pneumonia.", "pneumonia");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void semicolonBeforeAClauseOfThePatientsOwnEndsTheList() {
        Assertion a = MentionFixture.assess("Risks of anesthesia were reviewed; she has asthma controlled with an inhaler.",
                "asthma");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void semicolonStillEndsAPlainNegation() {
        Assertion a = MentionFixture.assess("No fever; persistent cough for a week.", "cough");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void semicolonItemsNeedAForwardScope() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ContextRule("r1",
                ContextCategory.HYPOTHETICAL, "were discussed", List.of(), CueDirection.BACKWARD, OptionalInt.of(40),
                List.of(), List.of(), Set.of(), Set.of(), false, Set.of(), false, Set.of(), false, false, false,
                true));
        assertTrue(e.getMessage().contains("semicolon_items"), e.getMessage());
    }
}

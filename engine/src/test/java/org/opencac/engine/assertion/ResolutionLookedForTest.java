package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A resolution looked for ("anticipate ... and resolution of") leaves the condition present; a PSEUDO cue may be
 * read only after such a word (team-written sentences).
 */
class ResolutionLookedForTest {

    @Test
    void aResolutionAnticipatedWordsAfterTheVerbLeavesTheConditionPresent() {
        Assertion a = MentionFixture.assess("We anticipate two more days of antibiotics and resolution of the "
                + "leukocytosis.", "leukocytosis");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void aResolutionWithoutALookingForVerbIsPast() {
        Assertion a = MentionFixture.assess("His pain improved with the splint and resolution of the swelling.",
                "swelling");
        assertEquals(AssertionStatus.HISTORICAL, a.status(), a.cues().toString());
    }

    @Test
    void aPseudoRuleMayListOnlyAfterWords() {
        ContextRule r = new ContextRule("r1", ContextCategory.PSEUDO, "resolution of", List.of(), CueDirection.PSEUDO,
                OptionalInt.empty(), List.of(), List.of(), Set.of(), Set.of(), false, Set.of(), false,
                Set.of("anticipate"));
        assertTrue(r.countsAfter(new String[] {"anticipate", "resolution", "of"}, 0, 1));
        assertTrue(!r.countsAfter(new String[] {"resolution", "of"}, 0, 0));
    }

    @Test
    void aPossibilityToldWithoutOfIsARisk() {
        Assertion a = MentionFixture.assess("We discussed the possibility a wound infection could occur.",
                "wound infection");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }
}

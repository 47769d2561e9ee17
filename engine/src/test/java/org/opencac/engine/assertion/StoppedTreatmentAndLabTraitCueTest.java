package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cues that hold a negation word but deny something else than the finding after them, and negations that read
 * forward past the words that used to hide them (team-written sentences).
 */
class StoppedTreatmentAndLabTraitCueTest {

    @Test
    void aConditionWhoseTreatmentHasStoppedIsStillCoded() {
        List<String> codes = outpatientCodes("ASSESSMENT: He is no longer on insulin for his type 2 diabetes.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("E11")), codes.toString());
        assertFalse(codes.contains("Z79.4"), codes.toString());
    }

    @Test
    void aConditionNoLongerAProblemIsPastNotDenied() {
        Assertion a = MentionFixture.assess("His gout is no longer a problem since he lost weight.", "gout");
        assertEquals(AssertionStatus.HISTORICAL, a.status(), a.cues().toString());
    }

    @Test
    void aFindingComparedWithThePriorFilmIsCurrent() {
        Assertion a = MentionFixture.assess("Compared with the prior film, no change in the right pleural effusion.",
                "pleural effusion");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void coagulaseNegativeNamesTheOrganismAndDeniesNoInfection() {
        Assertion a = MentionFixture.assess("Coagulase-negative staphylococcal bacteremia on two bottles.", "bacteremia");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void notSeenAnyReadsForwardToTheFindingLookedFor() {
        Assertion a = MentionFixture.assess("I have not seen any definite erythema nodosum on her shins.",
                "erythema nodosum");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void aSuspicionDeniedIsANegationNotAnUncertainty() {
        Assertion a = MentionFixture.assess("We do not suspect that she has rheumatoid arthritis.", "rheumatoid arthritis");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void anyAfterANegatedVerbCarriesTheNegationThroughItemsJoinedByOr() {
        Assertion a = MentionFixture.assess("She does not get any chest pain or tightness in the throat or pain in the jaw.",
                "pain in the jaw");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }
}

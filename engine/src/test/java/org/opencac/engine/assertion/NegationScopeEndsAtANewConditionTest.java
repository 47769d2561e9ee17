package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A denial of what is residual ends at a condition after "and" that carries its own "with" modifier; a ruled-out
 * cue with a singular verb reads back to its nearest condition only; a rule-out does not doubt prematurity, a fact
 * of birth (team-written sentences).
 */
class NegationScopeEndsAtANewConditionTest {

    @Test
    void residualDenialDoesNotReachAConditionWithItsOwnModifier() {
        Assertion a = MentionFixture.assess("Prior stroke with no residual numbness and ovarian cancer with peritoneal "
                + "spread, here for chemotherapy.", "ovarian cancer");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void residualDenialStillDeniesItsOwnItem() {
        Assertion a = MentionFixture.assess("Prior stroke with no residual numbness and ovarian cancer with peritoneal "
                + "spread, here for chemotherapy.", "numbness");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void residualDenialKeepsTheListThatSharesTheAdjective() {
        Assertion a = MentionFixture.assess("There is no residual weakness and tingling in the left hand.", "tingling");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void plainDenialKeepsItsListBeforeAWithPhrase() {
        Assertion a = MentionFixture.assess("She had no fever and chills with the cough.", "chills");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void singularRuledOutLeavesTheComplaintBeforeTheComma() {
        Assertion a = MentionFixture.assess("Chest pressure, pulmonary embolism has been ruled out.", "Chest pressure");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
        Assertion b = MentionFixture.assess("Chest pressure, pulmonary embolism has been ruled out.",
                "pulmonary embolism");
        assertEquals(AssertionStatus.NEGATED, b.status(), b.cues().toString());
    }

    @Test
    void pluralRuledOutReadsBackOverTheList() {
        Assertion a = MentionFixture.assess("Pneumonia, pulmonary embolism have been ruled out.", "Pneumonia");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void wasRuledOutForReadsForwardOnly() {
        Assertion a = MentionFixture.assess("She had syncope and was ruled out for myocardial infarction.", "syncope");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
        Assertion b = MentionFixture.assess("She had syncope and was ruled out for myocardial infarction.",
                "myocardial infarction");
        assertEquals(AssertionStatus.NEGATED, b.status(), b.cues().toString());
    }

    @Test
    void ruleOutDoesNotDoubtPrematurity() {
        Assertion a = MentionFixture.assessCoded("Admitted for grunting, rule out group B strep infection and "
                + "prematurity at 34 weeks.", "prematurity", "P07.37");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
        Assertion b = MentionFixture.assessCoded("Admitted for grunting, rule out sepsis and pneumonia.", "pneumonia",
                "J18.9");
        assertEquals(AssertionStatus.UNCERTAIN, b.status(), b.cues().toString());
    }
}

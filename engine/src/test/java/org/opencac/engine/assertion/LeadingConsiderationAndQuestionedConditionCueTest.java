package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A diagnosis ranked first among those weighed ('primary consideration is X'), a finding hinted at ('the suggestion
 * of X') and a condition asked about ('whether she has X') stay uncertain; 'unaware of any X' denies X, and 'none were
 * found' after a check in the present tense ('to check ... for X') denies what was looked for. A finding that 'suggested either X or Y' leaves both in doubt; 'the most likely etiology for X' doubts
 * the cause, not X; a denied treatment 'for her X' ends the denial before X (team-written sentences).
 */
class LeadingConsiderationAndQuestionedConditionCueTest {

    @Test
    void primaryConsiderationLeavesTheDiagnosisUncertain() {
        assertTrue(assess("Primary consideration is of a lipoma, but a liposarcoma cannot be excluded.", "lipoma")
                .uncertain());
    }

    @Test
    void leadingDiagnosticConsiderationLeavesTheDiagnosisUncertain() {
        assertTrue(assess("The main differential consideration would be gout.", "gout").uncertain());
    }

    @Test
    void theSuggestionOfAFindingIsUncertain() {
        assertTrue(assess("There is the suggestion of a small osteophyte at the joint.", "osteophyte").uncertain());
    }

    @Test
    void atTheSuggestionOfSomeoneIsAdviceNotDoubt() {
        assertFalse(assess("At the suggestion of her sister she came in for the cellulitis.", "cellulitis")
                .uncertain());
    }

    @Test
    void whetherSheHasAConditionLeavesItUncertain() {
        assertTrue(assess("Whether she has a connective tissue disease remains an open question.",
                "connective tissue disease").uncertain());
    }

    @Test
    void unawareOfAnyDeniesTheCondition() {
        assertTrue(assess("He is unaware of any thyroid disease.", "thyroid disease").negated());
    }

    @Test
    void unawareOfTheConditionLeavesItThere() {
        assertFalse(assess("He was unaware of the ulcer on his heel.", "ulcer").negated());
    }

    @Test
    void noneFoundAfterAPresentTenseCheckDeniesWhatWasLookedFor() {
        assertTrue(assess("Saline was used to check the anastomosis for leaks and none were seen.", "leaks")
                .negated());
    }

    @Test
    void findingThatSuggestedEitherOfTwoConditionsLeavesBothUncertain() {
        assertTrue(assess("The absent reflexes suggested either a neuropathy or a myelopathy.", "myelopathy")
                .uncertain());
    }

    @Test
    void mostLikelyEtiologyForAConditionDoubtsTheCauseNotTheCondition() {
        assertFalse(assess("The statin is the most likely etiology for the myalgia.", "myalgia").uncertain());
    }

    @Test
    void deniedTreatmentForHerConditionLeavesTheConditionPresent() {
        assertFalse(assess("She has never had any therapy for her depression.", "depression").negated());
    }

    @Test
    void deniedMedicationForAConditionWithoutPossessiveStaysDenied() {
        assertTrue(assess("He has not been treated with medication for epilepsy.", "epilepsy").negated());
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A return to theatre told as possible with an adverb of haste, a past cause after a hedged effect, an opinion cue
 * split by when it was formed, two alternatives weighed, a symptom after a hedged diagnosis, a harm prevented, and
 * the consequent clause of a conditional.
 */
class WeighedAlternativesAndPastCauseCueTest {
    @Test
    void aReturnToTheatreToldAsPossibleIsHypotheticalWithAnAdverbBetween() {
        assertTrue(assess("If it bleeds he could be brought urgently back to theatre to drain a neck hematoma.",
                "neck hematoma").hypothetical());
        assertFalse(assess("He was brought urgently back to theatre to drain a neck hematoma.", "neck hematoma")
                .hypothetical());
    }

    @Test
    void aCauseToldAsPastAfterAHedgedEffectIsHistoricalNotDoubted() {
        Assertion cause = assess("The weak reflexes likely reflect a neuropathy from prior disc herniation.",
                "disc herniation");
        assertTrue(cause.historical());
        assertFalse(cause.uncertain());
        assertTrue(assess("The weak reflexes likely reflect a neuropathy from prior disc herniation.", "neuropathy")
                .uncertain());
    }

    @Test
    void anOpinionCueSplitByWhenItWasFormedStillDoubts() {
        assertTrue(assess("It was thought after review of the slides that she had a thymoma.", "thymoma")
                .uncertain());
    }

    @Test
    void twoAlternativesWeighedLeaveTheConditionUncertain() {
        assertTrue(assess("Either the port or the line is infected.", "infected").uncertain());
        assertFalse(assess("The abscess in either the left or the right flank was drained.", "abscess")
                .uncertain());
    }

    @Test
    void aSymptomAfterAHedgedDiagnosisIsHad() {
        assertFalse(assess("She came in with a probable kidney stone with fevers.", "fevers").uncertain());
        assertTrue(assess("She came in with a probable kidney stone with fevers.", "kidney stone").uncertain());
    }

    @Test
    void noFutureHarmIsPreventedNotDenied() {
        Assertion hernia = assess("The fascia was closed so there will be no future hernia at the site.", "hernia");
        assertTrue(hernia.hypothetical());
        assertFalse(hernia.negated());
    }

    @Test
    void aConditionalEventNamedBeforeReachesItsWholeConsequentClause() {
        assertTrue(assess("Should this happen, the patient knows she has to go back to theatre for drainage of a wound"
                + " hematoma.", "wound hematoma").hypothetical());
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A list read back from a general statement passes an item's bracketed aside; what a disorder brings in general,
 * an infection a test did not find, both states of a test condition, weight loss named as a goal and a hedging
 * 'potentially'.
 */
class BracketedListItemAndGeneralStatementCueTest {

    private static final String REPORTED = "Complaints like fatigue, irritability (e.g., insomnia) and headache have"
            + " been described with this disorder.";

    @Test
    void aListReadBackPassesTheBracketedAsideOfOneItem() {
        assertTrue(assess(REPORTED, "insomnia").hypothetical());
        assertTrue(assess(REPORTED, "fatigue").hypothetical());
        assertTrue(assess(REPORTED, "headache").hypothetical());
    }

    @Test
    void healthImplicationsIncludingNameWhatADisorderMayBring() {
        assertTrue(assess("Untreated, the disorder has health implications including depression and poor sleep.",
                "poor sleep").hypothetical());
    }

    @Test
    void anInfectionATestLookedForIsDeniedByAnUnremarkableResult() {
        assertTrue(assessCoded("Syphilis and HIV testing was unremarkable.", "HIV", "B20").negated());
    }

    @Test
    void withAndWithoutDeniesNothing() {
        assertFalse(assess("Balance was poor with and without eyes closed during the Romberg test.",
                "Romberg test").negated());
    }

    @Test
    void weightLossNamedAsTheMeansOfAnImprovementIsAGoal() {
        assertTrue(assessCoded("We hope to improve her blood sugar and blood pressure with substantial weight loss.",
                "weight loss", "R63.4").hypothetical());
        assertFalse(assessCoded("She reports weight loss of ten pounds and her appetite did not improve.",
                "weight loss", "R63.4").hypothetical());
    }

    @Test
    void potentiallyHedgesAFindingButNotHowGraveOneMayBecome() {
        assertTrue(assess("Head imaging shows enlarged ventricles and potentially early hydrocephalus.",
                "hydrocephalus").uncertain());
        assertFalse(assess("The scan showed a potentially life-threatening pulmonary embolism.",
                "pulmonary embolism").uncertain());
    }
}

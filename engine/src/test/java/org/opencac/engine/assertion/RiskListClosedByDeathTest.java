package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A told list that "and death" closes is a list of risks ("we discussed infection, nerve injury, and death"), and so is
 * what is "inherent in" a procedure; "and death" after an event with no telling word is no risk.
 */
class RiskListClosedByDeathTest {

    @Test
    void itemsOfAToldListClosedByDeathAreRisks() {
        assertTrue(assessCoded("We discussed infection, nerve injury, blood clots, and death.", "nerve injury",
                "T14.8XXA").hypothetical());
        assertTrue(assessCoded("We discussed infection, nerve injury, blood clots, and death.", "death", "R99")
                .hypothetical());
    }

    @Test
    void deathAfterAnEventWithNoTellingWordIsNoRisk() {
        assertFalse(assessCoded("He suffered a cardiac arrest and death despite resuscitation.", "cardiac arrest",
                "I46.9").hypothetical());
    }

    @Test
    void injuryInherentInAProcedureIsARisk() {
        assertTrue(assessCoded("Risks are low except for those inherent in laser injury.", "laser injury", "T66.XXXA")
                .hypothetical());
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * An amount of fluid said to lie within physiologic limits is no effusion: the cue denies the joint, pleural and
 * pericardial effusion and ascites read from the fluid, and no other condition of its clause (team-written
 * sentences).
 */
class FluidWithinPhysiologicLimitsCueTest {

    @Test
    void jointFluidWithinPhysiologicLimitsIsNoEffusion() {
        assertTrue(assessCoded("A small amount of fluid in the knee joint is within physiologic limits.",
                "fluid in the knee joint", "M25.469").negated());
    }

    @Test
    void pleuralFluidWithinNormalPhysiologicVolumeLimitsIsNoEffusion() {
        assertTrue(assessCoded("Trace pleural fluid at the left base within normal physiologic volume limits.",
                "pleural fluid", "J91.8").negated());
    }

    @Test
    void aLargeEffusionStaysPresent() {
        assertFalse(assessCoded("A large amount of fluid distends the knee joint capsule.",
                "fluid distends the knee joint", "M25.469").negated());
    }

    @Test
    void aConditionOfAnotherKindInTheClauseIsNotDenied() {
        assertFalse(assessCoded("Tendinitis of the subscapularis with joint motion within normal limits.",
                "Tendinitis of the subscapularis", "M75.82").negated());
    }
}

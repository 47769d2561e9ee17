package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * "Little sign of" a finding denies it, as "no sign of" does, and a normal Glasgow coma scale is no coma.
 */
class LittleSignAndNormalComaScaleTest {

    @Test
    void littleSignOfAFindingDeniesIt() {
        assertTrue(assessCoded("Little sign of vasculitis or tumor was found on the biopsy.", "tumor", "D49.9")
                .negated());
    }

    @Test
    void normalComaScaleDeniesComa() {
        assertTrue(assessCoded("NEURO: Normal Glasgow coma scale.", "coma", "R40.20").negated());
    }
}

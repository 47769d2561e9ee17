package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bigeminy and trigeminy are premature beats of their chamber in a pattern (team-written sentences). */
class PrematureBeatPatternTest {

    @Test
    void atrialBigeminyIsAtrialPrematureDepolarization() {
        List<String> codes = outpatientCodes("IMPRESSION: Sinus rhythm with brief runs of atrial bigeminy.\n");
        assertTrue(codes.contains("I49.1"), codes.toString());
        assertFalse(codes.contains("I49.49"), codes.toString());
    }

    @Test
    void ventricularTrigeminyIsVentricularPrematureDepolarization() {
        List<String> codes = outpatientCodes("IMPRESSION: Frequent ventricular trigeminy during recovery.\n");
        assertTrue(codes.contains("I49.3"), codes.toString());
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lesion described as keratotic is scaly or thickened, not the keratosis the Index codes to L57.0 (Keratosis;
 * actinic, senile, solar): the adjective alone names no actinic keratosis (team-written sentences).
 */
class KeratoticLesionTest {

    @Test
    void aKeratoticLesionIsNoActinicKeratosis() {
        List<String> codes = outpatientCodes("ASSESSMENT: Growing keratotic papule of the right forearm, shave biopsy done.\n");
        assertFalse(codes.contains("L57.0"), codes.toString());
    }

    @Test
    void anActinicKeratosisIsStillCoded() {
        List<String> codes = outpatientCodes("ASSESSMENT: Actinic keratosis of the right forearm, treated with cryotherapy.\n");
        assertTrue(codes.contains("L57.0"), codes.toString());
    }
}

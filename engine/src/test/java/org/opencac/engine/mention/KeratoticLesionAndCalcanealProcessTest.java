package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two readings of a site or a surface word (team-written notes): a lesion only described as keratotic is no actinic
 * keratosis, though the Index sends Lesion, keratotic to Keratosis (L57.0), and a keratotic neoplasm of the skin
 * is the neoplasm of unspecified behaviour; the anterior (superior) calcaneal process is the anterior process of
 * the calcaneus the fracture titles name (S92.02-).
 */
class KeratoticLesionAndCalcanealProcessTest {

    @Test
    void aKeratoticLesionIsNoActinicKeratosis() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSES:\n1. Growing keratotic lesion of the right "
                + "cheek.\n2. Growing keratotic neoplasm of the left ear.\n");
        assertFalse(codes.contains("L57.0"), codes.toString());
        assertTrue(codes.contains("D49.2"), codes.toString());
    }

    @Test
    void anActinicKeratoticLesionStaysTheActinicKeratosis() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Actinic keratotic lesion of the scalp.\n");
        assertTrue(codes.contains("L57.0"), codes.toString());
    }

    @Test
    void aFractureOfTheAnteriorSuperiorCalcanealProcessIsTheAnteriorProcessFracture() {
        List<String> codes = outpatientCodes("EXAM: MRI of the left foot.\nIMPRESSION: Fracture of the "
                + "anterior superior calcaneal process of the left calcaneus.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S92.02")), codes.toString());
    }
}

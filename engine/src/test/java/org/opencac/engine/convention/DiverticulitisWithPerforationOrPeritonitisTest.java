package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diverticulitis told with a perforation, an abscess or a peritonitis is the diverticulitis "with perforation and
 * abscess" (Index: Diverticulitis, with abscess, perforation or peritonitis); K63.0 and K63.1 exclude diverticular
 * disease, while the peritonitis stays beside it as the Code also notes at K57 and K65 direct (team-written
 * sentences).
 */
class DiverticulitisWithPerforationOrPeritonitisTest {

    @Test
    void aPerforatedSigmoidDiverticulitisIsTheComplicatedCodeWithoutThePerforationCode() {
        List<String> codes = inpatientCodes("Diagnosis: perforated sigmoid diverticulitis, taken to surgery.");
        assertTrue(codes.contains("K57.20"), codes.toString());
        assertFalse(codes.contains("K57.32"), codes.toString());
        assertFalse(codes.contains("K63.1"), codes.toString());
    }

    @Test
    void diverticulitisWithPeritonitisKeepsThePeritonitisBesideTheComplicatedCode() {
        List<String> codes = inpatientCodes("Diagnosis: sigmoid diverticulitis with generalized peritonitis.");
        assertTrue(codes.contains("K57.20"), codes.toString());
        assertTrue(codes.contains("K65.0"), codes.toString());
        assertFalse(codes.contains("K57.32"), codes.toString());
    }

    @Test
    void diverticulitisAloneStaysWithoutPerforation() {
        List<String> codes = inpatientCodes("Diagnosis: sigmoid diverticulitis treated with oral antibiotics.");
        assertTrue(codes.contains("K57.32"), codes.toString());
    }
}

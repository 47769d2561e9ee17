package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bursitis of the knee other than the prepatellar bursa is "other bursitis of knee" (Index: Bursitis, knee NEC
 * M70.5-): the bursa of the pes anserinus at the medial knee is a knee bursa, not a bursitis of no stated site
 * (M71.50), and a knee bursitis of no named bursa is no prepatellar bursitis (M70.4-).
 */
class KneeBursitisSiteTest {

    @Test
    void aPesAnserineBursitisOfBothKneesIsCodedForEachKnee() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Bilateral pes anserinus bursitis.\n");
        assertTrue(codes.contains("M70.51") && codes.contains("M70.52"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M71.5")), codes.toString());
    }

    @Test
    void aKneeBursitisOfNoNamedBursaIsNoPrepatellarBursitis() {
        List<String> codes = outpatientCodes("ASSESSMENT: Right knee bursitis.\n");
        assertTrue(codes.contains("M70.51"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M70.4")), codes.toString());
    }
}

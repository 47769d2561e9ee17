package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An infection of a fascial space of the face and mouth (buccal, canine, masticator, submandibular, sublingual,
 * submental space), most often spread from a diseased tooth, is a cellulitis or abscess of the mouth (K12.2, which
 * includes the submandibular abscess); the tooth that caused it is coded beside it, and the space infection the
 * operation drains leads the postoperative diagnosis it heads.
 */
class OralFascialSpaceInfectionTest {

    @Test
    void aMasticatorSpaceAbscessIsAnAbscessOfTheMouth() {
        List<String> codes = outpatientCodes("ASSESSMENT: Right masticator space abscess.\n");
        assertTrue(codes.contains("K12.2"), codes.toString());
    }

    @Test
    void aSubmandibularSpaceCellulitisIsACellulitisOfTheMouth() {
        List<String> codes = outpatientCodes("IMPRESSION: Left submandibular space cellulitis, improving on antibiotics.\n");
        assertTrue(codes.contains("K12.2"), codes.toString());
    }

    @Test
    void theDrainedSpaceInfectionLeadsTheToothThatCausedIt() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Left buccal space infection and periapical"
                + " abscess of a lower molar.\nPROCEDURE: Incision and drainage of the buccal space; extraction of"
                + " the molar.\n");
        assertEquals("K12.2", codes.isEmpty() ? null : codes.get(0), codes.toString());
        assertTrue(codes.contains("K04.7"), codes.toString());
    }
}

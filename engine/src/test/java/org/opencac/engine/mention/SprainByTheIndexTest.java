package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/** Sprains read under the Alphabetic Index's main term Sprain, as fractures are under Fracture, traumatic. */
class SprainByTheIndexTest {

    @Test
    void aLigamentOnlyTheIndexNamesIsNotReadAsALigamentOfAnotherJoint() {
        // Sprain, ankle, talofibular ligament: see Sprain, ankle, specified ligament NEC (S93.49-); a search of the
        // titles by "anterior" and "ligament" found the anterior cruciate ligament of the knee
        assertEquals(List.of("S93.491A"),
                Coded.outpatientCodes("ASSESSMENT: Sprain of the right anterior talofibular ligament.\n"));
    }

    @Test
    void aSubtermWrittenByItsTitleGoesBeforeOneWrittenByALaterFormOfIt() {
        // Sprain, knee (S83.9-) against "coronary, knee" (the coronary ligament: S83.8X-), each taking "knee"
        assertEquals(List.of("S83.92XA"), Coded.outpatientCodes("ASSESSMENT: Sprain of the left knee.\n"));
    }

    @Test
    void theJointOfAnIndexSiteNeedNotBeWritten() {
        // "knee joint" is the Index's knee: the superior tibiofibular joint's title also writes knee and joint
        assertEquals(List.of("S83.92XA"), Coded.outpatientCodes("ASSESSMENT: Sprain of the left knee joint.\n"));
    }

    @Test
    void aJointAloneNamesNoSiteOfASprain() {
        // a joint the Index does not name (Chopart's) is not any joint a title writes (the shoulder)
        List<String> codes = Coded.outpatientCodes("IMPRESSION: Left Chopart joint sprain.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S43")), codes.toString());
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words read in another sense: "periods" of an EEG tracing are spans of time, a joint dislocated during an
 * arthroplasty is a step of the operation, a junctional pacemaker is a rhythm (team-written).
 */
class RecordingSpanAndOperativeStepSenseTest {

    @Test
    void periodsOfDrowsinessInATracingAreNotMenstrualPeriods() {
        List<String> codes = outpatientCodes("DESCRIPTION: Brief periods of drowsiness gave irregular slow "
                + "activity over both hemispheres.\nIMPRESSION: Mildly abnormal EEG.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("N92")), codes.toString());
    }

    @Test
    void irregularPeriodsAreStillMenstrual() {
        List<String> codes = outpatientCodes("ASSESSMENT: Irregular periods for six months.\n");
        assertTrue(codes.contains("N92.6"), codes.toString());
    }

    @Test
    void aKneeDislocatedToPlaceTheComponentsIsNoInjury() {
        List<String> codes = outpatientCodes("PROCEDURE: Total knee arthroplasty.\nDESCRIPTION: The knee was "
                + "dislocated and the excess cement was cleared from behind the tibial component.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S83")), codes.toString());
    }

    @Test
    void aCompetingJunctionalPacemakerIsARhythmNotADevice() {
        List<String> codes = outpatientCodes("IMPRESSION: Sinus bradycardia with a competing junctional "
                + "pacemaker.\n");
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }
}

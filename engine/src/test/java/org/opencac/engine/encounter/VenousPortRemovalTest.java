package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A venous port or central line taken out is an encounter for the vascular access device (Z45.2, Guidelines
 * I.C.21.c.7), listed before the disease it served when the operation performed names it; a line taken out
 * for its own infection is coded by that complication, which then leads.
 */
class VenousPortRemovalTest {

    @Test
    void aPortTakenOutAfterTherapyIsTheEncounterBeforeTheLeukemia() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Hodgkin lymphoma in remission.\n"
                + "POSTOPERATIVE DIAGNOSIS: Hodgkin lymphoma in remission.\n"
                + "OPERATION PERFORMED: Removal of implanted venous access port.\n"
                + "INDICATIONS: Treatment is finished and the device is not needed any more.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z45.2", codes.get(0), codes.toString());
    }

    @Test
    void aLineTakenOutForItsInfectionIsCodedByTheComplicationFirst() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Catheter-related bloodstream infection.\n"
                + "OPERATION PERFORMED: Removal of tunneled central venous catheter.\n");
        assertTrue(codes.contains("Z45.2"), codes.toString());
        assertTrue(codes.get(0).startsWith("T80.21"), codes.toString());
    }

    @Test
    void trocarPortsTakenOutAtTheEndOfALaparoscopyAreNoDevice() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.\n"
                + "PROCEDURE: Laparoscopic cholecystectomy. At the end the removal of the ports was done under "
                + "direct vision.\n");
        assertFalse(codes.contains("Z45.2"), codes.toString());
    }
}

package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A final statement's neoplasm of no site takes the site of the working statement's mass (team-written notes). */
class NeoplasmSiteFromWorkingStatementTest {

    @Test
    void neoplasmOfNoSiteTakesTheSiteOfThePreoperativeMass() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Left pleural mass.\n"
                + "POSTOPERATIVE DIAGNOSIS: Mesothelioma.\n"
                + "PROCEDURE: Thoracoscopy with biopsy of the parietal pleura.\n");
        assertTrue(codes.contains("C45.0"), codes.toString());
        assertFalse(codes.contains("C45.9") || codes.stream().anyMatch(c -> c.startsWith("J94")), codes.toString());
    }

    @Test
    void neoplasmWithoutAWorkingStatementMassKeepsItsCode() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Shortness of breath.\n"
                + "POSTOPERATIVE DIAGNOSIS: Mesothelioma.\n"
                + "PROCEDURE: Thoracoscopy with biopsy of the parietal pleura.\n");
        assertTrue(codes.contains("C45.9"), codes.toString());
    }
}

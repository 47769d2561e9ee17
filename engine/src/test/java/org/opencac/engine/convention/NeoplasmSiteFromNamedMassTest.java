package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A neoplasm of no site takes the site of the mass its section reports it in (team-written notes). */
class NeoplasmSiteFromNamedMassTest {

    @Test
    void morphologyReportedForASitedMassTakesTheMassSite() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Mesothelioma.\n"
                + "HISTORY: The pleural nodule sampled by needle in May shows cells of a mesothelioma.\n");
        assertTrue(codes.contains("C45.0"), codes.toString());
        assertFalse(codes.contains("C45.9"), codes.toString());
    }

    @Test
    void brainTumourTakesTheLobeOfTheMassItsScanShows() {
        List<String> codes = outpatientCodes("COURSE: A head scan found a cystic right temporal lobe mass with edema."
                + " The pathology after its resection was an astrocytoma.\n");
        assertTrue(codes.contains("C71.2"), codes.toString());
        assertFalse(codes.contains("C71.9"), codes.toString());
    }

    @Test
    void colonCancerTakesTheSiteNamedAfterItsMass() {
        List<String> codes = outpatientCodes("COURSE: A colonoscopy for his anemia showed a mass at the splenic"
                + " flexure. The biopsy of it showed colon cancer.\n");
        assertTrue(codes.contains("C18.5"), codes.toString());
        assertFalse(codes.contains("C18.9"), codes.toString());
    }

    @Test
    void massOfASiteTheCategoryDoesNotNameGivesNoSite() {
        List<String> codes = outpatientCodes("HISTORY: She has an astrocytoma. A chest film showed a small lung"
                + " nodule.\n");
        assertTrue(codes.contains("C71.9"), codes.toString());
    }

    @Test
    void deniedMassGivesNoSite() {
        List<String> codes = outpatientCodes("HISTORY: He has an astrocytoma. There is no frontal lobe mass.\n");
        assertTrue(codes.contains("C71.9"), codes.toString());
    }

    @Test
    void neckOfAnotherOrganNamesNoNeckForTheSoftTissueSarcoma() {
        List<String> codes = outpatientCodes("HISTORY: A scan showed a lytic lesion in the femoral neck."
                + " The specimen was read as a leiomyosarcoma.\n");
        assertFalse(codes.contains("C49.0"), codes.toString());
    }
}

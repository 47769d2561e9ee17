package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A site written after its finding and a comma is read with the finding (team-written sentences). */
class SiteAppositionTest {

    @Test
    void aColonSegmentAfterACommaIsTheSiteOfTheFindingBeforeIt() {
        List<String> codes = outpatientCodes("IMPRESSION:\n1. Diverticulosis, descending colon.\n2. Small internal "
                + "hemorrhoids.\n");
        assertTrue(codes.contains("K57.30"), codes.toString());
        assertFalse(codes.contains("K57.90"), codes.toString());
    }

    @Test
    void aFindingListedBeforeOtherItemsKeepsItsUnstatedSite() {
        List<String> codes = outpatientCodes("IMPRESSION: Polyps, diverticulosis, and hemorrhoids.\n");
        assertTrue(codes.contains("K57.90"), codes.toString());
    }
}

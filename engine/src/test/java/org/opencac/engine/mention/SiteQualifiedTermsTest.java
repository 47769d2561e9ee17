package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A term whose bare head word has the code of an unstated site, written with the site that the Index or the
 * Table of Neoplasms divides it by (team-written sentences).
 */
class SiteQualifiedTermsTest {

    @Test
    void aMeningiomaNamedByAnIntracranialSiteIsOfTheCerebralMeninges() {
        List<String> codes = outpatientCodes("IMPRESSION: Enlarging right parietal meningioma, to be followed.\n");
        assertTrue(codes.contains("D32.0"), codes.toString());
        assertFalse(codes.contains("D32.9"), codes.toString());
        List<String> spine = outpatientCodes("IMPRESSION: Thoracic spinal meningioma with mild cord compression.\n");
        assertTrue(spine.contains("D32.1"), spine.toString());
        List<String> bare = outpatientCodes("IMPRESSION: Meningioma, stable in size.\n");
        assertTrue(bare.contains("D32.9"), bare.toString());
    }

    @Test
    void pelvicEndometriosisIsThatOfThePelvicPeritoneum() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Pelvic endometriosis, stage II.\n");
        assertTrue(codes.contains("N80.30"), codes.toString());
        assertFalse(codes.contains("N80.9"), codes.toString());
    }

    @Test
    void aCarcinoidOfTheSmallBowelIsOfTheSmallIntestine() {
        List<String> codes = outpatientCodes("FINAL DIAGNOSIS: Carcinoid tumor of the small bowel, resected.\n");
        assertTrue(codes.contains("C7A.019"), codes.toString());
        assertFalse(codes.contains("C7A.00"), codes.toString());
    }

    @Test
    void aNecrotizingSoftTissueInfectionIsCodedAsNecrotizingFasciitisButAnOrgansKeepsItsOwnCode() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Necrotizing soft tissue infection of the left calf.\n");
        assertTrue(codes.contains("M72.6"), codes.toString());
        List<String> pancreas = outpatientCodes("IMPRESSION: Infected necrotizing pancreatitis.\n");
        assertFalse(pancreas.contains("M72.6"), pancreas.toString());
    }

    @Test
    void aPlanovalgusFootIsAnAcquiredFlatFoot() {
        List<String> codes = outpatientCodes("ASSESSMENT: Pes planovalgus of the left foot.\n");
        assertTrue(codes.contains("M21.42"), codes.toString());
        assertFalse(codes.contains("Q66.6"), codes.toString());
    }

    @Test
    void theBackOfTheHeadIsTheScalp() {
        List<String> codes = outpatientCodes("ASSESSMENT: Laceration to the back of the head after a fall at home.\n");
        assertTrue(codes.contains("S01.01XA"), codes.toString());
        assertFalse(codes.contains("S01.91XA"), codes.toString());
    }
}

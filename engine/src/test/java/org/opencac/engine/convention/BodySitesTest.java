package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The body sites that decide whether a symptom is integral to an injury ({@code body_sites.tsv}). */
class BodySitesTest {
    private final BodySites sites = BodySites.standard();

    @Test
    void aSymptomOfTheInjuredSiteSharesItsSite() {
        assertTrue(sites.shareSite("M25.561", "S83.91XA"));   // right knee pain, knee sprain
        assertTrue(sites.shareSite("R51.9", "S06.0X0A"));     // headache, concussion
        assertTrue(sites.shareSite("M54.2", "S13.4XXA"));     // neck pain, neck sprain
        assertTrue(sites.shareSite("M25.571", "S82.51XA"));   // ankle pain, fracture of the medial malleolus
    }

    @Test
    void aSymptomOfAnotherSiteDoesNot() {
        assertFalse(sites.shareSite("R51.9", "S80.12XA"));    // headache, contusion of the lower leg
        assertFalse(sites.shareSite("M54.2", "S09.10XA"));    // neck pain, strain of a muscle of the head
        assertFalse(sites.shareSite("M25.561", "S93.401A"));  // knee pain, ankle sprain
    }

    @Test
    void aLimbSegmentsPainReachesTheJointsAtItsEnds() {
        assertTrue(sites.shareSite("M79.661", "S83.91XA"));   // lower leg pain, knee sprain
        assertFalse(sites.shareSite("M79.641", "S83.91XA"));  // hand pain, knee sprain
    }

    @Test
    void aCodeOfNoKnownSiteSharesAny() {
        assertTrue(sites.shareSite("R52", "S80.12XA"));       // pain of unstated site
        assertTrue(sites.shareSite("R51.9", "T14.90XA"));     // injury of unspecified site
    }

    @Test
    void theLongestPatternGivesTheSites() {
        BodySites s = new BodySites(BodySites.read(("leg\tS80-S89\tknee,lower-leg\n"
                + "malleolus\tS82.5\tankle\n").getBytes(StandardCharsets.UTF_8), "test.tsv"));
        assertEquals(Set.of("ankle"), s.sitesOf("S82.51XA"));
        assertEquals(Set.of("knee", "lower-leg"), s.sitesOf("S82.101A"));
    }
}

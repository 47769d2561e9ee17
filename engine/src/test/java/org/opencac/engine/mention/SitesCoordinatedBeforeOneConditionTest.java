package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.codes;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Two sites written before the one condition word they share ("back and neck pain", "knee and ankle swelling")
 * are two conditions, each coded with its own site; words after "and" that are no finding share nothing
 * (team-written).
 */
class SitesCoordinatedBeforeOneConditionTest {

    @Test
    void eachSiteBeforeTheSharedPainWordIsCoded() {
        CodingResult r = outpatient("Chief complaint: back and neck pain since lifting boxes last week.");
        assertSuggested(r, "M54.2", 3);
        assertSuggested(r, "M54.9", 3);
        CodingResult chest = outpatient("He came in with chest and abdominal pain after dinner.");
        assertSuggested(chest, "R07.9", 3);
        assertSuggested(chest, "R10.9", 3);
    }

    @Test
    void theFirstSiteReadsItsOwnSiteNotTheCoordinatedOne() {
        CodingResult r = outpatient("Assessment: knee and ankle swelling after the long flight.");
        assertSuggested(r, "M25.469", 3);   // the knee's: the ankle's word is the other finding's
        assertTrue(codes(r).stream().noneMatch(c -> c.startsWith("M25.47")), () -> "ankle effusion read: " + codes(r));
    }

    @Test
    void wordsThatAreNoFindingShareNothing() {
        assertNotSuggested(outpatient("Social history: she drinks wine and does not use tobacco products."), "F10.90");
    }
}

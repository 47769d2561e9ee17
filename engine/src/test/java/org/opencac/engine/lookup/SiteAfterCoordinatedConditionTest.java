package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A condition already qualified by a site before it ("right arm pain") does not take the site written after the
 * next condition of a coordinated pair ("... and numbness in the fingers"): that site is the second condition's.
 * A condition with no site of its own still shares it ("pain and swelling of the left knee").
 */
class SiteAfterCoordinatedConditionTest {

    @Test
    void aSiteAfterTheSecondConditionIsNotTheFirstOnes() {
        CodingResult r = outpatientChecked("Since the operation he notes left arm pain and numbness in his fingers.");
        assertTrue(NoteAssert.codes(r).contains("M79.602"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M79.64")), NoteAssert.codes(r).toString());
    }

    @Test
    void aConditionWithoutItsOwnSiteSharesTheSiteAfterThePair() {
        CodingResult r = outpatientChecked("Since Monday she notes pain and swelling in her left knee.");
        assertTrue(NoteAssert.codes(r).contains("M25.562"), NoteAssert.codes(r).toString());
    }
}

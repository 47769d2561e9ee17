package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A denied list closed by its "or" or "and" is complete: an item a comma adds after it that opens with a word
 * describing how a part looks or works ("no rash or bruising, pale skin") is found, not denied; a list of bare
 * commas, or one whose next item is a plain finding, goes on being denied.
 */
class DescribedFindingAfterAClosedListTest {

    @Test
    void aPaleSkinAfterADeniedPairIsFound() {
        assertFalse(assess("Skin: no petechiae or bruising, pale skin and lips.", "pale skin").negated());
    }

    @Test
    void aFindingAfterACommaListClosedByAndIsFound() {
        assertFalse(assess("Heart: no rub, gallop and click, distant heart sounds.", "distant heart sounds").negated());
    }

    @Test
    void theItemsOfTheClosedListStayDenied() {
        assertTrue(assess("Skin: no petechiae or bruising, pale skin and lips.", "bruising").negated());
    }

    @Test
    void aPlainFindingAfterADeniedPairIsStillDenied() {
        assertTrue(assess("She has had no nausea or vomiting, headache, or sore throat.", "headache").negated());
    }

    @Test
    void aDescribedFindingAfterAListOfBareCommasIsStillDenied() {
        assertTrue(assess("Skin: no petechiae, pale patches.", "pale patches").negated());
    }
}

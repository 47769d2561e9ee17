package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/** The subterm words of an Index path's last "see" cross-reference, read step by step at the path's arrows. */
class SeeReferenceWordsTest {

    private static Term indexPath(String text) {
        return new Term(text, "L03.119", TermSource.ALPHABETIC_INDEX);
    }

    @Test
    void lastSeeReferenceGivesItsSubtermWords() {
        assertEquals("lower limb", TabularResolution.referenceWords(
                indexPath("Cellulitis \u2192 foot \u2192 see Cellulitis, lower limb")));
    }

    @Test
    void indexReferringWordsAndCommasFallAwayAndSpacesCloseUp() {
        assertEquals("upper arm", TabularResolution.referenceWords(
                indexPath("Abscess \u2192 arm \u2192 see Abscess, by site,  upper   arm NEC")));
    }

    @Test
    void seeAlsoAndAPathWithoutReferenceGiveNothing() {
        assertEquals("", TabularResolution.referenceWords(
                indexPath("Cellulitis \u2192 see also Abscess, lower limb")));
        assertEquals("", TabularResolution.referenceWords(indexPath("Cellulitis \u2192 foot")));
        assertEquals("", TabularResolution.referenceWords(
                new Term("Cellulitis \u2192 see Cellulitis, lower limb", "L03.119", TermSource.CURATED)));
    }

    @Test
    void anArrowWithoutItsSpacesDoesNotPartAStep() {
        assertEquals("b\u2192c", TabularResolution.referenceWords(indexPath("Term \u2192 see Other, b\u2192c")));
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A neoplasm whose site row in the Table of Neoplasms prints no cell of its own but a cross-reference ("colon, see
 * also Neoplasm, intestine, large") is coded from the referenced row, not asked about. Sentences are our own.
 */
class NeoplasmTableCrossReferenceTest {

    @Test
    void aNeoplasmOfTheColonIsCodedFromTheLargeIntestineRow() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nNeoplasm of the right colon, biopsies sent.\n");
        assertSuggested(r, "D49.0", 3);
        assertTrue(r.queries().stream().noneMatch(q -> q.missing().equals("site")), r.queries().toString());
        assertSuggested(outpatientChecked("IMPRESSION:\nColon neoplasm, surgical consult requested.\n"), "D49.0", 3);
    }

    @Test
    void aRowWithNoCellsAtAllFollowsItsSeeReference() {
        // "bowel, see Neoplasm, intestine"
        assertSuggested(outpatientChecked("ASSESSMENT:\nNeoplasm of the bowel, awaiting imaging.\n"), "D49.0", 3);
    }
}

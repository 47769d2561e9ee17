package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A colon polyp whose histology is not told is a polyp of colon (Index: Polyp, colon K63.5), whatever part of the
 * colon it is in; a history of adenomatous polyps is Z86.0101, which a history of colon polyps of no stated type told
 * elsewhere in the note does not add to. Sentences are our own.
 */
class ColonPolypHistologyTest {

    @Test
    void aPolypOfAPartOfTheColonWithoutHistologyIsAPolypOfColon() {
        CodingResult r = outpatientChecked("IMPRESSION:\n1. Sigmoid colon polyps, removed; pathology awaited.\n");
        assertSuggested(r, "K63.5", 3);
        assertNotSuggested(r, "D12.5");
    }

    @Test
    void aHistoryOfAdenomatousPolypsIsTheHistoryOfItsType() {
        CodingResult r = outpatientChecked("DIAGNOSES:\n1. History of colon polyps.\n"
                + "INDICATIONS:\nHe has a history of adenomatous polyps and comes for surveillance.\n");
        assertSuggested(r, "Z86.0101", 3);
        assertNotSuggested(r, "Z86.0100");
        assertNotSuggested(r, "Z86.018");
    }

    @Test
    void noPrenatalCareIsInsufficientAntenatalCare() {
        CodingResult r = outpatientChecked("HISTORY:\nShe is a G3 P2 at 38 weeks gestation with no prenatal care, now in labor.\n");
        assertSuggested(r, "O09.33", 5);
    }
}

package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A word that is a main term of its own but is written before the noun that heads its phrase qualifies that noun:
 * of two Index paths reading as many words and sharing that word, the one from the head noun is kept. Sentences
 * are our own.
 */
class ModifierBeforeHeadConditionTest {

    @Test
    void aNodularThyroidGoiterIsOneGoiterNotAlsoANodule() {
        // Goiter, nodular E04.9, not Nodule, thyroid E04.1 beside it
        CodingResult r = outpatientChecked("IMPRESSION:\nNodular thyroid goiter, stable on ultrasound.\n");
        assertSuggested(r, "E04.9", 3);
        assertNotSuggested(r, "E04.1");
    }

    @Test
    void aNoduleWithoutAHeadNounAfterItIsStillANodule() {
        assertSuggested(outpatientChecked("IMPRESSION:\nA nodule of the thyroid, for biopsy next week.\n"), "E04.1", 3);
    }

    @Test
    void coordinatedFindingsAreNoModifierOfEachOther() {
        // "sore throat and fever" is two findings: never Fever, sore (herpes)
        assertNotSuggested(outpatientChecked("HPI:\nShe had a sore throat and fever for three days.\n"), "B00.1");
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A term whose last word names a region of the body part written after it ("the back of the knee",
 * region_words.txt) has not read its site: "pain in the back of her knee" is no back pain. Sentences are our own.
 */
class RegionOfABodyPartTest {

    @Test
    void painInTheBackOfAnotherBodyPartIsNoBackPain() {
        CodingResult thigh = outpatientChecked("Assessment: she has pain in the back of her left thigh when she climbs "
                + "stairs.");
        assertNotSuggested(thigh, "M54.9");
        assertEquals("other_code", mention(thigh, "pain in the back").reason());
        // where the lexicon has the part's own reading, that reading codes the pain ("pain in the back of the knee")
        CodingResult knee = outpatientChecked("Assessment: she has pain in the back of her left knee when she climbs "
                + "stairs.");
        assertNotSuggested(knee, "M54.9");
        assertSuggested(knee, "M25.562", 3);
        assertNotSuggested(outpatientChecked("Assessment: pain in the back of the neck for a week."), "M54.9");
    }

    @Test
    void painInTheBackItselfIsStillBackPain() {
        assertSuggested(outpatientChecked("Assessment: pain in the back for two weeks, worse when lifting."), "M54.9",
                3);
        assertSuggested(outpatientChecked("Assessment: pain in the back, of uncertain cause."), "M54.9", 3);
    }
}

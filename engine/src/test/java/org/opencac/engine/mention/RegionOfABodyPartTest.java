package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A term whose last word names a region of the body part written after it ("the back of the knee",
 * region_words.txt) has not read its site: "pain in the back of her knee" is no back pain. Sentences are our own.
 */
class RegionOfABodyPartTest {

    private static CodingResult code(String text) {
        return NoteAssert.codeChecked(text, CareSetting.OUTPATIENT);
    }

    @Test
    void painInTheBackOfAnotherBodyPartIsNoBackPain() {
        CodingResult knee = code("Assessment: she has pain in the back of her left knee when she climbs stairs.");
        assertNotSuggested(knee, "M54.9");
        assertEquals("other_code", mention(knee, "pain in the back").reason());
        assertNotSuggested(code("Assessment: pain in the back of the neck for a week."), "M54.9");
    }

    @Test
    void painInTheBackItselfIsStillBackPain() {
        assertSuggested(code("Assessment: pain in the back for two weeks, worse when lifting."), "M54.9", 3);
        assertSuggested(code("Assessment: pain in the back, of uncertain cause."), "M54.9", 3);
    }
}

package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A spinal level written in parentheses right after another level ("S1 (L5)") is the first level's other name
 * (MentionFinder): the term is read with the first level, which names the root, and not from the parenthesised
 * level on, as a parenthesis opening a term otherwise is ("(grade II) hemorrhoids"). Sentences are our own.
 */
class ParenthesizedLevelAliasTest {

    @Test
    void theLevelBeforeTheParenthesisNamesTheRoot() {
        CodingResult r = outpatientChecked("Impression: chronic left S1 (L5) radiculopathy on the study.");
        assertSuggested(r, "M54.17", 3);
        assertNotSuggested(r, "M54.16");
        CodingResult other = outpatientChecked("Impression: chronic left L5 (S1) radiculopathy on the study.");
        assertSuggested(other, "M54.16", 3);
        assertNotSuggested(other, "M54.17");
    }

    @Test
    void aParenthesisOpeningATermStillQualifiesIt() {
        assertSuggested(outpatientChecked("Assessment: (grade II) hemorrhoids, bleeding at times."), "K64.1", 3);
    }
}

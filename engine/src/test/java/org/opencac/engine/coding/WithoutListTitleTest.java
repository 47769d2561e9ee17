package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A title's "without A, B, C, and D" excludes every item of the list, not only the first: the last item
 * ("anxiety") of a default child's without-list is not a word that child states, so a sibling "with anxiety"
 * adds it and needs it written.
 */
class WithoutListTitleTest {

    @Test
    void aMildDementiaWithNoAnxietyWrittenIsNotCodedWithAnxiety() {
        CodingResult r = inpatientChecked("ASSESSMENT: Mild senile-type dementia, lives with her son.");
        NoteAssert.assertNotSuggested(r, "F03.A4");
    }

    @Test
    void aDementiaWithAnxietyWrittenKeepsTheAnxietyCode() {
        CodingResult r = inpatientChecked("ASSESSMENT: Moderate vascular dementia with anxiety.");
        NoteAssert.assertSuggested(r, "F01.B4", 3);
    }
}

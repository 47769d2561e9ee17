package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;

/**
 * A condition written as the Alphabetic Index writes it, each modifier after a comma ("Otitis media, suppurative"),
 * is read as the modified condition. Sentences are our own.
 */
class IndexOrderModifiersTest {

    @Test
    void oneModifierAfterACommaIsReadBeforeTheCondition() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Otitis media, suppurative.\n");
        assertSuggested(r, "H66.40", 3);
        assertNotSuggested(r, "H66.90");
    }

    @Test
    void twoModifiersAfterCommasAreReadTogether() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Otitis media, chronic, serous.\n");
        assertSuggested(r, "H65.20", 3);
        assertNotSuggested(r, "H66.90");
    }

    @Test
    void aWordOfAnotherConditionIsNotAModifier() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Cough, chronic fatigue syndrome.\n");
        assertNotSuggested(r, "R05.3");
    }

    @Test
    void chestWallTendernessIsChestWallPain() {
        CodingResult r = inpatientChecked("IMPRESSION:\n1. Chest wall tenderness with exertion, no ischemia.\n");
        assertSuggested(r, "R07.89", 3);
        assertNotSuggested(r, "R07.9");
    }

    @Test
    void aModifierFollowedByAnotherWordIsNotReadAsOne() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Otitis media, suppurative drainage from the canal.\n");
        assertSuggested(r, "H66.90", 3);
        assertNotSuggested(r, "H66.40");
    }

    @Test
    void aModifierBeforeAFunctionWordIsNotReadAsOne() {
        CodingResult r = inpatientChecked("HISTORY:\nShe has anemia, history of asthma.\n");
        assertNotSuggested(r, "Z86.2");
    }

    @Test
    void aControlWordAfterTheCommaStaysOutsideTheMentionForTheAssertionToRead() {
        CodingResult r = inpatientChecked("PAST MEDICAL HISTORY:\nHistory of hypertension, uncontrolled.\n");
        MentionOutcome m = r.mentions().stream().filter(o -> o.text().toLowerCase().startsWith("hypertension"))
                .findFirst().orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("hypertension", m.text().toLowerCase());
        assertEquals("present", m.assertion());
    }
}

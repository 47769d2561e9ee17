package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A more specific sibling is chosen for the words of a clause only when it refines the mention's own condition:
 * a title's "without X" is never chosen where X is written, and a sibling naming another condition of a grab-bag
 * category is not the code of a condition written beside it (team-written sentences).
 */
class SiblingNamesAnotherConditionTest {

    @Test
    void vomitingWrittenBesideNauseaIsNeverVomitingWithoutNausea() {
        CodingResult both = outpatient("Overnight he had nausea and two episodes of vomiting.");
        assertSuggested(both, "R11.2", 3);
        assertNotSuggested(both, "R11.11");
        assertSuggested(outpatient("Vomiting without nausea since this morning."), "R11.11", 3);
    }

    @Test
    void aWithoutPhraseExcludesOnlyItsOwnWords() {
        // "without intrauterine pregnancy": "pregnancy" is the condition itself, not what the code excludes
        assertSuggested(outpatient("Postoperative diagnosis: right tubal pregnancy."), "O00.101", 3);
    }

    @Test
    void twoConditionsOfOneGrabBagCategoryStayTwoCodes() {
        CodingResult pair = outpatient("She reports dysmenorrhea and dyspareunia.");
        assertSuggested(pair, "N94.6", 3);
        assertSuggested(pair, "N94.10", 3);
    }

    @Test
    void aSiblingUnderAHeaderNamingTheConditionStillRefinesIt() {
        CodingResult wbc = outpatient("Labs showed an elevated white count with bandemia.");
        assertSuggested(wbc, "D72.825", 3);
        assertNotSuggested(wbc, "D72.829");
    }
}

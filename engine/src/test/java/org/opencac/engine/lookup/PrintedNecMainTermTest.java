package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Main terms the Index prints with "NEC" are reached by the note's word ("pneumopathy" is Pneumopathy NEC, J98.4);
 * "symptoms", now reachable as Symptoms NEC, stays the general word it is in a note (team-written sentences).
 */
class PrintedNecMainTermTest {

    @Test
    void aConditionPrintedWithNecIsCodedFromItsWord() {
        assertSuggested(inpatient("Assessment: cholestasis of unclear cause, to be studied."), "K83.1", 3);
    }

    @Test
    void theGeneralWordSymptomsLeadsToNoSymptomCode() {
        CodingResult r = inpatient("Two weeks later pelvic symptoms appeared and she was seen again.");
        assertNotSuggested(r, "R19.8");
        assertNotSuggested(inpatient("After the appearance of new symptoms she came back."), "R46.89");
    }
}

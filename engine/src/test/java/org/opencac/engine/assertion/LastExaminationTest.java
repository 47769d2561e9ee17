package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An examination or a screening named after "last" is an earlier encounter: its encounter code is not this visit's
 * (rule {@code hist_last_examination}, examination and screening codes only). Sentences are our own.
 */
class LastExaminationTest {

    @Test
    void aLastExaminationWithItsDateIsAnEarlierEncounter() {
        CodingResult r = outpatientChecked("CHIEF COMPLAINT: Breast lump.\nHISTORY: Last gynecological exam: 08/02."
                + " Last mammogram in 2003.\n");
        assertNotSuggested(r, "Z01.419");
        assertNotSuggested(r, "Z01.411");
        assertEquals("history_no_code", mention(r, "gynecological exam").reason());   // no history code for it
    }

    @Test
    void theExaminationOfThisVisitIsCoded() {
        assertSuggested(outpatientChecked("REASON FOR VISIT: She comes in today for her annual gynecological "
                + "exam.\n"), "Z01.419", 3);
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The toxicities of a regimen discussed with the patient are harms weighed, not suffered; a cue that needs an
 * earlier word it does not find ("were discussed" after a risk) does not hide a shorter cue at its place. Sentences
 * are our own.
 */
class ToxicitiesDiscussedTest {

    @Test
    void toxicitiesDiscussedWithThePatientAreNotHerConditions() {
        CodingResult r = outpatientChecked("PLAN: Chemotherapy. The toxicities were discussed with her, including "
                + "mucositis, "
                + "diarrhea and hair loss.\n");
        assertNotSuggested(r, "K12.30");
        assertNotSuggested(r, "R19.7");
        assertEquals("hypothetical", mention(r, "mucositis").reason());
    }

    @Test
    void toxicitiesSheDevelopedAreHers() {
        assertSuggested(outpatientChecked("ASSESSMENT: She developed toxicities during the last cycle, including "
                + "mucositis.\n"),
                "K12.30", 5);
    }
}

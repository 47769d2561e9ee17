package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A penile prosthesis that no longer works is the mechanical breakdown of the implanted penile prosthesis (T83.410-),
 * read as the Index reads a malfunctioning ventricular shunt; an infected one is T83.61-. A prosthesis that works
 * well raises neither. Sentences are our own.
 */
class PenileProsthesisComplicationTest {

    @Test
    void aNonfunctioningPenileProsthesisIsItsBreakdown() {
        CodingResult r = inpatientChecked("POSTOPERATIVE DIAGNOSIS: Nonfunctioning inflatable penile prosthesis, for exchange.\n");
        assertSuggested(r, "T83.410A", 2);
    }

    @Test
    void anInfectedPenileImplantIsAnInfectionDueToTheDevice() {
        CodingResult r = inpatientChecked("ASSESSMENT: Infected penile implant, to start antibiotics.\n");
        assertSuggested(r, "T83.61XA", 2);
        assertNotSuggested(r, "T83.410A");
    }

    @Test
    void aWorkingPenileProsthesisRaisesNoComplication() {
        CodingResult r = inpatientChecked("HISTORY: His penile prosthesis works well and he has no concerns about it.\n");
        assertNotSuggested(r, "T83.410A");
        assertNotSuggested(r, "T83.61XA");
    }
}

package org.opencac.engine.coding;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A word telling an episode (an exacerbation, a flare) written only of an earlier episode documents that episode,
 * not the condition the note finds now: the note's other statements of the same code do not lend it to a present
 * mention (Guidelines I.C.10.a.1, I.C.21.c.4). An exacerbation the note tells as current is still coded.
 */
class PastEpisodeWordOfAStatementTest {

    @Test
    void anExacerbationTreatedMonthsAgoDoesNotMakeTheStandingCopdAnExacerbation() {
        CodingResult r = NoteAssert.codeChecked("HISTORY: He lives with severe COPD, and he needed a feeding tube"
                + " five months ago when he was treated for an acute exacerbation of COPD.\n"
                + "IMPRESSION: Severe chronic obstructive pulmonary disease, stable on inhalers.",
                CareSetting.OUTPATIENT);
        NoteAssert.assertSuggested(r, "J44.9", Integer.MAX_VALUE);
        NoteAssert.assertNotSuggested(r, "J44.1");
    }

    @Test
    void anExacerbationToldAsCurrentIsStillCoded() {
        CodingResult r = NoteAssert.codeChecked("HISTORY: He lives with severe COPD and has had more cough and"
                + " wheezing this week.\nIMPRESSION: Acute exacerbation of chronic obstructive pulmonary disease.",
                CareSetting.OUTPATIENT);
        NoteAssert.assertSuggested(r, "J44.1", Integer.MAX_VALUE);
    }
}

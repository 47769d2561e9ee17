package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.TestModels;

/**
 * An Index path that gathers a site before a negation and its lead word after it ("the kidneys fail to demonstrate
 * evidence of mass" read as Mass, kidney) is denied by that negation, however short the lead word ("mass", "cyst").
 */
class ShortLeadWordAfterANegationInsideAPathTest {

    @Test
    void aSiteThenFailedToDemonstrateAMassIsNegated() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Images of both kidneys fail to identify a mass or any stones.", CareSetting.OUTPATIENT));
        for (MentionOutcome m : r.mentions()) {
            if (m.text().toLowerCase(java.util.Locale.ROOT).endsWith("mass")) {
                assertEquals("negated", m.assertion().toLowerCase(java.util.Locale.ROOT), m.text());
            }
        }
        assertNotSuggested(r, "N28.89");
    }
}

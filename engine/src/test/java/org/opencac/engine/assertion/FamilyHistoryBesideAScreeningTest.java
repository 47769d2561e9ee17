package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.codeChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;

/**
 * A screening's scope ends at a relative's cue: the family history said beside the screening is the relative's
 * fact (Z80-Z84), not what the screening looks for, also when the lexicon term itself begins with the cue.
 */
class FamilyHistoryBesideAScreeningTest {

    @Test
    void aFamilyHistoryBesideAScreeningIsCoded() {
        CodingResult polyps = codeChecked("INDICATION: Screening colonoscopy given family history of polyps.\n",
                CareSetting.OUTPATIENT);
        assertSuggested(polyps, "Z83.719", 3);
        CodingResult cancer = codeChecked("PREOPERATIVE DIAGNOSES: Screening colonoscopy and family history of colon"
                + " cancer.\n", CareSetting.OUTPATIENT);
        assertSuggested(cancer, "Z80.0", 3);
    }
}

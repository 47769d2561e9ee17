package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;

/**
 * An Excludes1 note that says its condition is coded elsewhere ("localized pain, unspecified type - code to pain by
 * site, such as: abdomen pain (R10.-)" at R52) names which of the two codes reports it: the code it names, not the
 * code holding the note, whichever the note lists first.
 */
class NoteCodingConditionElsewhereTest {
    @Test
    void generalizedPainStatedFirstBesideAbdominalPainIsCodedBySite() {
        var r = outpatient("Assessment: 1. Generalized pain. 2. Right lower quadrant abdominal pain.");
        assertSuggested(r, "R10.31", 3);
        assertNotSuggested(r, "R52");
    }

    @Test
    void aPainSyndromeStatedFirstBesideEpigastricPainIsCodedBySite() {
        var r = outpatient("Assessment: 1. Pain syndrome, worse this month. 2. Epigastric pain after meals.");
        assertSuggested(r, "R10.13", 3);
        assertNotSuggested(r, "R52");
    }

    @Test
    void onlyItemsUnderTheCodeToHeadingAreSentElsewhere() {
        var notes = List.of(
                InstructionalNote.of(NoteType.EXCLUDES1,
                        "chronic pain, not elsewhere classified (G89.-)", "R52"),
                InstructionalNote.of(NoteType.EXCLUDES1,
                        "localized pain, unspecified type - code to pain by site, such as:", "R52"),
                InstructionalNote.of(NoteType.EXCLUDES1,
                        "abdomen pain (R10.-)", "R52"));
        assertFalse(Excludes1Check.codesElsewhere(notes, notes.get(0)));
        assertTrue(Excludes1Check.codesElsewhere(notes, notes.get(2)));
    }
}

package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Orthopedic "hardware" is an internal fixation device: a statement of retained hardware is the encounter for
 * its removal (Z47.2), painful hardware the pain due to an internal orthopedic device (T84.84-).
 */
class OrthopedicHardwareStatementTest {

    @Test
    void retainedHardwareInTheStatementIsTheEncounterForItsRemoval() {
        assertSuggested(outpatient("PREOPERATIVE DIAGNOSIS: Retained hardware, left ankle.\n"
                + "PROCEDURE: Removal of the plate and screws.\n"), "Z47.2", 3);
    }

    @Test
    void painfulHardwareIsPainDueToAnInternalOrthopedicDevice() {
        CodingResult r = outpatient("POSTOPERATIVE DIAGNOSIS: Painful hardware, right wrist.\n");
        assertSuggested(r, "T84.84XA", 3);
        List<String> codes = NoteAssert.codes(r);
        assertFalse(codes.contains("Z47.2"), codes.toString());
    }

    @Test
    void noRetainedHardwareOnTheFilmIsNotCoded() {
        List<String> codes = NoteAssert.codes(outpatient("FINDINGS: Postoperative films showed no retained "
                + "hardware.\n"));
        assertFalse(codes.contains("Z47.2"), codes.toString());
    }
}

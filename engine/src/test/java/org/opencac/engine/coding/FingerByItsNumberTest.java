package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A finger named by its number (the thumb being the first) is the Tabular's index, middle, ring or little finger,
 * and a Dupuytren nodule is palmar fibromatosis (team-written sentences).
 */
class FingerByItsNumberTest {

    @Test
    void theThirdFingerIsTheMiddleFinger() {
        var r = outpatientChecked("ASSESSMENT:\n1. Trigger finger, right third finger.\n");
        assertSuggested(r, "M65.331", 3);
        assertNotSuggested(r, "M65.30");
    }

    @Test
    void theFifthFingerIsTheLittleFinger() {
        assertSuggested(outpatientChecked("ASSESSMENT:\n1. Trigger finger of the left fifth finger.\n"), "M65.352", 3);
    }

    @Test
    void aDupuytrenNoduleIsPalmarFibromatosis() {
        assertSuggested(outpatientChecked("ASSESSMENT:\n1. Dupuytren's nodule in the right palm.\n"), "M72.0", 3);
    }
}

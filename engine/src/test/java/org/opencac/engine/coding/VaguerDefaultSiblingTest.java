package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Specificity (Guidelines I.A.9, I.B.13) never moves a default to a sibling that names the same condition more
 * vaguely: a clause's other form of a title word ("depression" beside "depressive") documents nothing new when
 * the clause also writes the words the sibling leaves out ("major", "disorder").
 */
class VaguerDefaultSiblingTest {

    @Test
    void aMajorDepressionDisorderStaysTheMajorDepressiveDisorder() {
        CodingResult r = outpatientChecked("Assessment: major depression disorder; we will keep the sertraline dose.");
        assertSuggested(r, "F32.9", 3);
        assertNotSuggested(r, "F32.A");
    }

    @Test
    void depressionSaidAloneIsStillDepressionUnspecified() {
        CodingResult r = outpatientChecked("Assessment: depression; we will keep the sertraline dose.");
        assertSuggested(r, "F32.A", 3);
        assertNotSuggested(r, "F32.9");
    }

    @Test
    void blindnessOfOneEyeIsNotTheBlindnessOfBothEyes() {
        CodingResult r = outpatientChecked("Assessment: monocular blindness since an old injury, stable.");
        assertSuggested(r, "H54.40", 3);
        assertNotSuggested(r, "H54.0X33");
    }

    @Test
    void passingLossOfSightInOneEyeIsAmaurosisFugax() {
        assertSuggested(outpatientChecked("Assessment: transient monocular blindness, work-up under way."),
                "G45.3", 3);
    }
}

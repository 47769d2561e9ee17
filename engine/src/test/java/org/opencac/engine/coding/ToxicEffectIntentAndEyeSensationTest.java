package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A poisoning or toxic effect whose intent the note does not tell is accidental (Guidelines I.C.19.e.5.b), whether
 * the Index, the Table of Drugs and Chemicals or a synonym names the substance; a foreign body sensation said of
 * an eye is the eye's code (H57.8A-), not the respiratory one (R09.A-).
 */
class ToxicEffectIntentAndEyeSensationTest {
    @Test
    void leadPoisoningOfNoStatedIntentIsAccidental() {
        var r = inpatient("Assessment: lead poisoning from years of work at a smelter.");
        assertSuggested(r, "T56.0X1A", 3);
        assertNotSuggested(r, "T56.0X3A");
    }

    @Test
    void saturnismIsLeadPoisoning() {
        assertSuggested(inpatient("Assessment: chronic saturnism in a foundry worker."), "T56.0X1A", 3);
    }

    @Test
    void aSubstanceRowClosedByNecOrSpellingItsFormsIsReadByItsName() {
        assertSuggested(inpatient("Assessment: mercury poisoning after a broken thermometer was heated."),
                "T56.1X1A", 3);
        assertSuggested(inpatient("Assessment: benzodiazepine overdose, observed overnight."), "T42.4X1A", 3);
    }

    @Test
    void aForeignBodySensationInAnEyeIsTheEyesCode() {
        var r = inpatient("Complaint: foreign body sensation in the right eye since yesterday.");
        assertSuggested(r, "H57.8A1", 3);
        assertNotSuggested(r, "R09.A0");
    }
}

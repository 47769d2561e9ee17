package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Gall bladder" written in two words is the gallbladder the code sets print in one, not the urinary bladder its
 * second word names alone. Sentences are our own.
 */
class GallBladderInTwoWordsTest {

    @Test
    void gallBladderDiseaseIsADiseaseOfTheGallbladder() {
        CodingResult r = outpatientChecked("Impression: gall bladder disease, for surgical referral.");
        assertSuggested(r, "K82.9", 3);
        assertNotSuggested(r, "N32.9");
    }

    @Test
    void gallBladderStonesAreGallstones() {
        CodingResult r = outpatientChecked("Impression: gall bladder stones seen on the ultrasound.");
        assertSuggested(r, "K80.20", 3);
        assertNotSuggested(r, "N21.0");
    }

    @Test
    void theUrinaryBladderAloneIsStillTheBladder() {
        assertSuggested(outpatientChecked("Impression: bladder disease of unclear kind, for urology referral."),
                "N32.9", 3);
    }
}

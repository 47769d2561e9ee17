package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The site a pain spreads to ("radiates to the back") is a feature of the pain, not a pain of that site: a coder
 * codes the pain where it is (team-written sentences).
 */
class SpreadSiteIsNoConditionTest {

    @Test
    void epigastricPainRadiatingToTheBackIsNoBackPain() {
        CodingResult r = outpatient("Chief complaint: epigastric pain for five days. The pain now radiates to the "
                + "back and is worse after meals.");
        assertSuggested(r, "R10.13", 3);
        assertNotSuggested(r, "M54.9");
    }

    @Test
    void chestPainRadiatingIntoTheLeftArmIsNoArmPain() {
        CodingResult r = outpatient("Chief complaint: chest pain radiating into her left arm since this morning.");
        assertNotSuggested(r, "M79.602");
    }

    @Test
    void backPainOfItsOwnIsStillCoded() {
        CodingResult r = outpatient("Chief complaint: back pain after lifting boxes. The pain does not radiate.");
        assertSuggested(r, "M54.9", 3);
    }

    @Test
    void aBackPainOfTheNextSentenceIsStillCoded() {
        CodingResult r = outpatient("Chief complaint: chest pain radiating to the jaw. He also has back pain after a "
                + "fall last week.");
        assertSuggested(r, "M54.9", 5);
    }

    @Test
    void aSpreadWrittenWithCapitalsIsStillNoBackPain() {
        CodingResult r = outpatient("Chief complaint: epigastric pain for five days. The pain now Radiates To The "
                + "back and is worse after meals.");
        assertSuggested(r, "R10.13", 3);
        assertNotSuggested(r, "M54.9");
    }
}

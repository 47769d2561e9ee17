package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A list whose last item "and" or "or" joins continues a cue's scope past its window as a comma list does, while
 * the items stay short, for a doubt read forward; a coordinated clause with its own subject, or an item joined
 * after a word of addition ("as well as", "also"), is not in it, nor is an item that opens by calling what follows
 * evidence or findings ("and evidence of"); a past cue's scope is as before. Sentences are our own.
 */
class CoordinatedListContinuesScopeTest {

    @Test
    void aDoubtReachesTheItemAfterAndPastItsWindow() {
        String s = "She may have worsening chronic migraine headaches by poor nightly sleep and caffeine withdrawal.";
        assertTrue(assess(s, "caffeine withdrawal").uncertain());
        assertTrue(assess(s, "migraine").uncertain());
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectEndsTheDoubt() {
        String s = "Possible gastritis from the new medication and she was started on omeprazole for reflux.";
        assertFalse(assess(s, "reflux").uncertain());
    }

    @Test
    void aFindingJoinedAfterAsWellAsOrAlsoIsSaidBesidesTheDoubt() {
        String s = "The scan suggests a small bowel obstruction at the distal ileum as well as moderate ascites and hydronephrosis.";
        assertFalse(assess(s, "hydronephrosis").uncertain());
        String t = "Symptoms consistent with possible gout of the toe with also knee pain and low vitamin B12.";
        assertFalse(assess(t, "low vitamin B12").uncertain());
    }

    @Test
    void aFindingJoinedAsEvidenceAfterTheDoubtIsStatedNotDoubted() {
        String s = "The daughter wonders about warfarin given his possibly intermittent atrial flutter and evidence of mitral regurgitation on the echo.";
        assertTrue(assess(s, "atrial flutter").uncertain());
        assertFalse(assess(s, "mitral regurgitation").uncertain());
        String t = "Questionable early cirrhosis of the liver and ultrasound findings of splenomegaly with mild ascites.";
        assertFalse(assess(t, "splenomegaly").uncertain());
    }

    @Test
    void aFindingJoinedByOrAfterEvidenceStaysInTheDoubt() {
        String s = "The scan is concerning for a possible small abscess of the pelvis or evidence of an anastomotic leak.";
        assertTrue(assess(s, "anastomotic leak").uncertain());
    }

    @Test
    void aPastCuesScopeDoesNotRunOnThroughACoordinatedItem() {
        String s = "Status post vein stripping of the right leg at an outside hospital many years ago and varicose veins.";
        assertFalse(assess(s, "varicose veins").historical());
    }
}

package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A subterm that only groups the sites below it ("Lipoma, site classification, arms") is read through, as a
 * coder reads it: a lipoma of a named limb or of the trunk takes that site's code, and a part of the limb
 * written for it (the thigh, the knee) is the limb's. A mesothelioma of an organ its heading does not list is of the
 * heading's "specified site NEC". Team-written sentences.
 */
class SiteClassificationHeadingTest {

    @Test
    void aLipomaOfTheRightArmIsCodedToTheRightArm() {
        CodingResult r = outpatient("Assessment: Lipoma of the right arm, to be excised next week.");
        assertSuggested(r, "D17.21", 3);
        assertNotSuggested(r, "D17.9");
    }

    @Test
    void aLipomaOfTheTrunkIsCodedToTheTrunk() {
        assertSuggested(outpatient("Assessment: Small lipoma of the trunk, reassured."), "D17.1", 3);
    }

    @Test
    void aLipomaOfTheBackOrTheChestWallIsALipomaOfTheTrunk() {
        CodingResult back = outpatient("Assessment: Lipoma on the upper back, the patient wants it removed.");
        assertSuggested(back, "D17.1", 3);
        assertNotSuggested(back, "D17.9");
        assertSuggested(outpatient("Assessment: Lipoma of the left flank, slowly growing."), "D17.1", 3);
        assertSuggested(outpatient("Assessment: Mobile lipoma of the chest wall, no change."), "D17.1", 3);
    }

    @Test
    void aLipomaOfAPartOfTheLegIsALipomaOfTheLimb() {
        CodingResult r = outpatient("Assessment: Soft lipoma of the thigh, unchanged in size.");
        assertSuggested(r, "D17.20", 3);   // no code names a leg of unstated side
        assertNotSuggested(r, "D17.9");
    }

    @Test
    void aMesotheliomaOfAnOrganTheHeadingDoesNotListIsOfASpecifiedSite() {
        CodingResult r = outpatient("Assessment: Low-grade mesothelioma of the left ovary, for staging surgery.");
        assertSuggested(r, "C45.7", 3);
        assertNotSuggested(r, "C45.9");
    }

    @Test
    void aMesotheliomaOfNoNamedSiteStaysUnspecified() {
        CodingResult r = outpatient("Assessment: Malignant mesothelioma, seen by oncology today.");
        assertSuggested(r, "C45.9", 3);
        assertNotSuggested(r, "C45.7");
    }

    @Test
    void aMesotheliomaOfARegionOfTheBodyIsNoSpecifiedSite() {
        CodingResult r = outpatient("Assessment: Mesothelioma in the abdomen, followed yearly.");
        assertNotSuggested(r, "C45.7");
    }

    @Test
    void aMesotheliomaOfAListedSiteKeepsItsOwnCode() {
        CodingResult r = outpatient("Assessment: Mesothelioma of the peritoneum, for surgery.");
        assertSuggested(r, "C45.1", 3);
        assertNotSuggested(r, "C45.7");
    }

    @Test
    void aMesotheliomaOfThePleuraIsReadUnderTheHeading() {
        assertSuggested(outpatient("Assessment: Mesothelioma of the pleura, for chemotherapy."), "C45.0", 3);
    }
}

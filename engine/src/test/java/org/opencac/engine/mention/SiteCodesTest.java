package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;

class SiteCodesTest {

    private static SiteCodes sites() {
        return new SiteCodes(TestModels.models().codeSet(), TestModels.models().alphabeticIndex(),
                TriggerVocabulary.standard(TestModels.models().codeSet()).structureWords());
    }

    @Test
    void jointPainAtANamedJointTakesTheJointAndTheSide() {
        SiteCodes.Resolution f = sites().resolve("M25.50", Set.of("knee"), Set.of("pain", "right", "knee"));
        assertEquals("M25.561", f.code());
        assertTrue(f.path().contains("knee"), f.path());
    }

    @Test
    void anAbscessAtANamedSiteStaysAnAbscessNotTheFuruncleOfTheSameSite() {
        assertEquals("L02.612", sites().resolve("L02.91", Set.of("foot"),
                Set.of("abscess", "with", "cellulitis", "left", "foot")).code());
    }

    @Test
    void aPartOfALimbNoSiblingTitleNamesIsReadAsItsLimb() {
        // no R22 title names the foot or the hand: a mass there is one of the lower or the upper limb
        assertEquals("R22.41", sites().resolve("R22.9", Set.of("foot"), Set.of("soft", "tissue", "mass", "right", "foot")).code());
        assertEquals("R22.32", sites().resolve("R22.9", Set.of("wrist"), Set.of("mass", "left", "wrist")).code());
        // a title that names the part itself is taken before its limb (the foot's own abscess code)
        assertEquals("L02.611", sites().resolve("L02.91", Set.of("foot"), Set.of("abscess", "right", "foot")).code());
    }

    @Test
    void withoutASideTheUnspecifiedSideIsTaken() {
        assertEquals("M25.569", sites().resolve("M25.50", Set.of("knee"), Set.of("pain", "knee")).code());
    }

    @Test
    void anUnspecifiedOfAnotherAxisNeverOutweighsTheConditionsOwnWords() {
        // an annulus defect "of unspecified size" shares less of a disc disorder's title than the disc codes of
        // the same region: its "unspecified" is not the side or site left unstated
        SiteCodes.Resolution r = sites().resolve("M51.9", Set.of("lumbar"), Set.of("herniated", "disk", "lumbar"));
        assertFalse("M51.A0".equals(r.code()), r.toString());
        assertFalse(r.ties().contains("M51.A0"), r.toString());
    }

    @Test
    void aMalignancyOfUnknownPrimaryWithItsSiteNamedGoesToTheNeoplasmTable() {
        SiteCodes.Resolution f = sites().resolve("C80.1", Set.of("colon"), Set.of("carcinoma", "colon"));
        assertTrue(f.code().startsWith("C18"), f.code());
        assertTrue(f.path().startsWith("Neoplasm"), f.path());
    }

    @Test
    void severalEquallyGoodSiteCodesAreTiesNotAGuess() {
        // primary, post-traumatic and secondary osteoarthritis of the left wrist fit "arthritis ... left wrist" alike
        SiteCodes.Resolution r = sites().resolve("M19.90", Set.of("wrist"), Set.of("arthritis", "left", "wrist"));
        assertFalse(r.found());
        assertTrue(r.ties().contains("M19.032"), r.ties().toString());
    }

    @Test
    void aSiteNoCodeNamesGivesNothing() {
        assertFalse(sites().resolve("R58", Set.of("knee"), Set.of("hemorrhage", "knee")).found());
        assertFalse(sites().resolve("M25.50", Set.of(), Set.of("pain")).found());
    }

    @Test
    void aStructureWordAloneNamesNoSite() {
        // "calcification of the radial artery": no I70 title names the radial artery, and "artery" alone is no site
        assertFalse(sites().resolve("I70.90", Set.of("radial", "artery"), Set.of("calcification", "radial", "artery"))
                .found());
    }

    @Test
    void aConditionOfARegionWithNoCodeOfItsOwnTakesTheIndexsLocalizedSubterm() {
        // Edema R60.9, localized R60.0: edema of the genitals or the lower limbs is edema of a region
        SiteCodes.Resolution r = sites().localized("R60.9", "edema", Set.of("genital"));
        assertEquals("R60.0", r.code());
        assertTrue(r.path().contains("localized"), r.path());
    }

    @Test
    void noLocalizedSubtermNoSiteOrAnOrganGivesNothing() {
        // Hemorrhage has no "localized" subterm; edema with no site named stays edema, unspecified
        assertFalse(sites().localized("R58", "hemorrhage", Set.of("knee")).found());
        assertFalse(sites().localized("R60.9", "edema", Set.of()).found());
        // an organ or a tissue is no region of the body surface: its edema is the organ's finding
        assertFalse(sites().localized("R60.9", "edema", Set.of("papilla", "optic")).found());
        assertFalse(sites().localized("R60.9", "edema", Set.of("rectal", "mucosa")).found());
    }

    @Test
    void aNeoplasmTableRowWithOnlyACrossReferenceTakesTheReferencedRowsCells() {
        // "colon" has no cell of unspecified behaviour of its own: see also intestine, large
        SiteCodes.Resolution f = sites().resolve("D49.9", Set.of("colon"), Set.of("neoplasm", "colon"));
        assertEquals("D49.0", f.code());
        assertTrue(f.path().contains("see also"), f.path());
        // "bowel" has no cells at all: see intestine
        assertEquals("D49.0", sites().resolve("D49.9", Set.of("bowel"), Set.of("neoplasm", "bowel")).code());
    }

    @Test
    void theReferencedRowsSubrowsAreReadOn() {
        // benign neoplasm of the right colon: intestine, large, colon, right (ascending colon)
        SiteCodes.Resolution f = sites().resolve("D36.9", Set.of("colon"), Set.of("neoplasm", "right", "colon"));
        assertEquals("D12.2", f.code());
        assertTrue(f.path().contains("right"), f.path());
    }

    @Test
    void aRowWithACellOfItsOwnKeepsIt() {
        // "colon" prints its own primary malignant cell
        SiteCodes.Resolution f = sites().resolve("C80.1", Set.of("colon"), Set.of("carcinoma", "colon"));
        assertEquals("C18.9", f.code());
        assertFalse(f.path().contains("see"), f.path());
    }

    @Test
    void aSiteTheTableListsTwiceTakesTheEmptyColumnFromItsOtherRow() {
        // the main row "femur" prints no secondary cell; "bone, femur", of the same primary cell, prints C79.51
        SiteCodes.Resolution f = sites().resolve("C79.9", Set.of("femur"), Set.of("metastasis", "femur"));
        assertEquals("C79.51", f.code());
    }
}

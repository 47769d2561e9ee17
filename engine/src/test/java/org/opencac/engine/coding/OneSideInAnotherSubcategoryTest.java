package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unspecified-side code whose one-side codes the Tabular keeps in another subcategory ("Unspecified visual
 * loss" H54.7 and "Unqualified visual loss, one eye" H54.6-) takes the side the note names (team-written sentences).
 */
class OneSideInAnotherSubcategoryTest {

    @Test
    void aLossOfVisionOfTheLeftEyeIsTheLeftEyeCodeOfTheOneEyeSubcategory() {
        List<String> codes = inpatientCodes("She came in with a sudden loss of vision in the left eye.");
        assertTrue(codes.contains("H54.62"), codes.toString());
        assertFalse(codes.contains("H54.7"), codes.toString());
    }

    @Test
    void anEyeAbbreviationGivesTheSideToo() {
        List<String> codes = inpatientCodes("He reported decreased vision OD over two weeks.");
        assertTrue(codes.contains("H54.61"), codes.toString());
    }

    @Test
    void aLossOfVisionOfBothEyesOrOfNoNamedEyeStaysUnspecified() {
        List<String> both = inpatientCodes("He reported a loss of vision in both eyes.");
        assertFalse(both.contains("H54.61") || both.contains("H54.62"), both.toString());
        List<String> none = inpatientCodes("She described a gradual loss of vision over the year.");
        assertTrue(none.contains("H54.7"), none.toString());
    }

    @Test
    void aSideOfAnotherSiteGivesTheVisionLossNoSide() {
        List<String> codes = inpatientCodes("She had weakness of the right arm and a loss of vision.");
        assertFalse(codes.contains("H54.61"), codes.toString());
    }

    @Test
    void embolismsInTheVesselsOfAResectedTumorAreItsVascularInvasionNotAnArterialEmbolism() {
        List<String> codes = inpatientCodes("The resected tumor showed vascular embolisms and free surgical margins.");
        assertFalse(codes.contains("I74.9"), codes.toString());
        assertTrue(inpatientCodes("An arterial embolism of the left leg was removed.").stream().anyMatch(c -> c.startsWith("I74")));
    }
}

package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A localized mass, lump or swelling (R22.9, "Mass, localized (skin)") whose clause names the head, the neck, the
 * trunk or a limb, or a part of one, takes that region's code of the Index's subterms (R22.0-R22.4-), with the side
 * the clause writes; named with no region, or beside an organ only, it keeps R22.9.
 */
class LocalizedMassOfARegionTest {
    @Test
    void aSoftTissueMassOfAPartOfTheLegIsOneOfThatLowerLimb() {
        CodingResult r = outpatient("Assessment: soft tissue mass of the left heel, slowly enlarging.");
        assertSuggested(r, "R22.42", 3);
        assertNotSuggested(r, "R22.9");
    }

    @Test
    void aSubcutaneousMassOfTheShoulderIsOneOfThatUpperLimb() {
        assertSuggested(outpatient("Assessment: subcutaneous mass over the right shoulder."), "R22.31", 3);
    }

    @Test
    void aSoftTissueMassOfTheChestIsOneOfTheTrunk() {
        CodingResult r = outpatient("Assessment: soft tissue mass of the left chest wall.");
        assertSuggested(r, "R22.2", 3);
        assertNotSuggested(r, "R22.9");
    }

    @Test
    void aSoftTissueMassOfTheScalpIsOneOfTheHead() {
        assertSuggested(outpatient("Assessment: soft tissue mass of the scalp, tender."), "R22.0", 3);
    }

    @Test
    void aSoftTissueMassOfNoRegionKeepsTheUnstatedSite() {
        assertSuggested(outpatient("Assessment: soft tissue mass, to be excised next week."), "R22.9", 3);
    }

    @Test
    void aSoftTissueSwellingOfTheCheekIsOneOfTheHeadNotASoftTissueDisorder() {
        CodingResult r = outpatient("Assessment: mild soft tissue swelling about the left cheek after the fall.");
        assertSuggested(r, "R22.0", 3);
        assertNotSuggested(r, "M79.89");
    }

    @Test
    void aSoftTissueSwellingOfTheForearmIsOneOfThatUpperLimb() {
        CodingResult r = outpatient("Assessment: soft tissue swelling of the right forearm, no fracture seen.");
        assertSuggested(r, "R22.31", 3);
        assertNotSuggested(r, "M79.89");
    }

    @Test
    void aSkinMassOfTheAbdominalWallIsOneOfTheTrunkNotAnAbdominalMass() {
        CodingResult r = outpatient("Assessment: left lower abdominal wall skin mass, excised today.");
        assertSuggested(r, "R22.2", 3);
        assertNotSuggested(r, "R19.00");
    }
}

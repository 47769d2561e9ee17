package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Curated terms that agree with the Index: incoordination of the limbs is muscular incoordination, "Other lack of
 * coordination" R27.8 (Incoordinate, incoordination, muscular), not the unspecified R27.9; an allergy to an opioid
 * (codeine, morphine, meperidine, a codeine combination) is the allergy status to a narcotic agent Z88.5, as an
 * allergy to penicillin is Z88.0 (team-written notes).
 */
class MuscularIncoordinationAndNarcoticAllergyLexiconTest {

    @Test
    void incoordinationOfTheLegsIsOtherLackOfCoordination() {
        List<String> codes = outpatientCodes("HPI: She reports two weeks of incoordination of the right leg.\n"
                + "ASSESSMENT: Incoordination of the right leg, cause unclear.\n");
        assertTrue(codes.contains("R27.8"), codes.toString());
        assertFalse(codes.contains("R27.9"), codes.toString());
    }

    @Test
    void anAllergyToAnOpioidIsTheNarcoticAllergyStatus() {
        List<String> codes = outpatientCodes("ALLERGIES: He is allergic to morphine.\n"
                + "ASSESSMENT: Essential hypertension.\n");
        assertTrue(codes.contains("Z88.5"), codes.toString());
    }

    @Test
    void anAllergyToACodeineCombinationIsTheNarcoticAllergyStatus() {
        List<String> codes = outpatientCodes("ALLERGIES: She is allergic to Tylenol with Codeine.\n"
                + "ASSESSMENT: Essential hypertension.\n");
        assertTrue(codes.contains("Z88.5"), codes.toString());
    }
}

package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A condition of another chapter in a pregnant patient is coded first as complicating the pregnancy (team-written notes). */
class PregnancyConditionCheckTest {

    @Test
    void aDigestiveDiseaseOfAPregnantPatientIsCodedFirstAsComplicatingHerPregnancyInHerTrimester() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES: 1. Acute appendicitis. 2. Pregnancy at 31 weeks.\n"
                + "OPERATION: Open appendectomy.\n");
        assertEquals("O99.613", codes.get(0), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("K35")), codes.toString());
        assertTrue(codes.contains("Z3A.31"), codes.toString());
        assertFalse(codes.contains("O99.619"), codes.toString());
    }

    @Test
    void withoutWeeksOfGestationNoChapter15CodeIsAdded() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Acute appendicitis.\nOPERATION: Open appendectomy.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O99")), codes.toString());
    }

    @Test
    void theWeeksOfThePatientsOwnBirthMakeNoPregnancy() {
        List<String> codes = outpatientCodes("ASSESSMENT: Asthma, stable.\n"
                + "BIRTH HISTORY: She was the product of an unplanned pregnancy and was delivered at 37 weeks' gestation.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O") || c.startsWith("Z3A")), codes.toString());
    }
}

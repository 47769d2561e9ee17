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

    @Test
    void aGroupBStreptococcusCarrierWhoIsPregnantIsCodedByTheChapter15CodeInsteadOfTheCarrierCode() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Intrauterine pregnancy at 33 weeks.\n"
                + "2. Group B strep carrier.\nPLAN: Routine prenatal follow-up.\n");
        assertTrue(codes.contains("O99.820"), codes.toString());
        assertFalse(codes.contains("Z22.330"), codes.toString());
    }

    @Test
    void aGroupBStreptococcusCarrierAtHerDeliveryIsTheCarrierStateComplicatingChildbirth() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Pregnancy at 39 weeks.\n"
                + "2. Arrest of dilation.\n3. Group B strep colonization.\n4. Delivery of a viable female infant.\n"
                + "PROCEDURE: Primary low transverse cesarean section.\n");
        assertTrue(codes.contains("O99.824"), codes.toString());
        assertFalse(codes.contains("Z22.330"), codes.toString());
        assertFalse(codes.contains("O99.820"), codes.toString());
        assertFalse(codes.get(0).startsWith("O99.82"), "a carrier state is not what the delivery was for: " + codes);
    }

    @Test
    void pelvicAdhesionsFoundAtACesareanDeliveryAreAnOtherConditionComplicatingChildbirth() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Pregnancy at 39 weeks.\n"
                + "2. Prior cesarean delivery, declines labor.\n3. Pelvic adhesions.\n"
                + "PROCEDURE: Repeat low transverse cesarean section with delivery of a viable male infant; lysis of adhesions.\n");
        assertTrue(codes.contains("O99.892"), codes.toString());
        assertTrue(codes.contains("N73.6"), codes.toString());
        assertFalse(codes.get(0).startsWith("O99.89"), "the adhesions are not what the delivery was for: " + codes);
    }

    @Test
    void aCarrierStateWhoseCodeDoesNotExcludeTheChapter15CodeKeepsItsOwnCodeAfterIt() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES: 1. Acute appendicitis. 2. Pregnancy at 22 weeks.\n"
                + "OPERATION: Laparoscopic appendectomy.\n");
        assertEquals("O99.612", codes.get(0), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("K35")), codes.toString());
    }

    @Test
    void aSkinDiseaseOfAPatientSaidToBePregnantWithoutWeeksIsCodedFirstAsComplicatingHerPregnancy() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Painful abscess of the right thigh.\n"
                + "HISTORY: The patient is currently four months pregnant and has had a draining abscess for a week.\n"
                + "ASSESSMENT: Cutaneous abscess of the right thigh.\n");
        assertTrue(codes.get(0).startsWith("O99.71"), codes.toString());
        assertTrue(codes.contains("L02.415"), codes.toString());
        assertFalse(codes.contains("Z33.1"), "the pregnant state, incidental, gives way to the chapter 15 code: " + codes);
    }

    @Test
    void aPregnancyTheProviderCallsIncidentalKeepsItsOwnCodeAndNoChapter15Code() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Painful abscess of the right thigh.\n"
                + "HISTORY: She is pregnant, which is incidental to this visit.\n"
                + "ASSESSMENT: Cutaneous abscess of the right thigh.\n");
        assertEquals("L02.415", codes.get(0), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O99")), codes.toString());
    }
}

package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.MentionOutcome;

/** The 7th character of an injury an earlier year dates (team-written notes). */
class InjurySequelaCheckTest {

    @Test
    void injuryOfAnEarlierYearWithItsResidualIsASequela() {
        List<String> codes = outpatientCodes("HISTORY: Seen to renew her walker. She had a spinal cord injury in"
                + " a diving accident in 1989.\n"
                + "ASSESSMENT: She cannot walk unaided secondary to the spinal cord injury.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("T14.9") && c.endsWith("S")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("T14.9") && c.endsWith("A")), codes.toString());
    }

    @Test
    void woundWhoseDeformityIsNamedAsItsHeadIsASequela() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left cheek laceration deformity.\n"
                + "PROCEDURE: Revision of the left cheek laceration deformity, 3 cm.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S01.41") && c.endsWith("S")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S01.41") && c.endsWith("A")), codes.toString());
    }

    @Test
    void fractureDeformityStaysAnInjuryOfThisEncounter() {
        List<String> codes = outpatientCodes("ASSESSMENT: Left distal radius fracture deformity after a fall on"
                + " the ice.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S52") && c.endsWith("A")), codes.toString());
    }

    @Test
    void healedFractureOfYearsAgoIsAPersonalHistory() {
        List<String> codes = outpatientCodes("HISTORY: Fracture of the left femur twenty years ago, treated"
                + " with a rod.\n"
                + "ASSESSMENT: Essential hypertension. Fracture of the left femur.\n");
        assertTrue(codes.contains("Z87.81"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
    }

    @Test
    void injuryOfThisEncounterKeepsTheInitialEncounter() {
        List<String> codes = outpatientCodes("HISTORY: Fracture of the left femur in 1990. He fell from a ladder"
                + " today.\n"
                + "ASSESSMENT: Acute fracture of the left femur.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
    }

    @Test
    void undatedInjuryKeepsTheInitialEncounter() {
        List<String> codes = outpatientCodes("ASSESSMENT: Fracture of the left femur after a fall from a"
                + " ladder.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
    }

    @Test
    void dateOfAnotherConditionBeforeTheInjuryDoesNotDateIt() {
        List<String> codes = outpatientCodes("HISTORY: She has angina status post stenting in 1994 suffering a"
                + " fracture of the left femur in a fall.\n"
                + "ASSESSMENT: Fracture of the left femur.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
        assertFalse(codes.contains("Z87.81"), codes.toString());
    }

    @Test
    void dateOpeningTheClauseOfTheInjuryDatesIt() {
        List<String> codes = outpatientCodes("HISTORY: In 1994, she fell skiing and had a fracture of the"
                + " left femur.\n"
                + "ASSESSMENT: Essential hypertension. Fracture of the left femur.\n");
        assertTrue(codes.contains("Z87.81"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
    }

    @Test
    void dateOpeningTheSentenceDatesAnInjuryFarAlongIt() {
        List<String> codes = outpatientCodes("HISTORY: In 1994 she was a passenger in a car that rolled over on the"
                + " highway and suffered a fracture of the left femur.\n"
                + "ASSESSMENT: Essential hypertension. Fracture of the left femur.\n");
        assertTrue(codes.contains("Z87.81"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
        // a word of this encounter between the date and the injury: the injury is of now
        List<String> now = outpatientCodes("HISTORY: In 1994 she was a passenger in a car that rolled over, and"
                + " today she slipped on the stairs and suffered a fracture of the left femur.\n"
                + "ASSESSMENT: Fracture of the left femur.\n");
        assertTrue(now.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), now.toString());
    }

    @Test
    void namedDeformityOfAnEarWoundIsCodedFirstWithItsSide() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right ear laceration deformity.\n"
                + "PROCEDURE: Revision of the right ear laceration deformity, 2 cm.\n");
        int residual = codes.indexOf("H61.111");
        int sequela = codes.indexOf("S01.311S");
        assertTrue(residual >= 0 && sequela > residual, codes.toString());
    }

    @Test
    void namedDeformitiesOfBothEarsAreTheBilateralResidual() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right ear laceration deformity. Left ear laceration"
                + " deformity.\n");
        assertTrue(codes.contains("H61.113"), codes.toString());
        assertFalse(codes.contains("H61.111") || codes.contains("H61.112"), codes.toString());
    }

    @Test
    void namedScarOfAWoundIsTheSkinScarFirst() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left forearm laceration scar, tender.\n"
                + "PROCEDURE: Excision of the left forearm laceration scar.\n");
        int residual = codes.indexOf("L90.5");
        assertTrue(residual >= 0 && codes.stream().skip(residual + 1)
                .anyMatch(c -> c.startsWith("S51") && c.endsWith("S")), codes.toString());
    }

    @Test
    void monthOfAYearOpeningTheClauseOfTheInjuryDatesIt() {
        List<String> codes = outpatientCodes("HISTORY: In 4/03 she slipped on ice and had a fracture of the"
                + " left femur. Her leg was put in a cast.\n"
                + "ASSESSMENT: Essential hypertension.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), codes.toString());
        List<String> named = outpatientCodes("HISTORY: In March 2003 she slipped on ice and had a fracture of the"
                + " left femur.\n"
                + "ASSESSMENT: Essential hypertension.\n");
        assertFalse(named.stream().anyMatch(c -> c.startsWith("S72") && c.endsWith("A")), named.toString());
    }

    @Test
    void healedInjuryWithoutAHistoryCodeNamesTheCodeItWouldHaveTaken() {
        // the assessment's sprain: the history dates it years back and it has no personal history code
        MentionOutcome sprain = outpatient("HISTORY: Sprain of the left ankle in 1996.\n"
                + "ASSESSMENT: Essential hypertension. Sprain of the left ankle.\n").mentions().stream()
                .filter(m -> m.text().equals("Sprain of the left ankle")).reduce((first, last) -> last).orElseThrow();
        assertEquals("history_no_code", sprain.reason(), sprain.toString());
        assertTrue(sprain.explanation().contains("an injury of an earlier year"), sprain.toString());
        assertEquals("S93.402A", sprain.relatedCode(), sprain.toString());
    }
}

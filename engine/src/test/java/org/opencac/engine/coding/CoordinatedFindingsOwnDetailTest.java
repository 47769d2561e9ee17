package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A detail word inside a coordinated finding's phrase is that finding's (team-written sentences). */
class CoordinatedFindingsOwnDetailTest {

    @Test
    void theStageOfAKidneyDiseaseIsNotTheHeartFailuresBesideIt() {
        List<String> codes = outpatientCodes("Assessment: end-stage kidney disease and congestive heart failure, stable.");
        assertTrue(codes.contains("N18.6"), codes.toString());
        assertTrue(codes.contains("I50.9"), codes.toString());
        assertFalse(codes.contains("I50.84"), codes.toString());
        List<String> after = outpatientCodes("Assessment: congestive heart failure and end-stage kidney disease.");
        assertFalse(after.contains("I50.84"), after.toString());
    }

    @Test
    void theStageOfAKidneyDiseaseListedAfterTheHeartFailuresWithPhraseIsTheKidneyDiseases() {
        List<String> codes = outpatientCodes(
                "Assessment: congestive heart failure with pulmonary congestion and end-stage kidney disease.");
        assertTrue(codes.contains("N18.6"), codes.toString());
        assertFalse(codes.contains("I50.84"), codes.toString());
    }

    @Test
    void aDetailHeadingTheWithPhraseStillSpecifiesTheCondition() {
        List<String> codes = outpatientCodes("Impression: gastric ulcer with hemorrhage and perforation.");
        assertTrue(codes.contains("K25.6"), codes.toString());
    }

    @Test
    void aHeartFailuresOwnEndStageStillSelectsIt() {
        assertTrue(outpatientCodes("Assessment: end-stage heart failure and chronic kidney disease.").contains("I50.84"));
    }

    @Test
    void aSpreadWordOpeningTheNextListItemIsThatItemsNotThePreviousOnes() {
        List<String> codes = outpatientCodes(
                "Assessment: AIDS with a recent cryptococcal infection, disseminated MAC and thrush.");
        assertTrue(codes.contains("B45.9"), codes.toString());
        assertFalse(codes.contains("B45.7"), codes.toString());
        assertTrue(codes.contains("A31.2"), codes.toString());
    }

    @Test
    void anItemRestatingTheSameConditionAfterACommaStillSpecifiesIt() {
        List<String> codes = outpatientCodes("Postoperative diagnosis: bilateral undescended testes, bilateral intraabdominal testes.");
        assertTrue(codes.contains("Q53.211"), codes.toString());
        assertFalse(codes.contains("Q53.20"), codes.toString());
    }

    @Test
    void aSpreadWordOfAnEarlierListItemIsNotTheNextItemsEvenAfterAHyphenatedSide() {
        // "generalized" is a detail word, and "left-sided" is one word of the last item's phrase, not a gap in the list
        List<String> codes = outpatientCodes("She reports generalized itching, headache, and left-sided abdominal pain.");
        assertFalse(codes.contains("R10.84"), codes.toString());
    }

    @Test
    void theAbdominalPainsOwnSpreadWordStillSpecifiesIt() {
        assertTrue(outpatientCodes("Assessment: generalized abdominal pain.").contains("R10.84"));
    }
}

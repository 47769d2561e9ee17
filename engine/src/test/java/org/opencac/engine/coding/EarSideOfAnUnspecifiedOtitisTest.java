package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCandidates;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.Code;

/**
 * A code whose title leaves both the condition and its side unspecified ("Otitis media, unspecified, unspecified
 * ear") takes the side the note documents for its site: one side written of the ear, or an operation done on both
 * ears; a finding written of both sides, or a side of another site, gives none.
 */
class EarSideOfAnUnspecifiedOtitisTest {

    @Test
    void anOperationOnBothEarsMakesTheOtitisBilateral() {
        List<String> codes = outpatientCandidates("PREOPERATIVE DIAGNOSIS: Long-standing otitis media. PROCEDURE:"
                + " Bilateral"
                + " myringotomy with ventilation tubes.");
        assertTrue(codes.contains("H66.93"), codes.toString());
    }

    @Test
    void oneEarNamedElsewhereInTheNoteGivesItsSide() {
        List<String> codes = outpatientCandidates("HISTORY: The child pulls at the left ear at night. ASSESSMENT:"
                + " Otitis media."
                + " Amoxicillin started.");
        assertTrue(codes.contains("H66.92"), codes.toString());
    }

    @Test
    void bothEarsFoundNormalOnExaminationGiveNoSide() {
        List<String> codes = outpatientCandidates("EXAM: Bilateral tympanic membranes are intact. ASSESSMENT: Otitis"
                + " media."
                + " Amoxicillin started.");
        assertTrue(codes.contains("H66.90"), codes.toString());
        assertFalse(codes.contains("H66.93"), codes.toString());
    }

    @Test
    void theEardrumAbbreviatedGivesTheEarItsSide() {
        List<String> codes = outpatientCandidates("EXAM: The right TM bulges and is dull. ASSESSMENT: Otitis media."
                + " Amoxicillin started.");
        assertTrue(codes.contains("H66.91"), codes.toString());
    }

    @Test
    void theOtherEarToldNormalDoesNotStandAgainstTheSideOfTheOtitis() {
        List<String> codes = outpatientCandidates("EXAM: The left ear canal and drum look fine. The right tympanic"
                + " membrane bulges"
                + " and is dull. ASSESSMENT: Otitis media. Amoxicillin started.");
        assertTrue(codes.contains("H66.91"), codes.toString());
    }

    @Test
    void theOtherEarWithAFindingOfItsOwnStillStandsAgainstIt() {
        List<String> codes = outpatientCandidates("EXAM: The left ear has cerumen impaction. The right tympanic"
                + " membrane bulges."
                + " ASSESSMENT: Otitis media. Amoxicillin started.");
        assertFalse(codes.contains("H66.91") || codes.contains("H66.92"), codes.toString());
    }

    @Test
    void noSideWrittenLeavesTheEarUnspecified() {
        List<String> codes = outpatientCandidates("ASSESSMENT: Otitis media. Amoxicillin started.");
        assertTrue(codes.contains("H66.90"), codes.toString());
    }

    @Test
    void aLowerPoleOfAKidneyIsNoLowerExtremity() {
        List<String> codes = outpatientCandidates("DIAGNOSIS: Calculus in the right lower pole of the kidney."
                + " HISTORY: Deep vein"
                + " thrombosis of the lower extremity, on warfarin.");
        assertFalse(codes.contains("I82.401"), codes.toString());
    }

    @Test
    void aSideTitleWithTwoUnspecifiedPartsIsReadAsOneSideSibling() {
        Code unspecified = code("H66.90", "Otitis media, unspecified, unspecified ear");
        assertTrue(CodeResolver.replacesUnspecified(unspecified, code("H66.91", "Otitis media, unspecified, right ear")));
        assertTrue(CodeResolver.replacesUnspecified(unspecified, code("H66.93", "Otitis media, unspecified, bilateral")));
        assertFalse(CodeResolver.replacesUnspecified(code("I50.9", "Heart failure, unspecified"),
                code("I50.810", "Right heart failure, unspecified")));
    }

    private static Code code(String code, String title) {
        return new Code(code, title, true, null, "", "", List.of(), List.of());
    }
}

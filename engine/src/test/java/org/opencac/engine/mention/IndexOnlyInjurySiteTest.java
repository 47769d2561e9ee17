package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/**
 * A fracture of a site only the Alphabetic Index names: no injury title writes "ethmoid", "acromion" or "hyoid",
 * but "Fracture, traumatic" leads to their codes, directly or by a cross-reference within the main term
 * (team-written sentences); and the side written of the code the Index prints.
 */
class IndexOnlyInjurySiteTest {

    @Test
    void aSiteOnlyTheIndexNamesIsReadThroughItsCrossReference() {
        // Fracture, traumatic, ethmoid: see Fracture, skull, base (S02.10-), right side
        assertEquals(List.of("S02.101A"),
                Coded.outpatientCodes("ASSESSMENT: Right ethmoid fracture after an assault.\n"));
        // acromion: see Fracture, scapula, acromial process (S42.12-), displaced by default, left
        assertEquals(List.of("S42.122A"),
                Coded.outpatientCodes("ASSESSMENT: Fracture of the left acromion from a fall.\n"));
    }

    @Test
    void theImpliedBoneOfAnIndexSiteNeedNotBeWritten() {
        // "hyoid bone" S12.8: the note writes "hyoid" alone, or with "bone" the path then takes
        assertEquals(List.of("S12.8XXA"),
                Coded.outpatientCodes("ASSESSMENT: Hyoid fracture after a fall down the stairs.\n"));
        assertEquals(List.of("S02.101A"), Coded.outpatientCodes("ASSESSMENT: Fracture of the right ethmoid bone.\n"));
    }

    @Test
    void aSideWrittenOfASiteWithoutSidesKeepsItsCode() {
        // no code of S12.8 names a side: "left" does not rule them all out
        assertEquals(List.of("S12.8XXA"),
                Coded.outpatientCodes("ASSESSMENT: Left hyoid fracture after a fall down the stairs.\n"));
    }

    @Test
    void theIndexsCodeOfAnUnstatedSideGivesWayToItsSiblingOfTheWrittenSide() {
        // Fracture, traumatic, ankle prints S82.899 (other fracture of unspecified lower leg): right is S82.891
        assertEquals(List.of("S82.891A"), Coded.outpatientCodes("ASSESSMENT: Right ankle fracture from a fall.\n"));
    }

    @Test
    void aSiteOnlyTheIndexNamesIsNotSearchedForInTheTitlesByTheClausesOtherWords() {
        // the path does not take "neck" (and "blow" is another subterm): no title writes "hyoid", and a search by
        // "fracture" and "neck" alone finds the neck of the radius
        List<String> codes = Coded.outpatientCodes("ASSESSMENT: Hyoid fracture after a blow to the neck.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S52")), codes.toString());
    }

    @Test
    void anIndexSubtermOfSeveralSubcategoriesIsNotReadAsOneSite() {
        // "basicervical" prints S72.0, whose codes name different parts of the neck (S72.00- to S72.09-): the
        // Index word alone does not choose one, so no displaced epiphysis code is picked for it
        List<String> codes = Coded.outpatientCodes("FINDINGS: The fracture was basicervical in pattern.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S72.02")), codes.toString());
    }
}

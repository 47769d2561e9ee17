package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCandidates;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unspecified-side code takes the one side the note gives its site, never where the note names both. */
class SideTheNoteGivesASiteTest {

    @Test
    void aLaterListItemOfTheSameSiteTakesTheSideOfAnEarlierOne() {
        List<String> codes = outpatientCandidates("POSTOPERATIVE DIAGNOSES: 1. Internal derangement, left knee. 2."
                + " Chondromalacia"
                + " patella.");
        assertTrue(codes.contains("M22.42"), codes.toString());
    }

    @Test
    void aSideWrittenInCapitalsOrJoinedToItsSuffixStillGivesItsSide() {
        List<String> upper = outpatientCandidates("POSTOPERATIVE DIAGNOSES: 1. Internal derangement, LEFT KNEE. 2."
                + " Chondromalacia"
                + " patella.");
        assertTrue(upper.contains("M22.42"), upper.toString());
        List<String> joined = outpatientCandidates("FINDINGS: The Right-knee effusion was drained. ASSESSMENT:"
                + " Chondromalacia"
                + " patella.");
        assertTrue(joined.contains("M22.41"), joined.toString());
    }

    @Test
    void anOperationOnOneEyeGivesItsSideToWhatItFound() {
        List<String> codes = outpatientCandidates("PROCEDURE: The speculum held open the right eye. A dense vitreous"
                + " hemorrhage"
                + " was cleared.");
        assertTrue(codes.contains("H43.11"), codes.toString());
    }

    @Test
    void aShoulderStudyOfOneSideGivesItsSideToAnUpperArmInjuryItReports() {
        List<String> codes = outpatientCandidates("EXAM: MRI LEFT SHOULDER. IMPRESSION: Displaced fracture of the"
                + " greater tuberosity of the humerus.");
        assertTrue(codes.contains("S42.252A"), codes.toString());
        List<String> both = outpatientCandidates("HISTORY: Pain of the right shoulder and stiffness of the left"
                + " shoulder. IMPRESSION: Displaced fracture of the greater tuberosity of the humerus.");
        assertTrue(both.contains("S42.253A"), both.toString());
    }

    @Test
    void aNoteNamingBothSidesOfTheSiteLendsNone() {
        List<String> codes = outpatientCandidates("HISTORY: Swelling of the right knee and pain of the left knee."
                + " ASSESSMENT:"
                + " Chondromalacia patella.");
        assertTrue(codes.contains("M22.40"), codes.toString());
    }

    @Test
    void aSideANegationNamesIsStillASideOfTheSite() {
        List<String> codes = outpatientCandidates("HISTORY: Bruising of the left knee, with no effusion of the right"
                + " knee."
                + " ASSESSMENT: Chondromalacia patella.");
        assertTrue(codes.contains("M22.40"), codes.toString());
    }

    @Test
    void aSideWrittenOfNoSiteLeavesTheOtherSidesSiteOpen() {
        List<String> codes = outpatientCandidates("EXAM: Vision is poor in the left and fair in the right eye."
                + " ASSESSMENT:"
                + " Vitreous hemorrhage.");
        assertTrue(codes.contains("H43.10"), codes.toString());
    }
}

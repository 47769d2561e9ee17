package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A right or left written inside the words of a term ("degenerative arthritis of left knee") is read through,
 * so the term of the site is matched and the side, still in the clause, chooses the sided code (Guidelines
 * I.B.13); "both" before a plural site is read through the same way and says both sides; "bilateral" and a side a
 * term writes itself are kept as they are.
 */
class SideInsideATermTest {

    @Test
    void aLeftSideInsideAKneeArthritisTermGivesTheLeftKneeCode() {
        List<String> codes = outpatientCodes("IMPRESSION: Degenerative arthritis of left knee, worse on stairs.\n");
        assertTrue(codes.contains("M17.12"), codes.toString());
        assertFalse(codes.contains("M17.9"), codes.toString());
    }

    @Test
    void aRightSideInsideAJointDiseaseTermGivesTheRightKneeCode() {
        List<String> codes = outpatientCodes("IMPRESSION: Advanced degenerative joint disease of the right knee.\n");
        assertTrue(codes.contains("M17.11"), codes.toString());
    }

    @Test
    void bilateralStaysTheTermsOwnKind() {
        List<String> codes = outpatientCodes("IMPRESSION: Reducible bilateral inguinal hernia.\n");
        assertTrue(codes.contains("K40.20"), codes.toString());
    }

    @Test
    void aSideATermWritesItselfIsKept() {
        List<String> codes = outpatientCodes("IMPRESSION: Carpal tunnel syndrome of the left wrist, mild.\n");
        assertTrue(codes.contains("G56.02"), codes.toString());
    }

    @Test
    void aSideInsideAnUlcerTermGivesTheSidedUlcerOfUnstatedSeverity() {
        List<String> codes = outpatientCodes("IMPRESSION: Nonhealing ulcer of the left foot, dressed today.\n");
        assertTrue(codes.contains("L97.529"), codes.toString());
    }

    @Test
    void aSideAfterWithStaysWithTheConditionItQualifies() {
        List<String> codes = outpatientCodes("IMPRESSION: Type 2 diabetes mellitus with a right foot ulcer.\n");
        assertTrue(codes.contains("E11.621"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("L97.51")), codes.toString());
    }

    @Test
    void aSideReadThroughSidesThatMentionOnlyAndAPluralSiteIsBothSides() {
        List<String> codes = outpatientCodes("HISTORY: She walks in with a sore, painful left foot since spring.\n\n"
                + "ASSESSMENT: Painful feet, worse after long shifts.\n");
        assertTrue(codes.contains("M79.672"), codes.toString());
        assertTrue(codes.contains("M79.671"), codes.toString());
    }

    @Test
    void aSideReadThroughStillSidesItsOwnMention() {
        List<String> codes = outpatientCodes("HISTORY: She walks in with a sore, painful left foot since spring.\n");
        assertTrue(codes.contains("M79.672"), codes.toString());
        assertFalse(codes.contains("M79.671"), codes.toString());
    }

    @Test
    void bothInsideAKneeArthritisTermGivesTheBilateralKneeCode() {
        List<String> codes = outpatientCodes("IMPRESSION: Degenerative joint disease of both knees, worse this winter.\n");
        assertTrue(codes.contains("M17.0"), codes.toString());
        assertFalse(codes.contains("M17.9"), codes.toString());
    }

    @Test
    void painInBothKneesIsCodedForEachSideWhereTheCategoryHasNoBilateralCode() {
        List<String> codes = outpatientCodes("ASSESSMENT: Pain in both knees after a long hike.\n");
        assertTrue(codes.contains("M25.561"), codes.toString());
        assertTrue(codes.contains("M25.562"), codes.toString());
    }

    @Test
    void aTermThatWritesBothIsStillMatchedWhole() {
        List<String> codes = outpatientCodes("IMPRESSION: Crohn's disease of both small and large intestine.\n");
        assertTrue(codes.contains("K50.80"), codes.toString());
    }
}

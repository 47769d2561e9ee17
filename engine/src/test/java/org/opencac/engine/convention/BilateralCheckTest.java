package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Guidelines I.B.13: a condition documented on both sides (team-written sentences). */
class BilateralCheckTest {

    @Test
    void bothSidesWithoutABilateralCodeAreCodedRightAndLeft() {
        List<String> codes = inpatientCodes("Assessment: bilateral knee pain after a long walk.\n");
        assertTrue(codes.containsAll(List.of("M25.561", "M25.562")), codes.toString());
        assertFalse(codes.contains("M25.569"), codes.toString());
    }

    @Test
    void aSideAlreadyCodedOfItsOwnKeepsItsMentionsSoItStillAnswersTheReason() {
        // the left side's own mention, after "presents with", is the reason for the operation: it is not lost when
        // the bilateral statement is split into the right and left codes
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Asthma with bilateral knee flexion contractures.\n"
                + "HISTORY: The boy now presents with a worsening left knee flexion contracture and wants it released.\n");
        assertTrue(codes.containsAll(List.of("M24.561", "M24.562")), codes.toString());
        assertTrue(codes.get(0).startsWith("M24.56"), codes.toString());
    }

    @Test
    void aStatementLineThatNamesBothSidesAfterACommaSaysBothSides() {
        List<String> codes = outpatientCodes("ASSESSMENT: Acquired pes planus, bilateral; orthotics fitted today.\n");
        assertTrue(codes.containsAll(List.of("M21.41", "M21.42")), codes.toString());
        assertFalse(codes.contains("M21.40"), codes.toString());
        // the comma is read through once only: a side two phrases on is not the mention's
        List<String> far = outpatientCodes("ASSESSMENT: Acquired pes planus, mild, bilateral knee brace advised.\n");
        assertFalse(far.contains("M21.42"), far.toString());
        // a bilateral word after the comma that opens another condition is that condition's side
        List<String> other = outpatientCodes("ASSESSMENT: Acquired pes planus, bilateral knee pain.\n");
        assertFalse(other.contains("M21.42") && other.contains("M21.41"), other.toString());
    }

    @Test
    void bothSidesWithABilateralCodeTakeIt() {
        List<String> codes = inpatientCodes("Assessment: pterygium in both eyes, slowly growing.\n");
        assertTrue(codes.contains("H11.003"), codes.toString());
        assertFalse(codes.contains("H11.001"), codes.toString());
    }

    @Test
    void theBilateralCodeMayLeaveOutThePartTheUnspecifiedCodeNames() {
        List<String> codes = inpatientCodes("Assessment: bilateral hearing loss, worse in noise.\n");
        assertTrue(codes.contains("H91.93"), codes.toString());
        assertFalse(codes.contains("H91.91"), codes.toString());
    }

    @Test
    void aBilateralWordInAnotherPhraseOfTheSentenceDoesNotSplitACode() {
        List<String> codes = inpatientCodes("Imaging showed bilateral adrenal metastases from a lung cancer.\n");
        assertTrue(codes.containsAll(List.of("C79.71", "C79.72")), codes.toString());
        assertFalse(codes.contains("C34.91"), codes.toString());
        assertFalse(codes.contains("C34.92"), codes.toString());
    }

    @Test
    void bothWithoutAPairedBodyPartIsNoSide() {
        List<String> codes = inpatientCodes("Assessment: both knee pain and stiffness improved with rest.\n");
        assertFalse(codes.contains("M25.561"), codes.toString());
        assertFalse(codes.contains("M25.562"), codes.toString());
    }

    @Test
    void eachBeforeTheSingularOfAPairedPartSaysBothSides() {
        List<String> codes = inpatientCodes("Assessment: pterygium in each eye, slowly growing.\n");
        assertTrue(codes.contains("H11.003"), codes.toString());
        assertFalse(inpatientCodes("Assessment: each lesion was measured; pterygium of the right "
                + "eye.\n").contains("H11.003"));
    }

    @Test
    void aPairedPartNamedInThePluralInTheMentionSaysBothSides() {
        List<String> codes = inpatientCodes("Assessment: ringing in the ears for a month.\n");
        assertTrue(codes.contains("H93.13"), codes.toString());
        assertFalse(codes.contains("H93.19"), codes.toString());
        List<String> knees = inpatientCodes("Assessment: pain in the knees after running.\n");
        assertTrue(knees.containsAll(List.of("M25.561", "M25.562")), knees.toString());
        // the plural only beside the mention, in another phrase, is no side of it
        assertFalse(inpatientCodes("Assessment: tinnitus; she covers her ears at night.\n").contains("H93.13"));
    }

    @Test
    void bothSidesTakeTheBilateralCodeOfAnotherSubcategory() {
        // M17.0 "Bilateral primary osteoarthritis of knee" beside M17.1- "Unilateral ...": not right and left
        List<String> codes = inpatientCodes("Assessment: primary osteoarthritis of both knees, worse on stairs.\n");
        assertTrue(codes.contains("M17.0"), codes.toString());
        assertFalse(codes.contains("M17.11") || codes.contains("M17.12"), codes.toString());
    }

    @Test
    void aBilateralWordOfAnotherConditionInTheSamePhraseIsNotThisOnesSide() {
        List<String> codes = inpatientCodes("She reported tinnitus accompanied by bilateral hearing loss.\n");
        assertFalse(codes.contains("H93.13"), codes.toString());
        assertTrue(codes.contains("H91.93"), codes.toString());
    }

    @Test
    void bothSidesNameThePartTheBilateralPhraseWrites() {
        // "upper" is the part H02.839 calls unspecified: each side's code names the upper eyelid
        List<String> codes = outpatientCodes("Assessment: bilateral upper eyelid dermatochalasis, worse this year.\n");
        assertTrue(codes.containsAll(List.of("H02.831", "H02.834")), codes.toString());
        assertFalse(codes.contains("H02.833") || codes.contains("H02.836"), codes.toString());
    }

    @Test
    void aPartTheBilateralPhraseDoesNotWriteIsNotChosen() {
        List<String> codes = outpatientCodes("Assessment: bilateral eyelid dermatochalasis, worse this year.\n");
        assertTrue(codes.containsAll(List.of("H02.833", "H02.836")), codes.toString());
    }

    @Test
    void aComparisonOfTheSidesAfterABilateralConditionKeepsItBilateral() {
        // "right worse than left" names both sides as the worse and the better: the condition stays bilateral
        List<String> split = outpatientCodes("Assessment: bilateral knee pain, right worse than left, on stairs.\n");
        assertTrue(split.containsAll(List.of("M25.561", "M25.562")), split.toString());
        List<String> bilateral = outpatientCodes("Assessment: pterygium in both eyes, left greater than right.\n");
        assertTrue(bilateral.contains("H11.003"), bilateral.toString());
        assertFalse(bilateral.contains("H11.002"), bilateral.toString());
        List<String> signs = outpatientCodes("Assessment: bilateral knee pain, R>L, worse on stairs.\n");
        assertTrue(signs.containsAll(List.of("M25.561", "M25.562")), signs.toString());
        // one side named on its own is still that side
        List<String> one = outpatientCodes("Assessment: knee pain, right, worse on stairs.\n");
        assertFalse(one.contains("M25.562"), one.toString());
    }
}

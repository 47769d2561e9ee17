package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A main term's subterm words stop at "and" or "or" when the words after it open the next condition's
 * phrase: "pain and left arm numbness" is a pain of no stated site and an arm numbness, not a pain in the arm.
 * A site written after the second condition ("pain and stiffness in the knee") is still both conditions' site.
 */
class SiteOfTheNextConditionTest {

    @Test
    void theSiteBeforeTheNextConditionIsThatConditionsSite() {
        CodingResult r = inpatientChecked("Since Monday she has had pain and left arm numbness.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M79.6")), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("R20.0"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteAdjectiveOfTheNextConditionIsNotTheFirstConditionsSite() {
        CodingResult r = inpatientChecked("Two days later he had fever, pain and abdominal distension.");
        assertFalse(NoteAssert.codes(r).contains("R10.9"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("R14.0"), NoteAssert.codes(r).toString());
    }

    @Test
    void aFacialRashAfterPainIsNoHeadache() {
        CodingResult r = inpatientChecked("The girl was seen for mild costal pain and facial erythema.");
        assertFalse(NoteAssert.codes(r).contains("R51.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteAdjectiveOfAnotherNounPhraseIsNotTheConditionsSite() {
        CodingResult r = inpatientChecked("On the third day she had less pain and normal renal function.");
        assertFalse(NoteAssert.codes(r).contains("N23"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteAdjectiveBeforeAnotherFindingIsNotTheEdemasSite() {
        CodingResult r = inpatientChecked("The exam found epithelial edema and superficial corneal opacities.");
        assertFalse(NoteAssert.codes(r).contains("H18.20"), NoteAssert.codes(r).toString());
    }

    @Test
    void twoSpecimensOfOneAnalysisAreNoBloodInTheUrine() {
        CodingResult r = inpatientChecked("Her blood and urine analysis on admission was unremarkable apart from a raised urea.");
        assertFalse(NoteAssert.codes(r).contains("R31.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aColdBeforeASoreThroatIsNoColdSore() {
        CodingResult r = inpatientChecked("For two days the boy has had a cold and sore throat.");
        assertFalse(NoteAssert.codes(r).contains("B00.1"), NoteAssert.codes(r).toString());
    }

    @Test
    void twoModifiersSharingTheHeadAfterThemStayOneTerm() {
        CodingResult r = inpatientChecked("For years she has had manic and depressive episodes in turn.");
        assertTrue(NoteAssert.codes(r).contains("F31.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void modifiersSharingTheHeadAfterTheCoordinatorStayRead() {
        CodingResult r = inpatientChecked("She was admitted with acute chest and abdominal pain.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("R10")), NoteAssert.codes(r).toString());
    }

    @Test
    void aModifierOfTheFirstConjunctsHeadIsNotTheSecondConditionsSite() {
        CodingResult r = inpatientChecked("The scan showed irregular vascular structures and nerve damage along the forearm.");
        assertFalse(NoteAssert.codes(r).contains("I99.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aModifierOfAConditionBeforeTheCoordinatorStillQualifiesTheSecond() {
        CodingResult r = inpatientChecked("Her rheumatic fever and heart disease are followed in clinic.");
        assertTrue(NoteAssert.codes(r).contains("I09.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aFirstConjunctReadUpToTheCoordinatorStillLendsItsWords() {
        CodingResult r = inpatientChecked("He was admitted with chronic renal and hepatic failure.");
        assertTrue(NoteAssert.codes(r).contains("K72.10"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteAdjectiveWithItsOwnSiteNounIsStillTheConditionsSite() {
        CodingResult r = inpatientChecked("She complains of pain in the chest and abdominal region.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("R10")), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteWrittenAfterTheSecondConditionStaysTheSiteOfBoth() {
        CodingResult r = inpatientChecked("He reports pain and stiffness in the right knee.");
        assertTrue(NoteAssert.codes(r).contains("M25.561"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("M25.661"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteListOfOneConditionIsStillRead() {
        CodingResult r = inpatientChecked("She complains of pain in the left hand and wrist.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M79.64")), NoteAssert.codes(r).toString());
    }

    @Test
    void theSecondOrganismOfAListIsStillAnAgentOfTheCondition() {
        CodingResult r = inpatientChecked("At six months she needed intensive care for sepsis secondary to"
                + " Staphylococcus epidermidis and Enterococcus faecalis.");
        assertTrue(NoteAssert.codes(r).contains("A41.81"), NoteAssert.codes(r).toString());
    }

    @Test
    void anAdjectiveBeforeANounListQualifiesEachNoun() {
        CodingResult r = inpatientChecked("Since the spinal cord injury he lives with a neurogenic bowel and bladder"
                + " incontinence.");
        assertTrue(NoteAssert.codes(r).contains("N31.9"), NoteAssert.codes(r).toString());
    }
}

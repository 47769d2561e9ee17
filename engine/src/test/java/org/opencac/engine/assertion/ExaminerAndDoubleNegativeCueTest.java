package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the examiner did not find ("not heard", "not palpable", "has not been noted"), what has not come back, a
 * work-up that came back negative, a double negative ("did not deny"), a historical clause a backward negation
 * does not reach across, relatives named by their degree, an adverb inside "cannot be excluded", what no finding
 * suggests, a list of pertinent negatives, a clause about another condition after the negation, a condition
 * treatment did not relieve, and what a part was dissected free of (there, and freed).
 */
class ExaminerAndDoubleNegativeCueTest {

    @Test
    void aFindingTheExaminerDidNotHearOrFeelIsNegated() {
        assertTrue(assess("A diastolic murmur was not heard today.", "murmur").negated());
        assertTrue(assess("Cervical nodes are not palpable.", "nodes").negated());
        assertTrue(assess("Calf swelling is not clinically evident.", "swelling").negated());
    }

    @Test
    void aFindingThatHasNotBeenNotedOrHasNotComeBackIsNegated() {
        assertTrue(assess("Wheezing has not been noted since admission.", "Wheezing").negated());
        assertTrue(assess("Her vertigo has not recurred.", "vertigo").negated());
    }

    @Test
    void aNegativeWorkupForAConditionNegatesIt() {
        Assertion a = assess("She had a negative workup for celiac disease last year.", "celiac disease");
        assertTrue(a.negated());
        assertFalse(a.uncertain());
    }

    @Test
    void notDenyingAConditionAffirmsIt() {
        Assertion a = assess("He does not deny occasional heartburn after meals.", "heartburn");
        assertFalse(a.negated());
    }

    @Test
    void aBackwardNegationDoesNotReachAcrossAnEarlierClauseThatSaysTheConditionIsOver() {
        Assertion over = assess("His hives have resolved and the wheezing is no longer present.", "hives");
        assertFalse(over.negated());
        assertTrue(over.historical());
        assertTrue(assess("His hives have resolved and the wheezing is no longer present.", "wheezing").negated());
    }

    @Test
    void aConditionInFirstDegreeRelativesIsTheFamilys() {
        Assertion a = assess("No colon cancer in first-degree relatives.", "colon cancer");
        assertTrue(a.negated());
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertEquals(Experiencer.FAMILY, assess("Glaucoma in a second degree relative.", "Glaucoma").experiencer());
    }

    @Test
    void anAdverbInsideCannotBeExcludedLeavesTheConditionPossible() {
        for (String text : List.of("A small abscess cannot be completely excluded.",
                "An abscess has not been definitively ruled out.", "We cannot entirely exclude an abscess.")) {
            Assertion a = assess(text, "abscess");
            assertTrue(a.uncertain(), text);
            assertFalse(a.negated(), text);
        }
    }

    @Test
    void whatNoFindingSuggestsIsNegated() {
        for (String text : List.of("No focal infiltrate to suggest pneumonia.", "No findings suggestive of pneumonia.",
                "Without radiographic changes consistent with pneumonia.")) {
            Assertion a = assess(text, "pneumonia");
            assertTrue(a.negated(), text);
            assertFalse(a.uncertain(), text);
        }
    }

    @Test
    void aFindingThatSuggestsAfterADenialOfSomethingElseKeepsItsDoubt() {
        assertTrue(assess("Denies cough, symptoms suggestive of pneumonia.", "pneumonia").uncertain());
        assertTrue(assess("No fever and an infiltrate suggestive of pneumonia.", "pneumonia").uncertain());
        assertTrue(assess("Right lower lobe infiltrate suggestive of pneumonia.", "pneumonia").uncertain());
    }

    @Test
    void aListOfPertinentNegativesIsNegated() {
        String text = "Pertinent negatives include fever, weight loss, and night sweats.";
        assertTrue(assess(text, "fever").negated());
        assertTrue(assess(text, "night sweats").negated());
    }

    @Test
    void whatTheClinicianDidNotFeelItToBeIsNegatedAndAFeelingIsNoExamination() {
        assertTrue(assess("The density was not felt to be a hematoma.", "hematoma").negated());
        assertFalse(assess("She has felt well and has a cough; tremor was not felt to matter.", "cough").negated());
    }

    @Test
    void aNegationBeforeAColonDeniesNothingAFindingAfterItSuggests() {
        assertTrue(assess("Imaging with and without contrast: 1) changes consistent with an infarct.", "infarct")
                .uncertain());
    }

    @Test
    void aClauseAboutAnotherConditionOfThePatientEndsTheNegation() {
        assertFalse(assess("No sore throat, and her hoarseness has improved.", "hoarseness").negated());
        assertFalse(assess("No bruising or bleeding, yet the calf remains swollen.", "swollen").negated());
        assertFalse(assess("Negative Phalen test, positive Tinel sign at the wrist.", "Tinel sign").negated());
        assertTrue(assess("Negative Phalen test, positive Tinel sign at the wrist.", "Phalen test").negated());
    }

    @Test
    void aConditionTreatmentDidNotRelieveGoesOn() {
        assertFalse(assess("There was no relief of her migraine with sumatriptan.", "migraine").negated());
        assertFalse(assess("His cellulitis did not respond to oral antibiotics.", "cellulitis").negated());
        assertFalse(assess("The ulcer has not healed after six weeks.", "ulcer").negated());
    }

    @Test
    void whatAnOrganIsClearOfOrANoneAfterACommaIsNegated() {
        String film = "The lungs are clear of any focal consolidation, effusion or pneumothorax.";
        assertTrue(assess(film, "consolidation").negated());
        assertTrue(assess(film, "pneumothorax").negated());
        assertTrue(assess("Axillary nodes, none palpated.", "nodes").negated());
    }

    @Test
    void aCommaThatJoinsAClauseOfItsOwnEndsTheNegation() {
        assertFalse(assess("No rales, wheezes are present at both bases.", "wheezes").negated());
        assertFalse(assess("Denies fever, the cough has lingered for a month.", "cough").negated());
        assertFalse(assess("No fracture, there is mild soft tissue swelling.", "swelling").negated());
        assertFalse(assess("No JVD, a soft murmur is heard at the apex.", "murmur").negated());
        assertFalse(assess("No vomiting, nausea has been worse since Monday.", "nausea").negated());
    }

    @Test
    void theLastMembersOfANegatedListKeepTheListsVerb() {
        assertTrue(assess("No masses, tenderness are noted.", "tenderness").negated());
        assertTrue(assess("No gallop, click or rub is auscultated.", "rub").negated());
        assertTrue(assess("No evidence of erosion, ulceration or tumor was encountered.", "ulceration").negated());
    }

    @Test
    void whatWasSuctionedClearOfWasThereAndADiagnosisInDoubtIsUncertain() {
        assertFalse(assess("The pelvis was suctioned free of blood clots.", "blood clots").negated());
        assertTrue(assess("The diagnosis of sarcoidosis is in doubt.", "sarcoidosis").uncertain());
    }

    @Test
    void whatAPartWasDissectedFreeOfWasThere() {
        assertFalse(assess("The bowel loops were dissected free of dense adhesions.", "adhesions").negated());
        assertFalse(assess("The ulnar nerve was mobilized free from the scar.", "scar").negated());
        assertFalse(assess("We carefully dissected the ovary free of endometriosis.", "endometriosis").negated());
        assertFalse(assess("The kidney was dissected sharply free of adhesions.", "adhesions").negated());
        assertTrue(assess("The peritoneal cavity was free of adhesions.", "adhesions").negated());
    }
}

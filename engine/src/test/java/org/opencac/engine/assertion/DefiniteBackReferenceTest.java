package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A bare generic noun after a definite article ("the infection") names again a condition written earlier: it takes
 * that mention's assertion, and a doubtful pneumonia does not turn into an established unspecified infection.
 */
class DefiniteBackReferenceTest {

    @Test
    void theInfectionAfterADoubtfulPneumoniaIsNotCodedOnItsOwn() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "The chest film raised a question of a left basal pneumonia.\nWe started cefepime for the infection.",
                CareSetting.OUTPATIENT));
        assertNotSuggested(r, "J18.9");
        assertNotSuggested(r, "B99.9");
    }

    @Test
    void theTumorAfterASuspectedMassOfTheLungIsNotCodedOnItsOwn() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Imaging showed a possible malignant neoplasm of the right lung.\nShe was referred for biopsy of the tumor.",
                CareSetting.OUTPATIENT));
        assertNotSuggested(r, "C34.91");
        assertNotSuggested(r, "D49.9");
        assertNotSuggested(r, "C80.1");
    }

    @Test
    void aNounToldByItsOwnSiteNamesNoEarlierMention() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "A possible basal cell carcinoma was seen on the nose.\nThe lesion of the left forearm was shaved.",
                CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "lesion").assertion().toLowerCase());
    }

    @Test
    void theSameNounWrittenBeforeIsTheOneNamedAgain() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Lesions were seen along the bowel wall.\nA mass suspicious for lymphoma was found in the abdomen."
                        + "\nWe removed the largest of the lesions.", CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "lesions").assertion().toLowerCase());
    }

    @Test
    void aLongerMentionEndingInTheNounIsTheNearerOneNamedAgain() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "No tumor was seen in the left kidney.\nA large bladder tumor was resected."
                        + "\nThe base of the tumor was then fulgurated.", CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "tumor").assertion().toLowerCase());
    }

    @Test
    void aPastTumorToldAsRegrownIsPresentAgain() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "He had a pituitary tumor resected in the past.\nSince then the tumor has regrown and he returns for surgery.",
                CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "tumor").assertion().toLowerCase());
    }

    @Test
    void aPastTumorNamedAgainWithoutACurrentVerbStaysPast() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "He had a pituitary tumor resected in the past.\nSince then the tumor was followed by imaging.",
                CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("historical", lastMention(r, "tumor").assertion().toLowerCase());
    }

    @Test
    void aMassNamingAnEarlierLesionKeepsTheLesionsCertainty() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Diagnosis: left cheek lesion, probable cancer.\nWe excised this mass with a wide margin.",
                CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "mass").assertion().toLowerCase());
    }

    @Test
    void aLongerMentionWhoseHeadComesBeforeItsSiteIsTheNearerOneNamedAgain() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "No mass was palpable in the axilla.\nA mass in the left breast was seen on ultrasound."
                        + "\nThis lesion was excised.", CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "lesion").assertion().toLowerCase());
    }

    @Test
    void aMentionWhoseHeadComesBeforeItsVerbIsTheNearerOneNamedAgain() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Preoperative diagnosis: probable pathological fracture of the left femoral neck."
                        + "\nFindings: the fracture was noted to be transverse.\nThe fracture site was irrigated.",
                CareSetting.OUTPATIENT));
        org.junit.jupiter.api.Assertions.assertEquals("present", lastMention(r, "fracture").assertion().toLowerCase());
    }

    private static org.opencac.engine.suggest.MentionOutcome lastMention(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + r.mentions()));
    }
}

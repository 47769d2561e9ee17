package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.TestModels;

class FindingFinderTest {

    private static Optional<MentionOutcome> mention(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst();
    }

    @Test
    void aNegatedFindingNoTermCodesIsReportedNegatedAndCodesNothing() {
        CodingResult r = outpatient("Sigmoidoscopy today showed no polyps.");
        MentionOutcome polyps = mention(r, "polyps").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("negated", polyps.assertion());
        assertEquals("negated", polyps.reason());
        assertTrue(polyps.candidateCodes().isEmpty());
        assertTrue(r.suggestions().isEmpty(), r.suggestions().toString());
    }

    @Test
    void fallsDeniedSinceAnEventAreReportedNegated() {
        CodingResult r = outpatient("He has had no falls since his knee replacement.");
        assertEquals("negated", mention(r, "falls").orElseThrow(() -> new AssertionError(r.mentions().toString()))
                .assertion());
    }

    @Test
    void theProgressiveFormOfThePainVerbIsAFinding() {
        CodingResult r = outpatient("Nothing is hurting her at rest.");
        assertEquals("negated", mention(r, "hurting").orElseThrow(() -> new AssertionError(r.mentions().toString()))
                .assertion());
    }

    @Test
    void aStudysGlobalReadingIsReportedNegated() {
        CodingResult r = outpatient("Portable chest film: no acute cardiopulmonary process.");
        assertEquals("negated", mention(r, "cardiopulmonary process")
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).assertion());
    }

    @Test
    void aFindingInReturnPrecautionsIsHypothetical() {
        CodingResult r = outpatient("Return to the clinic for any bleeding or swelling at the puncture site.");
        assertEquals("hypothetical", mention(r, "bleeding").orElseThrow().assertion());
        assertEquals("hypothetical", mention(r, "swelling").orElseThrow().reason());
    }

    @Test
    void anAffirmedFindingWithoutItsSiteCodesNothingAndSaysWhy() {
        CodingResult r = outpatient("On exam there is a small firm mass.");
        MentionOutcome mass = mention(r, "mass").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("present", mass.assertion());
        assertFalse(mass.coded());
        assertEquals("finding", mass.reason());
    }

    @Test
    void everydayWordsTheIndexAlsoPrintsAreNoFindings() {
        CodingResult r = outpatient("The wound was closed well and the patient was discharged in good condition.");
        List<String> texts = r.mentions().stream().map(MentionOutcome::text).toList();
        assertFalse(texts.contains("well"), texts.toString());
        assertFalse(texts.contains("discharged"), texts.toString());
    }

    @Test
    void aFindingTheIndexPrintsUnderAnotherMainTermIsFoundByItsOwnWord() {
        CodingResult r = outpatient("Call us for any redness or swelling at the incision.");
        assertEquals("hypothetical", mention(r, "redness").orElseThrow(() -> new AssertionError(r.mentions().toString())).assertion());
        assertEquals("hypothetical", mention(r, "swelling").orElseThrow().assertion());
    }

    @Test
    void aNegatedEponymousSignIsReportedNegatedAndCodesNothing() {
        CodingResult r = outpatient("Neck supple; Kernig's sign is negative and there is no nuchal stiffness.");
        MentionOutcome sign = mention(r, "Kernig's sign").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("negated", sign.assertion());
        assertTrue(sign.candidateCodes().isEmpty());
    }

    @Test
    void anAffirmedSignIsPresentAndCodesNothing() {
        CodingResult r = outpatient("Tenderness at the wrist with a positive Finkelstein test.");
        MentionOutcome test = mention(r, "Finkelstein test").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("present", test.assertion());
        assertEquals("finding", test.reason());
    }

    @Test
    void aMoodOrImagingFindingNamedByAPhraseTakesTheNegationOfItsList() {
        CodingResult mood = outpatient("He denies anxious mood, hopelessness or poor sleep.");
        assertEquals("negated", mention(mood, "anxious mood").orElseThrow(() -> new AssertionError(mood.mentions().toString())).assertion());
        CodingResult film = outpatient("Upright film shows no free air and no air-fluid levels.");
        assertEquals("negated", mention(film, "free air").orElseThrow(() -> new AssertionError(film.mentions().toString())).assertion());
        assertEquals("negated", mention(film, "air-fluid levels").orElseThrow(() -> new AssertionError(film.mentions().toString())).assertion());
    }

    @Test
    void examinationNegativesNoTermCodesAreReportedNegated() {
        CodingResult r = outpatient("Abdomen soft without organomegaly or fluctuance. Heart without an S3 gallop. No asterixis.");
        for (String finding : List.of("organomegaly", "fluctuance", "S3 gallop", "asterixis")) {
            assertEquals("negated", mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions())).assertion());
        }
    }

    @Test
    void bareReviewOfSystemsNegativesAreReportedNegatedAndCodeNothing() {
        CodingResult r = outpatient("Knee without pain or swelling. Films show no stones and no obstruction. He denies "
                + "any"
                + " injury or sweats. No acute infarct. No foreign body in the wound. No burning, thirst or"
                + " regurgitation. The repair went without complications. She denies dysuria, frequency or urgency."
                + " No blistering or subluxation.");
        for (String finding : List.of("pain", "stones", "obstruction", "injury", "sweats", "infarct", "foreign body",
                "burning", "thirst", "regurgitation", "complications", "blistering", "subluxation")) {
            MentionOutcome m = mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions()));
            assertEquals("negated", m.assertion(), finding);
            assertTrue(m.candidateCodes().isEmpty(), finding);
        }
        // beside urinary words "frequency" reads as urinary frequency (R35.0), here negated
        assertEquals("negated", mention(r, "frequency").orElseThrow().assertion());
        assertTrue(r.suggestions().isEmpty(), r.suggestions().toString());
    }

    @Test
    void examinationNegativesNoIndexTermPrintsAreReportedNegated() {
        CodingResult r = outpatient("Precordium without thrills, heaves or clicks. No drooling. No visceromegaly. The incision"
                + " is dry without purulence. Denies odynophagia, runny nose or weight change. No choking,"
                + " sleepiness or sensitivity to light. No decreased urine output. Heels without skin breakdown."
                + " Lungs without egophony. She is not shaky or sweaty and has no dark urine.");
        for (String finding : List.of("thrills", "heaves", "clicks", "drooling", "visceromegaly", "purulence",
                "odynophagia", "runny nose", "weight change", "choking", "sleepiness", "sensitivity to light",
                "decreased urine output", "skin breakdown", "egophony", "shaky", "sweaty", "dark urine")) {
            assertEquals("negated", mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions())).assertion(), finding);
        }
    }

    @Test
    void aFindingWordAndTheLeadingWordsOfEveryLongerFindingKeyMayStartAFinding() {
        var index = TestModels.models().alphabeticIndex();
        Set<String> starts = FindingFinder.findingStarts(index, Set.of("effusion", "tumor"));
        assertTrue(starts.contains("effusion"), starts.toString());
        assertTrue(starts.contains("tumor"), starts.toString());
        List<String> longer = starts.stream().filter(k -> k.contains(" ") && index.lookup(k) != null
                && !index.lookup(k).mainTerms().isEmpty()).toList();
        assertFalse(longer.isEmpty(), starts.toString());
        for (String key : longer) {
            assertTrue(starts.contains(key.substring(0, key.indexOf(' '))), key);
        }
    }

    @Test
    void aFindingPhraseAfterAHyphenIsPartOfACompoundAndNotReported() {
        CodingResult r = outpatient("Old non-Q wave infarct on the tracing.");
        assertTrue(mention(r, "Q wave").isEmpty(), r.mentions().toString());
    }

    @Test
    void aWordThatBeginsNoFindingKeyStartsNone() {
        Set<String> starts = FindingFinder.findingStarts(TestModels.models().alphabeticIndex(), Set.of("effusion"));
        assertFalse(starts.contains("closed"), starts.toString());
        assertFalse(starts.contains("mass"), starts.toString());
    }

    @Test
    void cardiacRespiratoryAndTraumaNegativesOfTheFourthRoundAreReportedNegated() {
        CodingResult r = outpatient("No orthopnea or PND. Abdomen without guarding or rigidity. No dullness to "
                + "percussion."
                + " No raccoon eyes or hemotympanum. No mottling and no delayed capillary refill.");
        for (String finding : List.of("PND", "rigidity", "dullness to percussion", "raccoon eyes", "hemotympanum",
                "mottling", "delayed capillary refill")) {
            MentionOutcome m = mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions()));
            assertEquals("negated", m.assertion(), finding);
            assertTrue(m.candidateCodes().isEmpty(), finding);
        }
    }

    @Test
    void examinationStudyAndPsychiatricNegativesOfTheSixthRoundAreReportedNegated() {
        CodingResult r = outpatient("Chest with no hyperresonance and no crepitations. Fundi without AV nicking or cotton wool"
                + " spots. No thought disorder. No psychotic symptoms. EEG showed no epileptiform discharges. ECG with no"
                + " ST-T wave changes. Scope showed no diverticula. Tone normal without spasticity or cogwheeling."
                + " No decreased breath sounds and no use of accessory muscles.");
        for (String finding : List.of("hyperresonance", "crepitations", "AV nicking", "cotton wool spots",
                "thought disorder", "psychotic symptoms", "epileptiform discharges", "ST-T wave changes", "diverticula",
                "spasticity", "cogwheeling", "decreased breath sounds", "use of accessory muscles")) {
            MentionOutcome m = mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions()));
            assertEquals("negated", m.assertion(), finding);
            assertTrue(m.candidateCodes().isEmpty(), finding);
        }
    }

    @Test
    void aStateSaidWithAnAdjectiveIsReportedWithItsNegationAndCodesNothing() {
        CodingResult r = outpatient("She is not anxious or depressed. He is not orthostatic. The knee is not swollen or tender.");
        for (String finding : List.of("anxious", "depressed", "orthostatic", "swollen", "tender")) {
            MentionOutcome m = mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions()));
            assertEquals("negated", m.assertion(), finding);
            assertTrue(m.candidateCodes().isEmpty(), finding);
        }
    }

    @Test
    void anExamWordThatDeniesItsFindingIsReportedNegatedAndCodesNothing() {
        CodingResult r = outpatient("Afebrile. Sclerae anicteric. Abdomen soft, nontender, non-distended. Respirations nonlabored.");
        for (String finding : List.of("Afebrile", "anicteric", "nontender", "non-distended", "nonlabored")) {
            MentionOutcome m = mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions()));
            assertEquals("negated", m.assertion(), finding);
            assertTrue(m.candidateCodes().isEmpty(), finding);
        }
    }

    @Test
    void everydaySignWordsAndShorthandOfTheSeventhRoundAreReportedNegated() {
        CodingResult r = outpatient("Hit his head but no LOC. No SI or HI. No cloudy urine. No skipped beats. No "
                + "vesicles or"
                + " pustules. No achy muscles. No painful swallowing.");
        for (String finding : List.of("LOC", "SI", "HI", "cloudy urine", "skipped beats", "vesicles", "pustules",
                "achy muscles", "painful swallowing")) {
            MentionOutcome m = mention(r, finding).orElseThrow(() -> new AssertionError(finding + " " + r.mentions()));
            assertEquals("negated", m.assertion(), finding);
            assertTrue(m.candidateCodes().isEmpty(), finding);
        }
    }

    @Test
    void examShorthandAndWordsReadByTheirCuesAreReportedNegatedAndCodeNothing() {
        for (String[] c : new String[][] {{"Extremities: no c/c/e.", "c/c/e"},
                {"Breathing is easy with no retractions.", "retractions"},
                {"No signs of abuse or neglect of the child.", "neglect"},
                {"Urine drug screen negative for cocaine.", "cocaine"},
                {"No AVM was seen on the angiogram.", "AVM"}}) {
            CodingResult r = outpatient(c[0]);
            MentionOutcome m = mention(r, c[1]).orElseThrow(() -> new AssertionError(c[0] + " " + r.mentions()));
            assertEquals("negated", m.assertion(), c[0]);
            assertTrue(m.candidateCodes().isEmpty(), c[0]);
        }
    }

    @Test
    void aCuedWordWithoutItsCueIsNoFinding() {
        // "retraction" beside an operation's words is the surgeon's, not the chest wall drawn in
        CodingResult r = outpatient("The flap was held with gentle retraction.");
        assertTrue(mention(r, "retraction").isEmpty(), r.mentions().toString());
    }
}

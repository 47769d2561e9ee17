package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.Coded.outpatientCodes;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;
import org.opencac.engine.text.SentenceSplitter;

class TriggerCheckTest {

    @Test
    void theRunAfterIndexNavigationJudgesOnlyIndexMentions() {
        Document doc = Document.of(new Note("He does walk two blocks.", CareSetting.INPATIENT));
        for (var stage : List.of(SectionDetector.standard(), SentenceSplitter.clinical(),
                MentionFinder.standard(TestModels.models()))) {
            doc = stage.process(doc);
        }
        TriggerCheck check = TriggerCheck.standard(TestModels.models());
        List<String> found = codesOf(doc);
        assertTrue(found.contains("R06.09"), "the dictionary reads DOE from 'does': " + found);
        assertFalse(codesOf(check.process(doc)).contains("R06.09"));
        // the dictionary mentions were judged by the first run; the second passes them through as they are
        assertEquals(doc.mentions(), check.forIndexPaths().process(doc).mentions());
    }

    private static List<String> codesOf(Document doc) {
        return doc.mentions().stream().flatMap(m -> m.terms().stream()).map(t -> t.code()).toList();
    }

    @Test
    void anOrdinaryFeverIsNotTheIndexsOldNameOfMalaria() {
        List<String> codes = inpatientCodes("She has had congestion and fever for two days and intermittent fevers at "
                + "night.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("B5")), codes.toString());
        List<String> malaria = inpatientCodes("Assessment: falciparum malaria after travel.");
        assertTrue(malaria.stream().anyMatch(c -> c.startsWith("B50")), malaria.toString());
    }

    @Test
    void pulmonaryInsufficiencyBesideValveWordsIsNotTheLungDisorder() {
        assertFalse(inpatientCodes("The mitral valve is normal with trace pulmonary insufficiency.").contains("J98.4"));
    }

    @Test
    void aWeaknessSetAgainstAStrengthInATestingProfileIsNoSymptom() {
        assertFalse(inpatientCodes("Testing was asked for to map her areas of strength and weakness before therapy.")
                .contains("R53.1"));
        List<String> tired = inpatientCodes("Assessment: generalized weakness for a week, no cause found yet.");
        assertTrue(tired.contains("R53.1"), tired.toString());
    }

    @Test
    void aRatingScaleNamedAfterDementiaIsATestNotTheDiagnosis() {
        assertFalse(inpatientCodes("Tests given: clinical interview, Dementia Rating Scale, memory battery.").contains("F03.90"));
        List<String> diagnosed = inpatientCodes("Assessment: dementia with behavioural change.");
        assertTrue(diagnosed.stream().anyMatch(c -> c.startsWith("F03")), diagnosed.toString());
    }

    @Test
    void anAphasiaTestListedWithItsSubtestsIsNotTheDiagnosis() {
        assertFalse(inpatientCodes("Tests given: Trail Making, Western Aphasia Battery, Token Test.").contains("R47.01"));
        List<String> found = inpatientCodes("Assessment: expressive aphasia after the stroke.");
        assertTrue(found.contains("R47.01"), found.toString());
    }

    @Test
    void aVeinTheSurgeonDividesIsNoDisorderOfTheVein() {
        List<String> operative = inpatientCodes("After division of the inferior pulmonary vein the bronchus was seen.");
        assertFalse(operative.contains("I87.8"), operative.toString());
    }

    @Test
    void aDefaultTitlesOwnWordEndingInSIsNoPlural() {
        // "Unspecified exophthalmos": the word ends in s as the title writes it
        assertSuggested(inpatient("Examination showed a marked exophthalmos."), "H05.20", 3);
        // a plural of a default title's word still reads nothing ("shocks" of steroids are doses)
        assertFalse(inpatientCodes("He received three shocks of steroids.").contains("R57.9"));
    }

    @Test
    void aOneWordConditionJoinedToTheNonPrefixIsNegated() {
        assertNotSuggested(inpatient("The biopsy showed a non-neoplastic lesion."), "D49.3");
        CodingResult lymphoma = inpatient("Assessment: non-Hodgkin lymphoma.");
        assertSuggested(lymphoma, "C85.90", 3);
        assertNotSuggested(lymphoma, "C81.90");
        assertSuggested(inpatient("Assessment: non-small cell lung cancer."), "C34.90", 3);
    }

    @Test
    void theNonPrefixDeniesAConditionWhoseOtherWordsOnlyNameItsSite() {
        // "non-perforated appendix": the prefixed word is the condition, the word after it its site
        CodingResult r = inpatient("Postoperative diagnosis: Acute appendicitis."
                + " Findings: an inflamed, non-perforated appendix.");
        assertNotSuggested(r, "K35.32");
        assertSuggested(inpatient("Postoperative diagnosis: Acute appendicitis. Findings: a perforated appendix."),
                "K35.32", 3);
    }

    @Test
    void aConditionWordJoinedToTheAntiPrefixNamesAnAgentNotTheCondition() {
        CodingResult r = inpatient("Medications: an anti-malarial for travel and an anti-epileptic drug.,"
                + "Assessment: Essential hypertension.");
        assertNotSuggested(r, "B54");
        assertNotSuggested(r, "G40.909");
        assertTrue(r.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase("malarial")
                && "other_sense".equals(m.reason())), r.mentions().toString());
        assertSuggested(inpatient("Assessment: malaria after travel."), "B54", 3);
    }

    @Test
    void theNonPrefixOnAModifierLeavesTheConditionCoded() {
        // "non-bloody" negates the blood, not the vomiting
        assertSuggested(inpatient("Assessment: one episode of non-bloody emesis today."), "R11.10", 3);
    }

    @Test
    void aHistoryOfALifelongPainSyndromeIsTheConditionNotAPersonalHistoryCode() {
        CodingResult r = inpatient("Assessment: 1. History of fibromyalgia. 2. Essential hypertension.");
        assertSuggested(r, "M79.7", 5);
        assertNotSuggested(r, "Z87.39");
    }

    @Test
    void anOrganRemovedAtAnEarlierOperationIsItsAcquiredAbsence() {
        assertSuggested(inpatient("She has a history of hypertension and hysterectomy."), "Z90.710", 5);
        assertSuggested(inpatient("He had a previous cholecystectomy and now presents with jaundice."), "Z90.49", 5);
    }

    @Test
    void aTraceOrTrivialValveRegurgitationIsANormalFindingNotAValveDisease() {
        CodingResult r = outpatient("Echocardiogram: normal chamber sizes. Trace mitral regurgitation. Trivial tricuspid regurgitation.");
        assertNotSuggested(r, "I34.0");
        assertNotSuggested(r, "I07.1");
        assertNotSuggested(r, "I08.1");
        assertNotSuggested(outpatient("Echocardiogram: there is trace aortic insufficiency."), "I35.1");
        // a regurgitation graded mild or worse in its sentence is a finding to code
        assertSuggested(outpatient("Echocardiogram: trace to mild aortic regurgitation."), "I35.1", 5);
        assertSuggested(outpatient("Echocardiogram: moderate mitral regurgitation."), "I34.0", 5);
    }

    @Test
    void aGradeOfAnotherFindingInTheSentenceDoesNotMakeATraceRegurgitationADisease() {
        // "moderate" grades the hypertension told after "with", not the trace backflow
        CodingResult r = outpatient("Echocardiogram: the tricuspid leaflets look normal with trace tricuspid"
                + " regurgitation with moderate pulmonary hypertension.");
        assertNotSuggested(r, "I07.1");
        assertNotSuggested(r, "I36.1");
        // the mild mitral regurgitation is coded alone, not with the trace tricuspid one as both valves' disease
        CodingResult both = outpatient("Echocardiogram: mild mitral regurgitation with trace tricuspid regurgitation.");
        assertSuggested(both, "I34.0", 5);
        assertNotSuggested(both, "I08.1");
        // a grade in the regurgitation's own phrase, before or after it, still counts
        assertSuggested(outpatient("Echocardiogram: trace to mild tricuspid regurgitation with normal leaflets."),
                "I07.1", 5);
        assertSuggested(outpatient("Echocardiogram: tricuspid regurgitation is trace to mild, and the mitral valve"
                + " is normal."), "I07.1", 5);
    }

    @Test
    void anOvaryRemovedAtAnEarlierOperationIsItsAbsenceOfTheSidesRemoved() {
        assertSuggested(inpatient("She has a history of asthma and a prior right salpingo-oophorectomy."), "Z90.721", 5);
        assertSuggested(inpatient("Past surgical history: left oophorectomy in 1990."), "Z90.721", 5);
        assertSuggested(inpatient("She is status post hysterectomy with bilateral salpingo-oophorectomy for fibroids."),
                "Z90.722", 5);
        assertNotSuggested(inpatient("A laparoscopic right salpingo-oophorectomy was performed for the torsed ovary."),
                "Z90.721");
    }

    @Test
    void theOperationOfThisStayOrOneProposedIsNoAbsenceStatus() {
        assertNotSuggested(inpatient("Laparoscopic cholecystectomy was performed without complications."), "Z90.49");
        assertNotSuggested(inpatient("Given her family history, a bilateral mastectomy was proposed."), "Z90.10");
        assertNotSuggested(inpatient("Given her family history, a bilateral mastectomy was proposed."), "Z90.13");
    }

    @Test
    void aBypassOrTissueValveDatedByATimeSpanBeforeAfterIsAStatus() {
        CodingResult r = outpatient("He starts rehabilitation two months after coronary bypass and a porcine mitral valve replacement.");
        assertSuggested(r, "Z95.1", 5);
        assertSuggested(r, "Z95.3", 5);
        assertSuggested(outpatient("She returns 6 weeks following coronary artery bypass grafting."), "Z95.1", 5);
    }

    @Test
    void aBypassOrTissueValveOfThisOperationIsNoStatus() {
        assertNotSuggested(outpatient("Fever began the day after coronary bypass was performed."), "Z95.1");
        assertNotSuggested(inpatient("A 25 mm porcine aortic valve was seated and tied into the annulus."), "Z95.3");
    }

    @Test
    void anInterbodyFusionOfAnEarlierOperationIsArthrodesisStatusNotTheOperationOfThisOne() {
        assertSuggested(outpatient("Years ago she had an anterior interbody fusion at C5-6 and now has neck pain."), "Z98.1", 5);
        assertNotSuggested(inpatient("An anterior interbody fusion at L4-5 was performed with a cage and plate."), "Z98.1");
    }

    @Test
    void aPatientWhoBreathesThroughHisTracheostomyHasItsStatus() {
        assertSuggested(outpatient("He remains trach dependent after his laryngeal injury."), "Z93.0", 5);
    }

    @Test
    void aPluralIsNotStrippedOntoAnAbbreviation() {
        assertNotSuggested(inpatient("He does walk two blocks. She does not smoke."), "R06.09");
        assertSuggested(inpatient("Assessment: DOE for two weeks."), "R06.09", 3);
    }

    @Test
    void anAbbreviationInCapitalsWithAPluralSIsItsPlural() {
        assertSuggested(inpatient("Assessment: frequent PVCs on the monitor."), "I49.3", 3);
        assertSuggested(inpatient("Assessment: two TIAs in the last month."), "G45.9", 3);
        // the Tabular's capitalized MIS (multisystem inflammatory syndrome) is not read from the plural of MI
        assertNotSuggested(inpatient("He has had two MIs and a stroke."), "M35.81");
        // a lower-case word is still no abbreviation with its plural stripped
        assertNotSuggested(inpatient("He does walk two blocks."), "R06.09");
    }

    @Test
    void peIsAPulmonaryEmbolismOnlyInADiagnosisListOrBesideAWordOfClots() {
        assertSuggested(inpatient("Impression: 1. Acute PE. 2. Hypertension."), "I26.99", 5);
        assertSuggested(inpatient("He was started on heparin for a PE seen on the CT angiogram."), "I26.99", 5);
        assertNotSuggested(inpatient("PE: Vitals stable. Lungs clear."), "I26.99");
        assertNotSuggested(inpatient("Assessment: bilateral otitis media. Plan: myringotomy with PE tubes."), "I26.99");
        assertNotSuggested(inpatient("She is excused from PE at school for two weeks."), "I26.99");
        assertNotSuggested(inpatient("Plan: he may bear weight as tolerated and stays out of PE for six weeks."),
                "I26.99");
    }

    @Test
    void aUnitWrittenInMixedCaseIsNotAnAbbreviation() {
        assertNotSuggested(inpatient("Imaging was done 3 hours after 25 mCi of technetium."), "G31.84");
        assertSuggested(inpatient("Assessment: MCI, memory clinic referral."), "G31.84", 5);
    }

    @Test
    void caseDecidesTheSenseOfAids() {
        assertNotSuggested(inpatient("He wears hearing aids and uses band-aids on the wound."), "B20");
        assertSuggested(inpatient("Assessment: AIDS with wasting."), "B20", 5);
    }

    @Test
    void anAbbreviationIsNotReadFromAnotherAbbreviationWithAPluralStripped() {
        // CRPS (complex regional pain syndrome) was keyed "crp" and met the lab test CRP.
        assertNotSuggested(inpatient("CRP was 12 and ESR 40."), "G90.50");
        assertTrue(inpatientCodes("Assessment: CRPS of the right hand.").stream().anyMatch(c -> c.startsWith("G90.5")));
    }

    @Test
    void aTabularAbbreviationIsReadOnlyInCapitals() {
        assertNotSuggested(inpatient("The fracture was fixed with a pin and two screws."), "N42.31");
    }

    @Test
    void anAmbiguousAbbreviationNeedsItsContextCue() {
        assertFalse(inpatientCodes("HCC score reviewed with the care team.").stream().anyMatch(c -> c.startsWith("C22")));
        assertTrue(inpatientCodes("Assessment: HCC in segment 7 of the cirrhotic liver.").stream()
                .anyMatch(c -> c.startsWith("C22")));
        assertFalse(inpatientCodes("Device settings: pacing mode DDD 60 to 120.").contains("M51.9"));
        assertFalse(inpatientCodes("The full report was sent to the PACS.").contains("I49.1"));
        assertFalse(inpatientCodes("The wound was closed with Vicryl on a BV needle.").contains("N76.0"));
        assertTrue(inpatientCodes("Assessment: wet prep positive for BV.").contains("N76.0"));
    }

    @Test
    void aProcedureWordIsNotTheConditionItsWordsSpell() {
        assertFalse(inpatientCodes("The patient was placed into a short-arm cast.").contains("M21.70"));
        assertFalse(inpatientCodes("The pupil was dilated per protocol.").contains("H57.04"));
        assertFalse(inpatientCodes("The dog-ear deformity was excised.").stream().anyMatch(c -> c.startsWith("H61")));
        assertFalse(inpatientCodes("The Ponsky PEG tube was pulled through and placed.").contains("Z93.1"));
        assertFalse(inpatientCodes("The plan is to place a G-tube for feedings.").contains("Z93.1"));
        assertTrue(inpatientCodes("Feedings are given by G-tube.").contains("Z93.1"));
    }

    @Test
    void sectionTitlesRunIntoTheTextAreNotFindings() {
        CodingResult r = inpatient("HISTORY OF PRESENT ILLNESS:, The patient is here. PAST SURGICAL HISTORY:, Appendectomy.");
        assertNotSuggested(r, "R69");
        assertNotSuggested(r, "Z98.890");
    }

    @Test
    void anatomyAloneNeverTriggersADiseaseOrInjury() {
        List<String> c = inpatientCodes("Neck: Trachea midline. The axis is normal. The oral cavity is clear. Aortic arch normal. "
                + "The malleus handle was mobile.");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("S12") || x.startsWith("K02") || x.startsWith("Q25")
                || x.startsWith("A24")), c.toString());
    }

    @Test
    void aTermReadAsAnatomyOnceIsReadSoAgainInTheNextNote() {
        // what a term's text names is remembered across notes: the second note reads the same as the first
        String note = "Neck: Trachea midline. The axis is normal. Aortic arch normal. Assessment: essential hypertension.";
        List<String> first = inpatientCodes(note);
        List<String> second = inpatientCodes(note);
        assertEquals(first, second);
        assertTrue(second.contains("I10"), second.toString());
        assertFalse(second.stream().anyMatch(x -> x.startsWith("S12") || x.startsWith("Q25")), second.toString());
    }

    @Test
    void aSubstanceOrLabNameAloneIsNotADiagnosis() {
        List<String> c = inpatientCodes("Labs: glucose 110, sodium 138. Cocaine was applied to the nasal mucosa.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("T") || x.startsWith("E87")), c.toString());
    }

    @Test
    void oneWordsNeverProduceExternalCausesOrNosDefaults() {
        List<String> c = inpatientCodes("She had a fall last year. He had a flu shot. The accident was minor. Fit for "
                + "surgery.");
        assertTrue(c.stream().noneMatch(x -> x.matches("[VWXY].*") || x.equals("R56.9")), c.toString());
    }

    @Test
    void lungNodulesWrittenInThePluralAreSeveralNodulesNotASolitaryOne() {
        List<String> several = inpatientCodes("Impression: two small pulmonary nodules in the right lung.");
        assertTrue(several.contains("R91.8") && !several.contains("R91.1"), several.toString());
        List<String> one = inpatientCodes("Impression: a small pulmonary nodule in the right lung.");
        assertTrue(one.contains("R91.1") && !one.contains("R91.8"), one.toString());
    }

    @Test
    void aSpermatoceleWrittenInTheSingularIsOneAndInThePluralSeveral() {
        List<String> one = inpatientCodes("Postoperative diagnosis: right spermatocele.");
        assertTrue(one.contains("N43.41"), one.toString());
        List<String> several = inpatientCodes("Postoperative diagnosis: two right spermatoceles.");
        assertTrue(several.contains("N43.42") && !several.contains("N43.41"), several.toString());
    }

    @Test
    void aPreviouslyPlacedStentBesideCoronaryWordsIsTheCoronaryStentInPlace() {
        List<String> coronary = inpatientCodes("Angiography: the previously placed stent in the LAD is widely patent.");
        assertTrue(coronary.contains("Z95.5"), coronary.toString());
        List<String> ureter = inpatientCodes("Cystoscopy: the previous stent in the left ureter was removed.");
        assertFalse(ureter.contains("Z95.5"), ureter.toString());
        List<String> sameProcedure = inpatientCodes("Procedure: one more stent was deployed in the mid RCA, "
                + "overlapping the previous stent.");
        assertFalse(sameProcedure.contains("Z95.5"), sameProcedure.toString());
    }

    @Test
    void realConditionsStillCode() {
        CodingResult r = inpatient("Assessment: essential hypertension, COPD and type 2 diabetes mellitus.");
        assertSuggested(r, "I10", 5);
        assertSuggested(r, "J44.9", 5);
    }

    @Test
    void anInstrumentWordIsNotTheDisorderItSpells() {
        assertNotSuggested(inpatient("Hemostasis was obtained with bipolar cautery."), "F31.9");
        assertSuggested(inpatient("Assessment: bipolar disorder, stable on lithium."), "F31.9", 5);
    }

    @Test
    void aCounterCueInTheSentenceTakesTheOtherSense() {
        assertNotSuggested(inpatient("The ECG showed 2 mm ST depression in the lateral leads."), "F32.A");
        assertNotSuggested(inpatient("Estimated blood loss was 50 mL."), "R58");
        assertSuggested(inpatient("Assessment: depression, started on sertraline."), "F32.A", 5);
    }

    @Test
    void aDepressionScaleOrAHollowOfTheOpticDiscIsNoDepressiveDisorder() {
        assertNotSuggested(inpatient("On review her Beck depression inventory score was within normal limits."),
                "F32.A");
        assertNotSuggested(inpatient("Fundus examination found a small oval depression beside an optic pit."),
                "F32.A");
    }

    @Test
    void aTriggerThatNeedsACueIsNotReadWithoutIt() {
        assertNotSuggested(inpatient("The incision was made through the old scar."), "L90.5");
        assertSuggested(inpatient("Assessment: painful scar of the forearm."), "L90.5", 5);
    }

    @Test
    void aLimbTheNoteCallsLegArmOrExtremityFindsTheTabularLimbCode() {
        assertTrue(inpatientCodes("Assessment: abscess of the left arm.").contains("L02.414"));
        List<String> c = inpatientCodes("Assessment: open wound of the right lower extremity complicated by cellulitis.");
        assertTrue(c.contains("L03.115"), c.toString());
    }

    @Test
    void anOrganismNamingTheConditionsCauseDoesNotPushItsSiteOutOfReach() {
        List<String> c = inpatientCodes("Assessment: ulcer of the right lower extremity complicated by a "
                + "methicillin-resistant Staphylococcus aureus cellulitis.");
        assertTrue(c.contains("L03.115") && c.contains("B95.62"), c.toString());
    }

    @Test
    void aPrimarySiteTheNoteCallsUnknownIsCodedBesideTheNodeItsMetastasisReached() {
        List<String> c = inpatientCodes("Assessment: metastatic adenocarcinoma to a left axillary lymph node, unknown "
                + "primary.");
        assertTrue(c.contains("C77.3") && c.contains("C80.1"), c.toString());
        List<String> occult = inpatientCodes("Assessment: carcinoma of unknown primary with nodes in the left neck.");
        assertTrue(occult.contains("C80.1"), occult.toString());
    }

    @Test
    void anUnstatedSiteCodeIsNotGivenWhenTheSentenceNamesTheSite() {
        List<String> c = inpatientCodes("Assessment: cancer of the left breast.");
        assertFalse(c.contains("C80.1"), c.toString());
        List<String> infection = inpatientCodes("Assessment: infection of the left thumb.");
        assertFalse(infection.contains("B99.9"), infection.toString());
        assertTrue(inpatientCodes("Assessment: infection, source not yet known.").contains("B99.9"),
                "an infection whose sentence names no site keeps the Index default");
    }

    @Test
    void enlargedVentriclesBesideASentenceOnHydrocephalusAreTheBrains() {
        assertNotSuggested(outpatient("Plan: we will repeat the tap, since there is more enlargement of the ventricles"
                + " on the new study. Hydrocephalus may add to his slow gait."), "I51.7");
        assertSuggested(outpatient("Assessment: the chest film shows cardiomegaly. The head study shows no"
                + " intracranial bleeding."), "I51.7", 10);
    }

    @Test
    void quittingSmokingRecommendedIsAPlanNotAHistory() {
        List<String> advised = outpatientCodes("She smokes a pack a day. These risk factor modifications are"
                + " recommended: quit smoking and lose weight.");
        assertFalse(advised.contains("Z87.891"), advised.toString());
        assertTrue(advised.contains("F17.210"), advised.toString());
        assertSuggested(outpatient("Social history: she quit smoking five years ago, as her doctor advised."), "Z87.891", 10);
    }

    @Test
    void aProcedureOnADeviceIsNotTheStatusOfHavingIt() {
        assertNotSuggested(inpatient("Procedure: right ventricular pacemaker lead placement."), "Z95.0");
        assertSuggested(inpatient("Assessment: sick sinus syndrome. She has a cardiac pacemaker."), "Z95.0", 10);
    }

    @Test
    void denturesToBePlacedAreAPlanNotADeviceWorn() {
        assertNotSuggested(outpatient("Plan: extraction of all teeth, followed later by placement of full dentures."),
                "Z97.2");
        assertSuggested(outpatient("Assessment: oral thrush. She wears upper dentures."), "Z97.2", 10);
    }

    @Test
    void wordSensesAlsoJudgeIndexNavigationMentions() {
        // "complaint of chest pain" is an Index path to a chest disease; the word sense keeps it out.
        List<String> c = inpatientCodes("She presented with a complaint of chest pain.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("J98")), c.toString());
    }

    @Test
    void aTagOfTheHymenIsNoSkinTag() {
        List<String> hymen = inpatientCodes("Assessment: a small hymenal tag, which she asks to have removed.");
        assertTrue(hymen.contains("N89.8"), hymen.toString());
        assertFalse(hymen.contains("L91.8"), hymen.toString());
        List<String> remnant = inpatientCodes("Assessment: a hymenal remnant or skin tag at the introitus.");
        assertFalse(remnant.contains("L91.8"), remnant.toString());
        List<String> neck = inpatientCodes("Assessment: a skin tag on the side of the neck.");
        assertTrue(neck.contains("L91.8"), neck.toString());
    }

    @Test
    void anEsophagealRingIsANarrowingNotABodyPart() {
        CodingResult r = inpatient("Impression: esophageal ring at the gastroesophageal junction, dilated to 18 mm.");
        assertSuggested(r, "K22.2", 3);
    }

    @Test
    void theFatigueThatEndsAnExerciseTestIsItsEndPointNotAComplaint() {
        assertNotSuggested(outpatient("INTERPRETATION: He walked on the treadmill for seven minutes and the test was"
                + " terminated because of fatigue. No ST changes."), "R53.83");
        assertSuggested(outpatient("ASSESSMENT: Fatigue for two months, thyroid tests ordered."), "R53.83", 3);
    }

    @Test
    void theMobilityOfAnOrganOnExaminationIsNotThePatientsReducedMobility() {
        assertNotSuggested(outpatient("FINDINGS: The uterus is small with decreased mobility on the right side."),
                "Z74.09");
        assertSuggested(outpatient("ASSESSMENT: Reduced mobility after the long illness, home physical therapy."),
                "Z74.09", 3);
    }

    @Test
    void aMetastasisFoundInABiopsyIsOfTheSiteNamedInTheBiopsysPrepositionalPhrase() {
        // the site stands past the specimen word's first few words, in a chain of "of" and "in" phrases
        assertSuggested(inpatient("A biopsy of the lesion in the left femur confirmed the diagnosis of metastasis."),
                "C79.51", 5);
        assertSuggested(inpatient("The biopsy of the left kidney confirmed the diagnosis of metastasis."), "C79.02", 5);
        assertNotSuggested(inpatient("The biopsy of the left kidney confirmed the diagnosis of metastasis."), "C79.9");
    }

    @Test
    void anOstomyTheSentenceTellsThePatientUnderwentIsTheOperationNotTheStatus() {
        assertFalse(inpatientCodes("She underwent a colectomy with an end ileostomy.").contains("Z93.2"));
        assertFalse(inpatientCodes("He underwent a sigmoid resection and a colostomy.").contains("Z93.3"));
        assertTrue(inpatientCodes("The ileostomy output was high on the ward.").contains("Z93.2"));
    }
}

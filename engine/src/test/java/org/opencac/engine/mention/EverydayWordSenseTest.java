package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Words of operative and history narrative that a code title shares but a coder never reads as a
 * condition: a body-part adjective, a pronoun spelled like an eponym, an everyday adjective spelled like a
 * surname, consent text, a technique, a procedure being done. Each still codes in its clinical sense.
 */
class EverydayWordSenseTest {

    private static boolean anyCodeStarting(CodingResult r, String prefix) {
        return NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith(prefix));
    }

    @Test
    void aCoronaryArteryNarrowedInSystoleIsNoArterialCompressionDisorder() {
        // systolic compression of a coronary segment is the heart muscle over it (myocardial bridging), not I77.1
        CodingResult r = outpatientChecked("CONCLUSION: Angiographically the artery demonstrates systolic compression"
                + " of its lumen in the mid segment.");
        assertFalse(anyCodeStarting(r, "I77.1"), NoteAssert.codes(r).toString());
        CodingResult rib = outpatientChecked("IMPRESSION: Compression of the subclavian artery by a cervical rib.");
        assertTrue(anyCodeStarting(rib, "I77.1"), NoteAssert.codes(rib).toString());
    }

    @Test
    void theCornealWoundOfACataractOperationIsItsIncision() {
        CodingResult r = inpatientChecked("After the lens was placed, the corneal wound was hydrated with saline and found watertight.");
        assertFalse(anyCodeStarting(r, "S05"), NoteAssert.codes(r).toString());
        assertEquals("other_sense", mention(r, "corneal wound").reason());
    }

    @Test
    void measuresOfATestAndAnesthesiaGivenAreNotConditions() {
        assertNotSuggested(inpatientChecked("She reached ninety percent of her age-predicted maximal heart rate on the treadmill."), "R54");
        assertNotSuggested(inpatientChecked("Lidocaine was infiltrated to give skin anesthesia over the port site."),
                "R20.0");
        assertNotSuggested(inpatientChecked("An enlarged ventricle was seen beside the frontal horn on the head scan."),
                "I51.7");
        assertSuggested(inpatientChecked("Assessment: numbness of the left hand for a week."), "R20.0", 3);
    }

    @Test
    void aDrugThatInducesAnesthesiaOrLaborIsATreatment() {
        CodingResult r = inpatientChecked("General anesthesia was induced with propofol and the airway secured.");
        assertFalse(anyCodeStarting(r, "T41"), NoteAssert.codes(r).toString());
        assertTrue(anyCodeStarting(inpatientChecked("She was admitted after an overdose of amitriptyline tablets."),
                "T43"));
    }

    @Test
    void hotFlashesAreMenopausalOnlyWhereTheMenopauseIsNamed() {
        assertNotSuggested(inpatientChecked("Since the thyroid storm she has had tremor and hot flashes."), "N95.1");
        assertSuggested(inpatientChecked("Assessment: perimenopausal hot flashes keeping her awake."), "N95.1", 3);
    }

    @Test
    void aLateralViewIsNotLateralSclerosis() {
        assertNotSuggested(inpatientChecked("Radiographs in the frontal and lateral sclerosis series were taken."),
                "G12.21");
        assertSuggested(inpatientChecked("Assessment: amyotrophic lateral sclerosis with bulbar weakness."), "G12.21",
                3);
    }

    @Test
    void aComplicationNamedAsAChanceIsNotCoded() {
        assertNotSuggested(inpatientChecked("We explained a small chance of wound infection after the repair."),
                "T81.49XA");
        assertSuggested(inpatientChecked("His stay was long and complications included pneumonia."), "J18.9", 5);
    }

    @Test
    void tubesBeingInsertedAndAPacemakerBeingImplantedAreNotStatuses() {
        CodingResult r = inpatientChecked("Operation: bilateral myringotomy with insertion of PE tubes. Procedure "
                + "performed: dual "
                + "chamber permanent pacemaker implantation through the cephalic vein.");
        assertNotSuggested(r, "Z96.22");
        assertNotSuggested(r, "Z95.0");
        CodingResult status = inpatientChecked("Assessment: syncope. She has a permanent pacemaker for complete heart "
                + "block.");
        assertSuggested(status, "Z95.0", 3);
    }

    @Test
    void spasticityIsNotASpasm() {
        CodingResult r = inpatientChecked("On examination his left leg was spastic with brisk reflexes.");
        assertNotSuggested(r, "R25.2");
    }

    @Test
    void aSynostosisNamedByItsSutureIsACraniosynostosis() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: sagittal synostosis with a long narrow skull.");
        assertSuggested(r, "Q75.01", 1);
        assertNotSuggested(r, "Q78.8");
    }

    @Test
    void anIncarceratedFragmentIsNotImprisonmentButTimeInPrisonIs() {
        CodingResult r = inpatientChecked("X-rays showed an incarcerated fragment of the medial epicondyle in the "
                + "joint.");
        assertNotSuggested(r, "Z65.1");
        CodingResult prison = inpatientChecked("Social history: he was incarcerated for two years and now lives with "
                + "his sister.");
        assertSuggested(prison, "Z65.1", 3);
    }

    @Test
    void implantShapesDietsAndBoneCutsAreNotConditions() {
        CodingResult r = inpatientChecked("A lordotic interbody spacer was placed at C5-C6. A femoral neck cut was made with the saw. "
                + "He will follow a low-potassium diet. Home medications: NPH insulin 10 units twice daily.");
        assertNotSuggested(r, "M40.50");
        assertNotSuggested(r, "S11.91XA");
        assertNotSuggested(r, "E87.6");
        assertNotSuggested(r, "G91.2");
        CodingResult nph = inpatientChecked("Impression: NPH with magnetic gait and urinary incontinence, large volume tap planned.");
        assertSuggested(nph, "G91.2", 3);
    }

    @Test
    void aSidedJointReplacementBeingPerformedIsNotAStatus() {
        CodingResult r = inpatientChecked("Operation: left knee replacement with cemented components.");
        assertNotSuggested(r, "Z96.652");
        CodingResult status = inpatientChecked("Assessment: knee pain on the right. Status post left knee "
                + "replacement.");
        assertSuggested(status, "Z96.652", 5);
    }

    @Test
    void aValveOrDefibrillatorPutInAtThisOperationIsNotAStatus() {
        CodingResult r = inpatientChecked("Procedure: aortic valve replacement using a mechanical valve. He was "
                + "referred for AICD "
                + "implantation next week.");
        assertNotSuggested(r, "Z95.2");
        assertNotSuggested(r, "Z95.810");
    }

    @Test
    void aToxinTestSentIsNotTheInfectionButTheColitisTreatedIs() {
        CodingResult sent = inpatientChecked("Plan: send stool for C. diff toxin and culture.");
        assertFalse(anyCodeStarting(sent, "A04.7"), NoteAssert.codes(sent).toString());
        CodingResult treated = inpatientChecked("Hospital course: she developed C. diff colitis, treated with oral "
                + "vancomycin.");
        assertTrue(anyCodeStarting(treated, "A04.7"), NoteAssert.codes(treated).toString());
    }

    @Test
    void aBodyPartAdjectiveNamesNoInjury() {
        CodingResult r = inpatientChecked("The thyroid isthmus was divided over the third tracheal ring.");
        assertFalse(anyCodeStarting(r, "S12"), NoteAssert.codes(r).toString());
    }

    @Test
    void complaintsOfASymptomAreNotTheIndexEntryComplaint() {
        CodingResult r = inpatientChecked("HISTORY: On arrival he had complaints of steady right sided chest pain that spread to his jaw.");
        assertFalse(anyCodeStarting(r, "J98") || anyCodeStarting(r, "I20"), NoteAssert.codes(r).toString());
    }

    @Test
    void aBoneCutMadeWithASawIsASurgicalStepNotALaceration() {
        CodingResult r = inpatientChecked("PROCEDURE: A saw was used to make the tibial cut along the guide.");
        assertFalse(anyCodeStarting(r, "S"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSurgicalWoundIsNotAnInjuryButAWoundFromAFallIs() {
        CodingResult surgical = inpatientChecked("CHIEF COMPLAINT: Draining surgical wound of the right forearm.");
        assertFalse(anyCodeStarting(surgical, "S51"), NoteAssert.codes(surgical).toString());
        CodingResult fall = inpatientChecked("CHIEF COMPLAINT: Open wound of the right forearm after a fall on glass.");
        assertTrue(anyCodeStarting(fall, "S51"), NoteAssert.codes(fall).toString());
    }

    @Test
    void aWoundThatDrainsOrIsInfectedIsNotAnInjuryUnlessTheSentenceTellsOne() {
        CodingResult drained = inpatientChecked("HISTORY: A wound of the lower abdomen has drained pus for five days.");
        assertFalse(anyCodeStarting(drained, "S31") || anyCodeStarting(drained, "S39"),
                NoteAssert.codes(drained).toString());
        CodingResult infected = inpatientChecked("HISTORY: Open wound of the right thigh, infected since the graft.");
        assertFalse(anyCodeStarting(infected, "S71"), NoteAssert.codes(infected).toString());
        CodingResult cultured = inpatientChecked("PROCEDURE: Swabs of the flank wound were sent for culture.");
        assertFalse(anyCodeStarting(cultured, "T14"), NoteAssert.codes(cultured).toString());
        CodingResult excised = inpatientChecked("HISTORY: Open wound of the left thigh left by the excision of an abscess.");
        assertFalse(anyCodeStarting(excised, "S71"), NoteAssert.codes(excised).toString());
        CodingResult stab = inpatientChecked("HISTORY: Stab wound of the right thigh, now draining and infected.");
        assertTrue(anyCodeStarting(stab, "S71"), NoteAssert.codes(stab).toString());
    }

    @Test
    void thePronounHisIsNotTheEponymOfTrenchFever() {
        CodingResult r = inpatientChecked("His daughter noticed that he had trouble finding words this morning.");
        assertNotSuggested(r, "A79.0");
    }

    @Test
    void graveAsAnAdjectiveIsNotGravesDiseaseButGravesDiseaseIsCoded() {
        CodingResult r = inpatientChecked("He was admitted on a hold for grave disability.");
        assertFalse(anyCodeStarting(r, "E05"), NoteAssert.codes(r).toString());
        assertEquals("other_sense", mention(r, "grave").reason());
        CodingResult thyroid = inpatientChecked("Assessment: Graves disease with a diffuse goiter, started on "
                + "methimazole.");
        assertTrue(anyCodeStarting(thyroid, "E05.0"), NoteAssert.codes(thyroid).toString());
    }

    @Test
    void infectionListedAmongTheRisksIsHypothetical() {
        CodingResult r = inpatientChecked("We discussed that the risks include bleeding, infection and scarring.");
        assertFalse(anyCodeStarting(r, "B99"), NoteAssert.codes(r).toString());
        assertEquals("hypothetical", mention(r, "infection").reason());
    }

    @Test
    void theLastRiskOfALongConsentListIsHypotheticalToo() {
        String text = "The risks, benefits and alternatives of the cataract operation were reviewed with her in detail,"
                + " including bleeding, reoperation, loss of the lens, double vision, a droopy lid, raised pressure in"
                + " the eye, worse vision, swelling of the retina, hemorrhage behind the cornea, and corneal edema.";
        CodingResult r = inpatientChecked(text);
        assertFalse(anyCodeStarting(r, "H18"), NoteAssert.codes(r).toString());
        assertEquals("hypothetical", mention(r, "corneal edema").reason());
        assertTrue(anyCodeStarting(inpatientChecked("Two weeks after the operation she developed corneal edema."),
                "H18.2"));
    }

    @Test
    void oaInADeliveryIsTheFetalHeadPositionButOaOfTheKneesIsOsteoarthritis() {
        CodingResult r = inpatientChecked("The baby was delivered vertex from OA position after a short second stage.");
        assertFalse(anyCodeStarting(r, "M1"), NoteAssert.codes(r).toString());
        assertEquals("other_sense", mention(r, "OA").reason());
        assertTrue(anyCodeStarting(inpatientChecked("Past history: OA of both knees, on naproxen."), "M17"));
    }

    @Test
    void theInfectiousDiseaseStandpointIsASpecialtyNotADisease() {
        CodingResult r = inpatientChecked("From the infectious disease point of view, she is stable on her current "
                + "antibiotics.");
        assertFalse(anyCodeStarting(r, "B99"), NoteAssert.codes(r).toString());
        assertEquals("other_sense", mention(r, "infectious disease").reason());
    }

    @Test
    void anInfectiousDiseasesUnitOrWardIsAServiceNotADisease() {
        CodingResult r = inpatientChecked("The boy was moved to the infectious diseases unit with a high fever.");
        assertFalse(anyCodeStarting(r, "B99"), NoteAssert.codes(r).toString());
        assertTrue(anyCodeStarting(r, "R50"), NoteAssert.codes(r).toString());
    }

    @Test
    void oralPainMedicationIsADrugNotAMouthLesion() {
        CodingResult r = inpatientChecked("She was comfortable on oral pain medication and went home on the second "
                + "day.");
        assertFalse(anyCodeStarting(r, "K13"), NoteAssert.codes(r).toString());
    }

    @Test
    void boneOvergrowthResectedAtAnOperationIsPartOfTheDeformityButAJawExostosisIsCoded() {
        CodingResult r = inpatientChecked("The capsule was opened. The hypertrophic bone was resected with a saw and a dorsal exostosis"
                + " was removed with a rongeur.");
        assertFalse(anyCodeStarting(r, "M89.3") || anyCodeStarting(r, "M27"), NoteAssert.codes(r).toString());
        assertTrue(anyCodeStarting(inpatientChecked("Assessment: exostosis of the left mandible."), "M27.8"));
    }

    @Test
    void excessFatRemovedAtAnOperationIsTissueButEndstageWrittenAsOneWordIsTheStage() {
        CodingResult r = inpatientChecked("Electrocautery was used to remove the excess fat to expose the fascia.");
        assertFalse(anyCodeStarting(r, "E66"), NoteAssert.codes(r).toString());
        CodingResult esrd = inpatientChecked("Assessment: hypertension and endstage renal disease on hemodialysis.");
        assertTrue(anyCodeStarting(esrd, "N18.6") && anyCodeStarting(esrd, "I12.0"), NoteAssert.codes(esrd).toString());
    }

    @Test
    void operativeNarrationIsNoEncounterForAStomaAndPainReliefAtDischargeIsRoutine() {
        CodingResult r = inpatientChecked("We then turned our attention to closing the gastrostomy opening. She will "
                + "go home on"
                + " Percocet for pain and follow up postoperatively in the clinic.");
        assertFalse(anyCodeStarting(r, "Z43") || anyCodeStarting(r, "G89"), NoteAssert.codes(r).toString());
        assertTrue(anyCodeStarting(inpatientChecked("Encounter for attention to colostomy."), "Z43.3"));
    }

    @Test
    void aNerveTransposedAtOperationIsNoMalformationAndAMuscleMassNoLump() {
        CodingResult r = inpatientChecked("The ulnar nerve was transposed anteriorly, superficial to the "
                + "flexor-pronator mass.");
        assertFalse(anyCodeStarting(r, "Q07") || anyCodeStarting(r, "R22"), NoteAssert.codes(r).toString());
    }

    @Test
    void retractorsPlacedInTheWoundNameTheOperativeSiteNotABrainInjury() {
        CodingResult r = inpatientChecked("The cerebellar retractors were placed in the wound and the dura was "
                + "opened.");
        assertFalse(anyCodeStarting(r, "S06"), NoteAssert.codes(r).toString());
        CodingResult closed = inpatientChecked("The wounds were then closed in multiple layers with absorbable "
                + "suture.");
        assertFalse(anyCodeStarting(closed, "T07") || anyCodeStarting(closed, "S"), NoteAssert.codes(closed).toString());
        CodingResult stain = inpatientChecked("Sections show scattered cells with deeply basophilic nuclei.");
        assertFalse(anyCodeStarting(stain, "D72"), NoteAssert.codes(stain).toString());
    }

    @Test
    void aDilatedVentricleOfTheBrainBesideItsPeriventricularTissueIsNoEnlargedHeart() {
        assertNotSuggested(inpatientChecked("MRI: the left lateral ventricle is dilated, with periventricular signal change."),
                "I51.7");
    }

    @Test
    void basophilicDepositsInATissueSectionAreAStainNotBasophilia() {
        CodingResult r = inpatientChecked("Between the glands lay small calcified basophilic spherules in a loose stroma.");
        assertFalse(anyCodeStarting(r, "D72"), NoteAssert.codes(r).toString());
    }

    @Test
    void cornNamedAsAFoodIsMaizeButACornOnAToeIsAClavus() {
        CodingResult diet = inpatientChecked("Her diet allows rice, potatoes and corn bread without added protein.");
        assertNotSuggested(diet, "L84");
        assertSuggested(inpatientChecked("Assessment: a painful corn on the fifth toe of the right foot."), "L84", 3);
    }

    @Test
    void anAbscessFoundOnDissectionIsNoCutaneousAbscessButOneOfTheSkinIs() {
        CodingResult r = inpatientChecked("Further dissection toward the hiatus revealed an abscess collection, which was sent for culture.");
        assertFalse(anyCodeStarting(r, "L02.91"), NoteAssert.codes(r).toString());
        assertTrue(anyCodeStarting(inpatientChecked("Assessment: abscess, incised and drained in the office today."),
                "L02.91"));
    }

    @Test
    void aShockAbsorbedOrACirculatoryArrestInducedAtOperationIsNoConditionButGuillainBarreIsCoded() {
        CodingResult splint = inpatientChecked("The splint is padded to absorb the shock of walking.");
        assertFalse(anyCodeStarting(splint, "R57"), NoteAssert.codes(splint).toString());
        CodingResult bypass = inpatientChecked("Deep hypothermic circulatory arrest time was 22 minutes.");
        assertFalse(anyCodeStarting(bypass, "I46"), NoteAssert.codes(bypass).toString());
        CodingResult strep = inpatientChecked("Prenatal labs: rubella immune, GBS positive, given penicillin in "
                + "labor.");
        assertFalse(anyCodeStarting(strep, "G61"), NoteAssert.codes(strep).toString());
        assertTrue(anyCodeStarting(inpatientChecked("Assessment: GBS with ascending weakness, started on IVIG."),
                "G61.0"));
    }

    @Test
    void careTakenAgainstAnInjuryAndAStructureCutWithCauteryAreNoInjuries() {
        CodingResult entry = inpatientChecked("Care was taken upon entry of the peritoneum to avoid injury of the "
                + "bowel.");
        assertFalse(anyCodeStarting(entry, "S3"), NoteAssert.codes(entry).toString());
        CodingResult cut = inpatientChecked("The round ligaments were cauterized and cut with the Bovie.");
        assertFalse(anyCodeStarting(cut, "S3"), NoteAssert.codes(cut).toString());
        CodingResult cream = inpatientChecked("Prescriptions: Lotrimin AF 1% cream twice a day to the feet.");
        assertFalse(anyCodeStarting(cream, "I48"), NoteAssert.codes(cream).toString());
        CodingResult csf = inpatientChecked("CSF studies included varicella zoster and herpes simplex PCR, all "
                + "negative.");
        assertFalse(anyCodeStarting(csf, "B01"), NoteAssert.codes(csf).toString());
    }

    @Test
    void aFeverOfFiveDaysAWeightGainToAimForAndTheIncisionOfAnOperationAreNoConditions() {
        CodingResult fever = inpatientChecked("He has had an intermittent fever for the past five days.");
        assertFalse(anyCodeStarting(fever, "A79"), NoteAssert.codes(fever).toString());
        CodingResult weight = inpatientChecked("We discussed an appropriate weight gain for the pregnancy of one pound "
                + "a week.");
        assertFalse(anyCodeStarting(weight, "O26.0"), NoteAssert.codes(weight).toString());
        CodingResult incision = inpatientChecked("A midline incision was made around the umbilical hernia with a "
                + "scalpel.");
        assertFalse(anyCodeStarting(incision, "K43"), NoteAssert.codes(incision).toString());
        assertTrue(anyCodeStarting(incision, "K42"), NoteAssert.codes(incision).toString());
    }

    @Test
    void aPositiveTuberculinTestIsNoTuberculosisAndAnOutbreakNoInfection() {
        CodingResult tb = inpatientChecked("She has a history of a positive TB skin test, treated with isoniazid.");
        assertFalse(anyCodeStarting(tb, "A15") || anyCodeStarting(tb, "Z86.11"), NoteAssert.codes(tb).toString());
        CodingResult outbreak = inpatientChecked("We asked about animals, given the recent outbreak of tularemia in "
                + "the county.");
        assertFalse(anyCodeStarting(outbreak, "A21"), NoteAssert.codes(outbreak).toString());
    }

    @Test
    void readingMadeDifficultForAWhileIsNoReadingDisorderAndAnOsteophyteOnImagingNoCode() {
        CodingResult drops = inpatientChecked("While the drops wear off, reading may be more difficult for a few "
                + "hours.");
        assertFalse(anyCodeStarting(drops, "F81"), NoteAssert.codes(drops).toString());
        CodingResult mri = inpatientChecked("At C5-6 a broad-based disc/osteophyte contacts the ventral cord.");
        assertFalse(anyCodeStarting(mri, "M25.7"), NoteAssert.codes(mri).toString());
    }

    @Test
    void leavingAgainstMedicalAdviceIsNotCounselling() {
        CodingResult r = inpatientChecked("He signed out of the hospital against medical advice on the second day.");
        assertFalse(anyCodeStarting(r, "Z71"), NoteAssert.codes(r).toString());
    }

    @Test
    void infiltratingTheSkinWithAnAnestheticIsATechnique() {
        CodingResult r = inpatientChecked("Bupivacaine 0.5% was used to infiltrate the skin along the planned "
                + "incision.");
        assertNotSuggested(r, "L98.6");
    }

    @Test
    void aJointReplacementBeingPerformedIsNotAStatus() {
        CodingResult r = inpatientChecked("PROCEDURE: Right total knee replacement with cemented components.");
        assertFalse(anyCodeStarting(r, "Z96.6"), NoteAssert.codes(r).toString());
        CodingResult status = inpatientChecked("Past history: Knee replacement on the right in 2015, doing well.");
        assertTrue(anyCodeStarting(status, "Z96.65"), NoteAssert.codes(status).toString());
    }

    @Test
    void aHangingPositionIsNotAsphyxiation() {
        CodingResult r = inpatientChecked("The patient was placed in the head hanging position for the maneuver.");
        assertFalse(anyCodeStarting(r, "T71"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSpinalFusionOperationIsNotAnkylosis() {
        CodingResult r = inpatientChecked("She underwent a posterior spinal fusion from L4 to S1 last year.");
        assertFalse(anyCodeStarting(r, "M43.2"), NoteAssert.codes(r).toString());
    }

    @Test
    void aTetanusImmunizationIsNotTetanus() {
        CodingResult r = inpatientChecked("Her immunizations, including tetanus, are up to date.");
        assertNotSuggested(r, "A35");
        CodingResult disease = inpatientChecked("Assessment: generalized tetanus after a puncture wound, with "
                + "trismus.");
        assertSuggested(disease, "A35", 3);
    }

    @Test
    void weightLostOnPurposeIsNotAbnormalWeightLoss() {
        CodingResult r = inpatientChecked("She has tried several weight loss programs and now plans a gastric sleeve.");
        assertNotSuggested(r, "R63.4");
        CodingResult unintended = inpatientChecked("Assessment: unexplained weight loss of 15 pounds over three "
                + "months.");
        assertSuggested(unintended, "R63.4", 3);
    }

    @Test
    void aWeightLossAPlanAimsAtIsNotAbnormalWeightLoss() {
        assertNotSuggested(inpatientChecked("We went over her options for weight loss at length."), "R63.4");
        assertNotSuggested(inpatientChecked("Surgery needs a preoperative weight loss of ten percent first."), "R63.4");
        assertNotSuggested(inpatientChecked("A low calorie meal plan will support a weight loss of a pound each week."),
                "R63.4");
        assertSuggested(inpatientChecked("Assessment: weight loss of twenty pounds since spring, cause unclear."),
                "R63.4", 3);
    }

    @Test
    void aWeightLossTheProviderPraisesInTheNextSentenceIsTheAimOfCare() {
        assertNotSuggested(inpatientChecked("Assessment: she is down three pounds of weight loss since the last visit. "
                + "She was congratulated on the progress."), "R63.4");
        assertSuggested(inpatientChecked("Assessment: she is down three pounds of weight loss since the last visit. "
                + "She was referred for a thyroid panel."), "R63.4", 3);
    }

    @Test
    void anIncarcerationOfABoneOrTissueIsNotImprisonmentButPrisonTermsAre() {
        assertNotSuggested(inpatientChecked("Diagnosis: elbow dislocation with incarceration of a bone fragment in the joint."), "Z65.1");
        assertSuggested(inpatientChecked("Social history: he has had several incarcerations for theft."), "Z65.1", 5);
    }

    @Test
    void aSkinNeoplasmTheSentenceNamesIsThatConditionNotOneOfUnspecifiedBehaviour() {
        CodingResult named = inpatientChecked("Preoperative diagnosis: enlarging seborrheic keratotic neoplasm of the "
                + "left cheek.");
        assertSuggested(named, "L82.1", 3);
        assertNotSuggested(named, "D49.2");
        assertSuggested(inpatientChecked("Preoperative diagnosis: enlarging skin neoplasm of the left cheek."), "D49.2",
                3);
    }

    @Test
    void aCurrentInfectionIsStillCoded() {
        CodingResult r = inpatientChecked("Assessment: Infection of unclear source, blood cultures pending.");
        assertSuggested(r, "B99.9", 3);
    }

    @Test
    void adhesionsOfANamedNonPeritonealSiteAreNotPeritonealAdhesions() {
        assertNotSuggested(inpatientChecked("The foreskin was retracted and the adhesions to the glans were freed."),
                "K66.0");
        assertNotSuggested(inpatientChecked("Postoperative diagnosis: pelvic adhesions and a left ovarian cyst."),
                "K66.0");
        assertNotSuggested(inpatientChecked("Through the old sternotomy the heart was dissected free of its dense"
                + " adhesions."), "K66.0");
        assertSuggested(inpatientChecked("Postoperative diagnosis: dense adhesions of the small bowel."), "K66.0", 3);
    }

    @Test
    void deliberateCoolingAndSkinCutAwayAtOperationAreTechniquesNotConditions() {
        assertNotSuggested(inpatientChecked("Deep hypothermic circulatory arrest lasted twenty minutes before rewarming."), "T68.XXXA");
        assertNotSuggested(inpatientChecked("The excess skin of the lid was then excised and the wound sutured."),
                "L98.7");
    }

    @Test
    void theCeliacPlexusIsAnatomyAndMinimalBleedingAfterDeliveryIsNoHemorrhage() {
        assertNotSuggested(inpatientChecked("A needle sample was taken from a node near the celiac plexus."), "K90.0");
        assertNotSuggested(inpatientChecked("The fundus was firm with minimal postpartum bleeding."), "O72.1");
        assertSuggested(inpatientChecked("Assessment: celiac disease on a gluten-free diet."), "K90.0", 3);
    }

    @Test
    void anOperationListedInThePastSurgicalHistoryLeftItsGraftOrImplant() {
        assertSuggested(inpatientChecked("PAST SURGICAL HISTORY:\nCoronary artery bypass graft x3 and a right knee "
                + "arthroplasty.\n"
                + "ASSESSMENT:\nChest pain.\n"), "Z95.1", 5);
        assertNotSuggested(inpatientChecked("PROCEDURE:\nCoronary artery bypass graft x3.\n"), "Z95.1");
    }

    @Test
    void aPileOfThingsIsNoHemorrhoidButBleedingPilesAre() {
        CodingResult heap = inpatientChecked("She tripped over a pile of shoes in the hallway.");
        assertFalse(anyCodeStarting(heap, "K64"), NoteAssert.codes(heap).toString());
        assertTrue(anyCodeStarting(inpatientChecked("He has had bleeding piles with every hard stool."), "K64"));
    }

    @Test
    void aSiteWordOfAnotherNounGivesNoConditionItsModifier() {
        CodingResult duct = inpatientChecked("Dissection was slow because of fibrosis around the cystic duct.");
        assertFalse(anyCodeStarting(duct, "E84"), NoteAssert.codes(duct).toString());
        CodingResult disc = inpatientChecked("The left eye showed a sharp and pink optic disc.");
        assertFalse(anyCodeStarting(disc, "H10"), NoteAssert.codes(disc).toString());
        CodingResult bone = inpatientChecked("The first metatarsal head was delivered into the wound and the exostosis "
                + "removed.");
        assertFalse(anyCodeStarting(bone, "S01"), NoteAssert.codes(bone).toString());
        assertTrue(anyCodeStarting(inpatientChecked("A child with cystic fibrosis was admitted."), "E84"));
    }

    @Test
    void aPostureThatMakesThePainWorseIsNoOverexertionThatCausedTheInjury() {
        assertNotSuggested(inpatientChecked("Impression: lumbar strain. The back pain increases with prolonged "
                + "standing."),
                "X50.1XXA");
        assertSuggested(inpatientChecked("History: he strained his back from prolonged standing on the assembly line."
                + "\nImpression: lumbar strain."), "X50.1XXA", 5);
    }

    @Test
    void aHemolyticStreptococcusGrownInACultureIsNoHemolysis() {
        CodingResult grown = inpatientChecked("Wound abscess of the thigh. The culture grew an alpha hemolytic "
                + "streptococcus.");
        assertFalse(anyCodeStarting(grown, "D59"), NoteAssert.codes(grown).toString());
        assertTrue(anyCodeStarting(inpatientChecked("Assessment: hemolytic anemia."), "D59"));
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertCodeStartingWith;
import static org.opencac.engine.testing.NoteAssert.assertNoCodeStartingWith;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Words of operative and history narrative that a code title shares but a coder never reads as a
 * condition: a body-part adjective, a pronoun spelled like an eponym, an everyday adjective spelled like a
 * surname, consent text, a technique, a procedure being done. Each still codes in its clinical sense.
 */
class EverydayWordSenseTest {

    /** The sentence of the word's everyday sense takes no {@code code}; the clinical sentence takes it near the top. */
    private static void assertOnlyTheClinicalSenseCoded(String everyday, String clinical, String code, int withinTop) {
        assertNotSuggested(inpatientChecked(everyday), code);
        assertSuggested(inpatientChecked(clinical), code, withinTop);
    }

    @Test
    void aCoronaryArteryNarrowedInSystoleIsNoArterialCompressionDisorder() {
        // systolic compression of a coronary segment is the heart muscle over it (myocardial bridging), not I77.1
        CodingResult r = outpatientChecked("CONCLUSION: Angiographically the artery demonstrates systolic compression"
                + " of its lumen in the mid segment.");
        assertNoCodeStartingWith(r, "I77.1");
        CodingResult rib = outpatientChecked("IMPRESSION: Compression of the subclavian artery by a cervical rib.");
        assertCodeStartingWith(rib, "I77.1");
    }

    @Test
    void theCornealWoundOfACataractOperationIsItsIncision() {
        CodingResult r = inpatientChecked("After the lens was placed, the corneal wound was hydrated with saline and found watertight.");
        assertNoCodeStartingWith(r, "S05");
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
        assertNoCodeStartingWith(r, "T41");
        assertCodeStartingWith(inpatientChecked("She was admitted after an overdose of amitriptyline tablets."),
                "T43");
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
        assertOnlyTheClinicalSenseCoded("X-rays showed an incarcerated fragment of the medial epicondyle in the joint.",
                "Social history: he was incarcerated for two years and now lives with his sister.", "Z65.1", 3);
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
        assertOnlyTheClinicalSenseCoded("Operation: left knee replacement with cemented components.",
                "Assessment: knee pain on the right. Status post left knee replacement.", "Z96.652", 5);
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
        assertNoCodeStartingWith(sent, "A04.7");
        CodingResult treated = inpatientChecked("Hospital course: she developed C. diff colitis, treated with oral "
                + "vancomycin.");
        assertCodeStartingWith(treated, "A04.7");
    }

    @Test
    void aBodyPartAdjectiveNamesNoInjury() {
        CodingResult r = inpatientChecked("The thyroid isthmus was divided over the third tracheal ring.");
        assertNoCodeStartingWith(r, "S12");
    }

    @Test
    void complaintsOfASymptomAreNotTheIndexEntryComplaint() {
        CodingResult r = inpatientChecked("HISTORY: On arrival he had complaints of steady right sided chest pain that spread to his jaw.");
        assertNoCodeStartingWith(r, "J98", "I20");
    }

    @Test
    void aBoneCutMadeWithASawIsASurgicalStepNotALaceration() {
        CodingResult r = inpatientChecked("PROCEDURE: A saw was used to make the tibial cut along the guide.");
        assertNoCodeStartingWith(r, "S");
    }

    @Test
    void aSurgicalWoundIsNotAnInjuryButAWoundFromAFallIs() {
        CodingResult surgical = inpatientChecked("CHIEF COMPLAINT: Draining surgical wound of the right forearm.");
        assertNoCodeStartingWith(surgical, "S51");
        CodingResult fall = inpatientChecked("CHIEF COMPLAINT: Open wound of the right forearm after a fall on glass.");
        assertCodeStartingWith(fall, "S51");
    }

    @Test
    void aWoundThatDrainsOrIsInfectedIsNotAnInjuryUnlessTheSentenceTellsOne() {
        CodingResult drained = inpatientChecked("HISTORY: A wound of the lower abdomen has drained pus for five days.");
        assertNoCodeStartingWith(drained, "S31", "S39");
        CodingResult infected = inpatientChecked("HISTORY: Open wound of the right thigh, infected since the graft.");
        assertNoCodeStartingWith(infected, "S71");
        CodingResult cultured = inpatientChecked("PROCEDURE: Swabs of the flank wound were sent for culture.");
        assertNoCodeStartingWith(cultured, "T14");
        CodingResult excised = inpatientChecked("HISTORY: Open wound of the left thigh left by the excision of an abscess.");
        assertNoCodeStartingWith(excised, "S71");
        CodingResult stab = inpatientChecked("HISTORY: Stab wound of the right thigh, now draining and infected.");
        assertCodeStartingWith(stab, "S71");
    }

    @Test
    void thePronounHisIsNotTheEponymOfTrenchFever() {
        CodingResult r = inpatientChecked("His daughter noticed that he had trouble finding words this morning.");
        assertNotSuggested(r, "A79.0");
    }

    @Test
    void graveAsAnAdjectiveIsNotGravesDiseaseButGravesDiseaseIsCoded() {
        CodingResult r = inpatientChecked("He was admitted on a hold for grave disability.");
        assertNoCodeStartingWith(r, "E05");
        assertEquals("other_sense", mention(r, "grave").reason());
        CodingResult thyroid = inpatientChecked("Assessment: Graves disease with a diffuse goiter, started on "
                + "methimazole.");
        assertCodeStartingWith(thyroid, "E05.0");
    }

    @Test
    void infectionListedAmongTheRisksIsHypothetical() {
        CodingResult r = inpatientChecked("We discussed that the risks include bleeding, infection and scarring.");
        assertNoCodeStartingWith(r, "B99");
        assertEquals("hypothetical", mention(r, "infection").reason());
    }

    @Test
    void theLastRiskOfALongConsentListIsHypotheticalToo() {
        String text = "The risks, benefits and alternatives of the cataract operation were reviewed with her in detail,"
                + " including bleeding, reoperation, loss of the lens, double vision, a droopy lid, raised pressure in"
                + " the eye, worse vision, swelling of the retina, hemorrhage behind the cornea, and corneal edema.";
        CodingResult r = inpatientChecked(text);
        assertNoCodeStartingWith(r, "H18");
        assertEquals("hypothetical", mention(r, "corneal edema").reason());
        assertCodeStartingWith(inpatientChecked("Two weeks after the operation she developed corneal edema."),
                "H18.2");
    }

    @Test
    void oaInADeliveryIsTheFetalHeadPositionButOaOfTheKneesIsOsteoarthritis() {
        CodingResult r = inpatientChecked("The baby was delivered vertex from OA position after a short second stage.");
        assertNoCodeStartingWith(r, "M1");
        assertEquals("other_sense", mention(r, "OA").reason());
        assertCodeStartingWith(inpatientChecked("Past history: OA of both knees, on naproxen."), "M17");
    }

    @Test
    void theInfectiousDiseaseStandpointIsASpecialtyNotADisease() {
        CodingResult r = inpatientChecked("From the infectious disease point of view, she is stable on her current "
                + "antibiotics.");
        assertNoCodeStartingWith(r, "B99");
        assertEquals("other_sense", mention(r, "infectious disease").reason());
    }

    @Test
    void anInfectiousDiseasesUnitOrWardIsAServiceNotADisease() {
        CodingResult r = inpatientChecked("The boy was moved to the infectious diseases unit with a high fever.");
        assertNoCodeStartingWith(r, "B99");
        assertCodeStartingWith(r, "R50");
    }

    @Test
    void oralPainMedicationIsADrugNotAMouthLesion() {
        CodingResult r = inpatientChecked("She was comfortable on oral pain medication and went home on the second "
                + "day.");
        assertNoCodeStartingWith(r, "K13");
    }

    @Test
    void boneOvergrowthResectedAtAnOperationIsPartOfTheDeformityButAJawExostosisIsCoded() {
        CodingResult r = inpatientChecked("The capsule was opened. The hypertrophic bone was resected with a saw and a dorsal exostosis"
                + " was removed with a rongeur.");
        assertNoCodeStartingWith(r, "M89.3", "M27");
        assertCodeStartingWith(inpatientChecked("Assessment: exostosis of the left mandible."), "M27.8");
    }

    @Test
    void excessFatRemovedAtAnOperationIsTissueButEndstageWrittenAsOneWordIsTheStage() {
        CodingResult r = inpatientChecked("Electrocautery was used to remove the excess fat to expose the fascia.");
        assertNoCodeStartingWith(r, "E66");
        CodingResult esrd = inpatientChecked("Assessment: hypertension and endstage renal disease on hemodialysis.");
        assertCodeStartingWith(esrd, "N18.6");
        assertCodeStartingWith(esrd, "I12.0");
    }

    @Test
    void operativeNarrationIsNoEncounterForAStomaAndPainReliefAtDischargeIsRoutine() {
        CodingResult r = inpatientChecked("We then turned our attention to closing the gastrostomy opening. She will "
                + "go home on"
                + " Percocet for pain and follow up postoperatively in the clinic.");
        assertNoCodeStartingWith(r, "Z43", "G89");
        assertCodeStartingWith(inpatientChecked("Encounter for attention to colostomy."), "Z43.3");
    }

    @Test
    void aNerveTransposedAtOperationIsNoMalformationAndAMuscleMassNoLump() {
        CodingResult r = inpatientChecked("The ulnar nerve was transposed anteriorly, superficial to the "
                + "flexor-pronator mass.");
        assertNoCodeStartingWith(r, "Q07", "R22");
    }

    @Test
    void retractorsPlacedInTheWoundNameTheOperativeSiteNotABrainInjury() {
        CodingResult r = inpatientChecked("The cerebellar retractors were placed in the wound and the dura was "
                + "opened.");
        assertNoCodeStartingWith(r, "S06");
        CodingResult closed = inpatientChecked("The wounds were then closed in multiple layers with absorbable "
                + "suture.");
        assertNoCodeStartingWith(closed, "T07", "S");
        CodingResult stain = inpatientChecked("Sections show scattered cells with deeply basophilic nuclei.");
        assertNoCodeStartingWith(stain, "D72");
    }

    @Test
    void aDilatedVentricleOfTheBrainBesideItsPeriventricularTissueIsNoEnlargedHeart() {
        assertNotSuggested(inpatientChecked("MRI: the left lateral ventricle is dilated, with periventricular signal change."),
                "I51.7");
    }

    @Test
    void basophilicDepositsInATissueSectionAreAStainNotBasophilia() {
        CodingResult r = inpatientChecked("Between the glands lay small calcified basophilic spherules in a loose stroma.");
        assertNoCodeStartingWith(r, "D72");
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
        assertNoCodeStartingWith(r, "L02.91");
        assertCodeStartingWith(inpatientChecked("Assessment: abscess, incised and drained in the office today."),
                "L02.91");
    }

    @Test
    void aShockAbsorbedOrACirculatoryArrestInducedAtOperationIsNoConditionButGuillainBarreIsCoded() {
        CodingResult splint = inpatientChecked("The splint is padded to absorb the shock of walking.");
        assertNoCodeStartingWith(splint, "R57");
        CodingResult bypass = inpatientChecked("Deep hypothermic circulatory arrest time was 22 minutes.");
        assertNoCodeStartingWith(bypass, "I46");
        CodingResult strep = inpatientChecked("Prenatal labs: rubella immune, GBS positive, given penicillin in "
                + "labor.");
        assertNoCodeStartingWith(strep, "G61");
        assertCodeStartingWith(inpatientChecked("Assessment: GBS with ascending weakness, started on IVIG."),
                "G61.0");
    }

    @Test
    void careTakenAgainstAnInjuryAndAStructureCutWithCauteryAreNoInjuries() {
        CodingResult entry = inpatientChecked("Care was taken upon entry of the peritoneum to avoid injury of the "
                + "bowel.");
        assertNoCodeStartingWith(entry, "S3");
        CodingResult cut = inpatientChecked("The round ligaments were cauterized and cut with the Bovie.");
        assertNoCodeStartingWith(cut, "S3");
        CodingResult cream = inpatientChecked("Prescriptions: Lotrimin AF 1% cream twice a day to the feet.");
        assertNoCodeStartingWith(cream, "I48");
        CodingResult csf = inpatientChecked("CSF studies included varicella zoster and herpes simplex PCR, all "
                + "negative.");
        assertNoCodeStartingWith(csf, "B01");
    }

    @Test
    void aZosterTestOrVaccineIsNoShingles() {
        CodingResult tests = inpatientChecked("Spinal fluid studies for herpes zoster, HIV and syphilis were all "
                + "unremarkable.");
        assertNoCodeStartingWith(tests, "B02");
        CodingResult vaccine = inpatientChecked("She had the shingles vaccine at the pharmacy last fall.");
        assertNoCodeStartingWith(vaccine, "B02");
        assertCodeStartingWith(inpatientChecked("Assessment: herpes zoster of the left flank, started on "
                + "valacyclovir."), "B02");
    }

    @Test
    void aFeverOfFiveDaysAWeightGainToAimForAndTheIncisionOfAnOperationAreNoConditions() {
        CodingResult fever = inpatientChecked("He has had an intermittent fever for the past five days.");
        assertNoCodeStartingWith(fever, "A79");
        CodingResult weight = inpatientChecked("We discussed an appropriate weight gain for the pregnancy of one pound "
                + "a week.");
        assertNoCodeStartingWith(weight, "O26.0");
        CodingResult incision = inpatientChecked("A midline incision was made around the umbilical hernia with a "
                + "scalpel.");
        assertNoCodeStartingWith(incision, "K43");
        assertCodeStartingWith(incision, "K42");
    }

    @Test
    void aPositiveTuberculinTestIsNoTuberculosisAndAnOutbreakNoInfection() {
        CodingResult tb = inpatientChecked("She has a history of a positive TB skin test, treated with isoniazid.");
        assertNoCodeStartingWith(tb, "A15", "Z86.11");
        CodingResult outbreak = inpatientChecked("We asked about animals, given the recent outbreak of tularemia in "
                + "the county.");
        assertNoCodeStartingWith(outbreak, "A21");
    }

    @Test
    void readingMadeDifficultForAWhileIsNoReadingDisorderAndAnOsteophyteOnImagingNoCode() {
        CodingResult drops = inpatientChecked("While the drops wear off, reading may be more difficult for a few "
                + "hours.");
        assertNoCodeStartingWith(drops, "F81");
        CodingResult mri = inpatientChecked("At C5-6 a broad-based disc/osteophyte contacts the ventral cord.");
        assertNoCodeStartingWith(mri, "M25.7");
    }

    @Test
    void leavingAgainstMedicalAdviceIsNotCounselling() {
        CodingResult r = inpatientChecked("He signed out of the hospital against medical advice on the second day.");
        assertNoCodeStartingWith(r, "Z71");
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
        assertNoCodeStartingWith(r, "Z96.6");
        CodingResult status = inpatientChecked("Past history: Knee replacement on the right in 2015, doing well.");
        assertCodeStartingWith(status, "Z96.65");
    }

    @Test
    void aHangingPositionIsNotAsphyxiation() {
        CodingResult r = inpatientChecked("The patient was placed in the head hanging position for the maneuver.");
        assertNoCodeStartingWith(r, "T71");
    }

    @Test
    void aSpinalFusionOperationIsNotAnkylosis() {
        CodingResult r = inpatientChecked("She underwent a posterior spinal fusion from L4 to S1 last year.");
        assertNoCodeStartingWith(r, "M43.2");
    }

    @Test
    void aTetanusImmunizationIsNotTetanus() {
        assertOnlyTheClinicalSenseCoded("Her immunizations, including tetanus, are up to date.",
                "Assessment: generalized tetanus after a puncture wound, with trismus.", "A35", 3);
    }

    @Test
    void weightLostOnPurposeIsNotAbnormalWeightLoss() {
        assertOnlyTheClinicalSenseCoded("She has tried several weight loss programs and now plans a gastric sleeve.",
                "Assessment: unexplained weight loss of 15 pounds over three months.", "R63.4", 3);
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
        assertNoCodeStartingWith(heap, "K64");
        assertCodeStartingWith(inpatientChecked("He has had bleeding piles with every hard stool."), "K64");
    }

    @Test
    void aSiteWordOfAnotherNounGivesNoConditionItsModifier() {
        CodingResult duct = inpatientChecked("Dissection was slow because of fibrosis around the cystic duct.");
        assertNoCodeStartingWith(duct, "E84");
        CodingResult disc = inpatientChecked("The left eye showed a sharp and pink optic disc.");
        assertNoCodeStartingWith(disc, "H10");
        CodingResult bone = inpatientChecked("The first metatarsal head was delivered into the wound and the exostosis "
                + "removed.");
        assertNoCodeStartingWith(bone, "S01");
        assertCodeStartingWith(inpatientChecked("A child with cystic fibrosis was admitted."), "E84");
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
        assertNoCodeStartingWith(grown, "D59");
        assertCodeStartingWith(inpatientChecked("Assessment: hemolytic anemia."), "D59");
    }
}

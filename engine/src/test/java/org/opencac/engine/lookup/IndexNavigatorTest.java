package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertEvidenceSlicesNote;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.suggest.Suggestion;

class IndexNavigatorTest {

    @Test
    void aHeartDiseaseNamedAfterAndWithItsOwnModifierIsNoHypertensiveHeartDisease() {
        // Disease, heart, hypertensive (I11.9) is read only for the heart disease the Guidelines link to
        // hypertension; an ischemic or valvular heart disease coordinated with it is coded in its own right
        assertNotSuggested(inpatient("Known to have hypertension and ischemic heart disease, on aspirin."), "I11.9");
        assertSuggested(inpatient("Known to have hypertension and ischemic heart disease, on aspirin."), "I25.9", 5);
        assertSuggested(inpatient("Known to have hypertension and ischemic heart disease, on aspirin."), "I10", 5);
        assertNotSuggested(inpatient("He has hypertension and valvular heart disease."), "I11.9");
        // no word of the second name passed over: the heart disease is the hypertensive one
        assertSuggested(inpatient("He has hypertension and heart disease."), "I11.9", 3);
        // the words before "and" must be a whole condition the path reads: one word of a longer name is not
        assertSuggested(inpatient("Biopsy found chronic sinusitis and chronic hypertrophic tonsillitis and adenoiditis."),
                "J35.03", 5);
    }

    @Test
    void aMassOfAnOrganTheIndexDoesNotListIsADiseaseOfThatOrgan() {
        // Mass, specified organ NEC, see Disease, by site: Disease, adrenal (gland) E27.9
        assertSuggested(inpatient("Assessment: Right adrenal mass, incidentally found."), "E27.9", 3);
        // a site the Mass entry lists keeps its own code; a site named further off is no site of the mass
        assertSuggested(inpatient("Assessment: Left breast mass."), "N63.20", 3);
        assertNotSuggested(inpatient("The bladder was freed from the uterus and the mass."), "N32.9");
    }

    @Test
    void aLesionOfAnOrganTheIndexDoesNotListIsADiseaseOfThatOrgan() {
        // Lesion, organ or site NEC, see Disease, by site: Disease, ovary N83.9; Disorder, breast N64.9
        assertSuggested(inpatient("Assessment: Left ovarian lesion."), "N83.9", 3);
        assertSuggested(inpatient("Impression: Breast lesion, for biopsy."), "N64.9", 3);
        // a site the Lesion entry lists keeps its own code; a lesion without a site before it gets no organ
        assertSuggested(inpatient("Assessment: Pharyngeal lesion."), "J39.2", 3);
        assertNotSuggested(inpatient("The ovary was mobilized and the lesion was excised."), "N83.9");
        // a qualifier before the main term is no site: Disease, hemorrhagic is a blood condition
        assertNotSuggested(inpatient("Assessment: Right hemorrhagic lesion."), "D69.9");
    }

    @Test
    void aMassOrLesionPlacedInAnOrganAfterItIsADiseaseOfThatOrgan() {
        // "a mass in the bladder" as "bladder mass": Mass, specified organ NEC, see Disease, by site: Disease, bladder
        assertSuggested(inpatient("Cystoscopy showed a solid mass in the bladder."), "N32.9", 3);
        assertSuggested(inpatient("Imaging found a small lesion of the pancreas."), "K86.9", 3);
        // the site word must follow the word of place with only fillers between: a study's site is none
        assertNotSuggested(inpatient("The mass on the chest radiograph was reviewed."), "J98.9");
        assertNotSuggested(inpatient("The mass was seen before the bladder was drained."), "N32.9");
    }

    @Test
    void anOrganWrittenAsANounReachesTheAdjectiveTheIndexPrints() {
        // Mass, abdominal R19.00; Mass, splenic R16.1; Pain, pelvic R10.2-
        assertSuggested(inpatient("Examination found a firm mass in the abdomen."), "R19.00", 3);
        assertSuggested(inpatient("Ultrasound showed a mass in the spleen."), "R16.1", 3);
        assertSuggested(inpatient("She complains of pain in the pelvis for a week."), "R10.20", 3);
    }

    @Test
    void aSiteWrittenAsAnAdjectiveReachesTheOrganOrBoneTheIndexPrints() {
        // Fracture, traumatic, mandible; Fracture, traumatic, sacrum
        assertSuggested(inpatient("Assessment: Left mandibular fracture after a fall."), "S02.609A", 3);
        assertSuggested(inpatient("Assessment: Sacral fracture after a fall."), "S32.10XA", 3);
    }

    @Test
    void theSigmoidAloneIsAPartOfTheColon() {
        // Polyp, colon, sigmoid: "sigmoid" alone says the colon the Index prints the polyp under, and then its own
        // subterm below it (D12.5, as the Index prints it)
        assertSuggested(inpatient("Assessment: Small sigmoid polyp, removed with a snare."), "D12.5", 3);
        assertNotSuggested(inpatient("Assessment: Small polyp, removed with a snare."), "K63.5");
    }

    @Test
    void aTumorOfNoStatedBehaviorIsOfUnspecifiedBehavior() {
        // Tumor, see also Neoplasm, unspecified behavior, by site: pituitary D49.7; an adenoma is benign (D35.2)
        CodingResult r = inpatient("Assessment: Pituitary tumor found on the scan of her head.");
        assertSuggested(r, "D49.7", 3);
        assertNotSuggested(r, "D35.2");
        assertSuggested(inpatient("Assessment: Pituitary adenoma found on the scan of her head."), "D35.2", 3);
    }

    @Test
    void aVerbOfTheOperationBeforeItsObjectIsNoFinding() {
        // "we enlarged the hiatus": what the surgeon did, not Enlargement (see Hypertrophy), hiatus
        CodingResult r = inpatient("Procedure: We freed the stomach and enlarged the diaphragmatic hiatus with scissors.");
        assertNotSuggested(r, "Q79.1");
        assertNotSuggested(inpatient("Procedure: The stricture was reached and we dilated the esophagus gently."), "K22.89");
        // the same word before the organ it describes is a finding
        assertSuggested(inpatient("Assessment: Dilated esophagus on the barium swallow."), "K22.89", 3);
    }

    @Test
    void aWordNamingAPartOfAnOrganLeavesTheOrganInReach() {
        // a pole, a third: words naming a part of the organ, so the window after the main term still reaches the
        // organ (Mass, kidney N28.89; Cyst, kidney N28.1; Stone, see Calculus, ureter N20.1)
        assertSuggested(inpatient("Imaging found a solid mass at the lower pole of her right kidney."), "N28.89", 3);
        assertSuggested(inpatient("Ultrasound: simple cyst at the upper pole of her left kidney."), "N28.1", 3);
        assertSuggested(inpatient("Stone at the distal third of her left ureter."), "N20.1", 3);
    }

    @Test
    void aFindingLinkedToMetastasisKeepsItsSecondarySiteBesideTheFindingsOwnPath() {
        // the lesion's path (Lesion, lung) takes "lung" too; the site of the linked finding is still secondary
        CodingResult r = inpatient("Chest CT: one small lesion within the upper lobe of his right lung suggestive of metastasis.");
        assertSuggested(r, "C78.01", 5);
        assertNotSuggested(r, "C79.9");
    }

    @Test
    void pneumoniaDueToAnOrganismFollowsTheSubtermAndShowsThePath() {
        // "caused by": the words of the J14 title itself ("pneumonia due to Hemophilus influenzae", now also in the
        // British spelling) are found by the dictionary before the Index is walked
        String note = "Assessment: pneumonia caused by Haemophilus influenzae.";
        CodingResult r = inpatient(note);
        Suggestion s = assertSuggested(r, "J14", 3);
        assertNotSuggested(r, "J18.9");
        assertTrue(s.rationale().get(0).startsWith("Index: Pneumonia \u2192"), s.rationale().toString());
        assertTrue(s.rationale().get(0).contains("Hemophilus influenzae \u2192 J14"), s.rationale().toString());
        assertEvidenceSlicesNote(r, note);
    }

    @Test
    void aSiteWordsSeeConditionReferenceLeadsToNoDisease() {
        CodingResult r = inpatient("The circulatory status was intact to the extremity after the cast was put on.");
        assertTrue(NoteAssert.codes(r).stream().noneMatch(c -> c.startsWith("I99")), NoteAssert.codes(r).toString());
    }

    @Test
    void aWordBeforeForOrAfterIsNoSubtermOfTheMainTermThatFollowsUnlessForLinksAFinding() {
        assertNotSuggested(inpatient("An intercostal nerve block was given for pain control."), "M79.2");
        CodingResult donor = inpatient("The donor heart was prepared for the transplant.");
        assertTrue(NoteAssert.codes(donor).stream().noneMatch(c -> c.startsWith("Z94")), NoteAssert.codes(donor).toString());
        assertSuggested(inpatient("CT showed a left adrenal mass suspicious for metastatic disease."), "C79.72", 3);
    }

    @Test
    void aWordOfOneCoordinatedPhraseIsNoSubtermOfTheHeadOfTheNextPhrase() {
        assertNotSuggested(inpatient("The medication collects in the liver and in the fatty tissue."), "K76.0");
        assertSuggested(inpatient("She reports a decrease in vision in the right eye."), "H54.61", 3);
    }

    @Test
    void theObjectOfAnOperativeActIsNoSubtermOfAMainTermInTheNextClause() {
        assertNotSuggested(inpatient("Procedure: In the left eye the vitreous was excised and the membranes were peeled"
                + " away."), "H43.312");
        // Membrane, vitreous, see Opacity, vitreous, membranes and strands: the reference reaches the subterm
        // printed "vitreous NEC" and its "membranes and strands" H43.31-
        assertSuggested(inpatient("Findings: Dense vitreous membranes were seen in the left eye."), "H43.312", 3);
    }

    @Test
    void theSiteBeforeMetastaticToIsThePrimaryAndTheSiteAfterItTheSecondary() {
        CodingResult cervix = inpatient("Assessment: squamous carcinoma of the cervix uteri metastatic to the lung.");
        assertSuggested(cervix, "C53.9", 3);
        assertNotSuggested(cervix, "C79.82");
        CodingResult unknown = inpatient("Assessment: adenocarcinoma metastatic to the liver.");
        assertSuggested(unknown, "C78.7", 3);
        assertNotSuggested(unknown, "C22.9");
    }

    @Test
    void bloodInTheStoolIsTheIndexsBloodInFeces() {
        assertSuggested(inpatient("Assessment: she noticed blood in her stool for two days."), "K92.1", 3);
    }

    @Test
    void aDueToSubtermNeedsTheNoteToLinkTheConditions() {
        // Guidelines I.A.15 presume the link only for "with" and "in": two conditions side by side are not
        // one due to the other, but "secondary to" or "due to" written in the note links them
        CodingResult listed = inpatient("Assessment: poor sleep, insomnia and depression for two months.");
        assertNotSuggested(listed, "F51.05");
        assertSuggested(listed, "G47.00", 5);
        assertSuggested(inpatient("Assessment: insomnia secondary to his depression."), "F51.05", 5);
    }

    @Test
    void aModifierOfAnotherNounBeforeTheMainTermLosesToTheSiteAfterIt() {
        // "cerebral" qualifies the angiogram, not the occlusion: the occluded vessel is the carotid
        CodingResult r = inpatient("Impression: cerebral CT angiogram demonstrates occlusion of the left common carotid artery.");
        assertSuggested(r, "I65.22", 3);
        assertNotSuggested(r, "I66.9");
        // a modifier right before the main term is still read as before, beside a site after it
        assertSuggested(inpatient("Assessment: petechial hemorrhages found on the conjunctival surface."), "H11.30", 3);
    }

    @Test
    void wordsAcrossWithNameAnotherConditionUnlessTheIndexPrintsWith() {
        CodingResult r = inpatient("Echo: the valve leaflets look normal with mild mitral regurgitation with severe pulmonary "
                + "artery hypertension.");
        assertSuggested(r, "I27.20", 5);
        assertNotSuggested(r, "I10");
        CodingResult combination = inpatient("Assessment: type 2 diabetes with diabetic nephropathy.");
        assertSuggested(combination, "E11.21", 1);
    }

    @Test
    void aPossessiveBeforeTheFirstSiteDoesNotEndTheListOfMetastaticSites() {
        CodingResult r = inpatient("Assessment: breast cancer that has metastasized to her lung, liver and bones.");
        assertSuggested(r, "C78.7", 5);
        assertSuggested(r, "C79.51", 5);
    }

    @Test
    void aNeoplasmTableSiteTitledWithItsFormsAndNecIsReadByEitherForm() {
        CodingResult r = inpatient("Assessment: gastric cancer metastatic to the spleen, larynx and brain.");
        assertSuggested(r, "C78.89", 5);
        assertSuggested(r, "C78.39", 5);
        assertSuggested(r, "C79.31", 5);
    }

    @Test
    void aSiteWordBeforeAnOperationNamesTheOperationNotTheConditionAfterIt() {
        for (String operation : new String[] {"removal", "excision"}) {
            CodingResult r = inpatient("History: she wants a tubal ligation and " + operation + " of a mole on her "
                    + "back.");
            assertTrue(NoteAssert.codes(r).stream().noneMatch(c -> c.startsWith("O00")), NoteAssert.codes(r).toString());
            // the mole is still read (its site, the back, names no unstated-site code: the coder is asked for
            // the trunk's D22.5, which the Index gives under Nevus, skin, back)
            assertEquals("site_query", NoteAssert.mention(r, "mole").reason());
        }
    }

    @Test
    void backAsAnAdverbAndTheSeptumAsAnatomyAreNoIndexWords() {
        CodingResult r = inpatient("Procedure: the abscess was drained and the pus sent back to the laboratory. The "
                + "nasal"
                + " septum was freed and brought back to the midline. Her mole was removed three years back.");
        assertTrue(NoteAssert.codes(r).stream().noneMatch(c -> c.startsWith("L02.2") || c.startsWith("Q")
                || c.startsWith("D22.5") || c.startsWith("M26")), NoteAssert.codes(r).toString());
        assertSuggested(inpatient("Assessment: abscess of the back."), "L02.212", 3);
    }

    @Test
    void refluxAloneIsTheIndexsGastroesophagealRefluxButNotAVenousOrValvularReflux() {
        assertSuggested(inpatient("Assessment: his reflux symptoms are worse after late meals."), "K21.9", 3);
        assertNotSuggested(inpatient("Assessment: hepatojugular reflux with raised neck veins."), "K21.9");
        assertNotSuggested(inpatient("Results: a little reflux of contrast into the inferior vena cava."), "K21.9");
    }

    @Test
    void aMainTermThatNamesTeethIsCodedWhereItsReferenceLeads() {
        assertSuggested(inpatient("Preoperative diagnosis: carious teeth of the lower jaw."), "K02.9", 3);
    }

    @Test
    void difficultyWithAFunctionIsTheComplaintNotTwoConditions() {
        assertSuggested(inpatient("Assessment: she has had difficulty with walking for several months."), "R26.2", 3);
    }

    @Test
    void sepsisWithAnInfectionTakesTheInfectionsOrganism() {
        // Sepsis, Streptococcus, streptococcal: a streptococcus not named pneumoniae is no pneumococcus (A40.3)
        CodingResult r = inpatient("Diagnoses: streptococcal pneumonia with sepsis.");
        assertSuggested(r, "A40.9", 3);
        assertNotSuggested(r, "A41.9");
    }

    @Test
    void consistentWithLinksAFindingToItsDiagnosis() {
        CodingResult r = inpatient("Impression: a cerebellar hypodensity consistent with infarct.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("I63")), r.suggestions().toString());
    }

    @Test
    void anIndexPathMoreSpecificThanTheDefaultCodeWins() {
        CodingResult r = inpatient("Assessment: I-131-induced hypothyroidism.");
        assertSuggested(r, "E89.0", 3);
        assertNotSuggested(r, "E03.9");
    }

    @Test
    void morphologyIsJoinedToItsSiteThroughTheNeoplasmTable() {
        CodingResult r = inpatient("Diagnosis: adenocarcinoma of the sigmoid colon, metastatic to the liver.");
        Suggestion colon = assertSuggested(r, "C18.7", 5);
        assertTrue(colon.rationale().get(0).contains("see Neoplasm, malignant, by site"), colon.rationale().toString());
        assertSuggested(r, "C78.7", 5);
        assertNotSuggested(r, "C80.1");
    }

    @Test
    void drugHarmTakesTheColumnOfItsIntent() {
        assertSuggested(inpatient("Intentional acetaminophen overdose."), "T39.1X2A", 5);
        assertSuggested(inpatient("Adverse effect of amoxicillin."), "T36.0X5A", 5);
    }

    @Test
    void aConditionSecondaryToADrugIsAnAdverseEffectOfThatDrug() {
        CodingResult r = inpatient("Assessment: atrophy of the larynx secondary to inhaled steroid use.");
        assertSuggested(r, "J38.7", 5);
        assertSuggested(r, "T38.0X5A", 5);
    }

    @Test
    void aDrugGivenBecauseOfAConditionOrAnAllergyIsNoAdverseEffect() {
        for (String note : List.of("Plan: nebulized albuterol was started secondary to wheezing.",
                "Plan: clindamycin was chosen due to penicillin allergy.")) {
            CodingResult r = inpatient(note);
            assertTrue(r.suggestions().stream().noneMatch(s -> s.code().matches("T3\\d\\.\\w+5A")),
                    note + " " + r.suggestions());
        }
    }

    @Test
    void aSubstanceWithoutAWordOfHarmInItsSentenceIsNotAPoisoning() {
        CodingResult r = inpatient("Medications: acetaminophen as needed for pain.");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("T39.1")), r.suggestions().toString());
    }

    @Test
    void theSiteIsReadAcrossOfAndTheUpToFourWordsAway() {
        String note = "Assessment: swelling of the right side of the neck for two weeks.";
        CodingResult r = inpatient(note);
        assertSuggested(r, "R22.1", 2);
        assertEvidenceSlicesNote(r, note);
    }

    @Test
    void aCognitiveLinguisticDeficitIsTheSpeechPathologyNameOfACognitiveCommunicationDeficit() {
        CodingResult r = inpatient("IMPRESSION: Moderate cognitive-linguistic deficits affecting recall and problem solving.");
        assertSuggested(r, "R41.841", 1);
    }

    @Test
    void theWordWindowCountsWordsNotTokens() {
        java.util.List<org.opencac.engine.text.Token> tokens = new org.opencac.engine.text.WordTokenizer()
                .tokenize("swelling of the left side of the neck");
        int swelling = 0;
        int end = IndexNavigator.wordsAfter(tokens, swelling + 1, tokens.size(), 3);
        // of/the carry no word: the three words after "swelling" are left, side, neck
        assertTrue(tokens.get(end - 1).text().equals("neck"), tokens.subList(0, end).toString());
        assertTrue(IndexNavigator.wordsBefore(tokens, 0, tokens.size() - 1, 2) >= 3);
    }

    @Test
    void wordsOfAnotherClauseAreNotUsed() {
        // "influenzae" is in another clause (after the semicolon): the pneumonia stays unspecified.
        CodingResult r = inpatient("Assessment: pneumonia; Haemophilus influenzae colonization of the nasopharynx.");
        assertNotSuggested(r, "J14");
    }

    @Test
    void aSubtermTheClauseNegatesAfterTheMainTermIsNotTaken() {
        CodingResult r = inpatient("Assessment: inguinal hernia without obstruction.");
        assertSuggested(r, "K40.90", 3);
        assertNotSuggested(r, "K40.01");
        assertNotSuggested(r, "K40.30");
    }

    @Test
    void aNegatedIndexPathIsNotCoded() {
        CodingResult r = inpatient("No pneumonia due to Haemophilus influenzae.");
        assertNotSuggested(r, "J14");
        assertFalse(r.suggestions().stream().anyMatch(s -> s.code().startsWith("J1")));
    }

    @Test
    void aPronounIsNotReadAsAnEponym() {
        // The Index has "Disease, His" (A79.0, trench fever): "his disease" is the patient's.
        assertNotSuggested(inpatient("Assessment: his disease progressed over the year."), "A79.0");
    }

    @Test
    void anEverydayWordTheIndexPrintsAsACongenitalMainTermIsNotOne() {
        assertNotSuggested(inpatient("A double-J ureteral stent was placed."), "Q62.5");
        assertNotSuggested(inpatient("The trachea and mainstem bronchi were widely patent."), "Q32.1");
        assertNotSuggested(inpatient("The capsular remnant was removed."), "Q14.8");
        assertSuggested(inpatient("Assessment: patent ductus arteriosus."), "Q25.0", 1);
    }

    @Test
    void aNegationInsideThePathBeforeTheMainTermStopsIt() {
        assertNotSuggested(inpatient("He had an uneventful postoperative day without complications."), "T81.9XXA");
    }

    @Test
    void aHyphenatedIndexWordIsReadOnlyAsTheSameCompound() {
        // "Fever, three-day" (A93.1) is a named fever; "for three days" is how long a fever lasted.
        CodingResult lasted = inpatient("She had a fever for three days before admission.");
        assertNotSuggested(lasted, "A93.1");
        assertSuggested(lasted, "R50.9", 5);
        // the compound written with its hyphen, or read on one abbreviation, is the Index word
        assertSuggested(inpatient("Assessment: infectious mononucleosis due to Epstein-Barr virus."), "B27.00", 3);
        assertSuggested(inpatient("Assessment: mononucleosis with EBV."), "B27.00", 3);
        // the same for a main term printed with a hyphen ("Three-day fever"): a duration before "of fever" is none
        CodingResult days = inpatient("The child has had three days of fever and a cough.");
        assertNotSuggested(days, "A93.1");
        assertSuggested(days, "R50.9", 5);
        assertSuggested(inpatient("Assessment: three-day fever."), "A93.1", 3);
    }

    @Test
    void aPastParticipleIsNotTheSubtermsPresentParticiple() {
        // "Fever, relapsing" (A68.9) is a kind of fever; a fever that relapsed is a fever.
        CodingResult r = inpatient("Her fever relapsed after the antibiotics were stopped.");
        assertNotSuggested(r, "A68.9");
        assertSuggested(r, "R50.9", 5);
    }

    @Test
    void aMainTermAloneNeedsTheQualifierItsTitlePrints() {
        // "Neutrophilia, hereditary giant" (D72.0) is not read from "neutrophilia" alone.
        assertNotSuggested(inpatient("The blood count showed neutrophilia."), "D72.0");
        assertSuggested(inpatient("Assessment: hereditary giant neutrophilia."), "D72.0", 3);
        // another form of the qualifier's word, as the Index prints it ("Abdomen, abdominal"), is the word
        assertSuggested(inpatient("Assessment: tenderness in the abdomen."), "R10.819", 3);
        assertNotSuggested(inpatient("Percussion found dullness at the left base."), "R01.2");
    }

    @Test
    void theSubtermsOfSleepHygieneAreNotTakenForAnotherHygiene() {
        // "Hygiene, sleep, poor" (Z72.821) names poor sleep hygiene; poor oral hygiene is another hygiene.
        assertNotSuggested(inpatient("Assessment: poor oral hygiene with plaque on the molars."), "Z72.821");
        assertSuggested(inpatient("Assessment: poor sleep hygiene with late screen use."), "Z72.821", 3);
    }

    @Test
    void aPathThatLoopsBackToItsMainTermBySiteLosesToTheDirectPathOfTheSameWords() {
        // "Hernia, with, obstruction, see Hernia, by site, with obstruction" must not lose the obstruction.
        CodingResult r = inpatient("Assessment: bilateral recurrent inguinal hernia with obstruction.");
        assertSuggested(r, "K40.01", 3);
        assertNotSuggested(r, "K40.21");
    }

    @Test
    void aMainTermAloneIsCodedOnlyWhenItNamesACondition() {
        // "Left" and "bladder" are Index main terms but name no condition on their own.
        CodingResult r = inpatient("The left bladder wall was seen.");
        assertNotSuggested(r, "K51.50");
        assertNotSuggested(r, "N32.89");
    }

    @Test
    void aLoneConditionWordFollowsItsCrossReferenceToACode() {
        // "Necrosis, necrotic, see also Gangrene" (I96): a coder follows the reference for a lone word.
        CodingResult r = inpatient("Assessment: extensive necrosis was seen at the wound edges.");
        Suggestion s = assertSuggested(r, "I96", 5);
        assertTrue(s.rationale().get(0).contains("see Gangrene"), s.rationale().toString());
    }

    @Test
    void aLoneTraumaIsNotAnUnspecifiedInjury() {
        // "Trauma, see also Injury": alone it names a mechanism (barotrauma, abuse) or an injury said elsewhere.
        assertNotSuggested(inpatient("Assessment: spontaneous pneumothorax secondary to barometric trauma."),
                "T14.90XA");
    }

    @Test
    void aLoneWordIsNotCodedWhereItsReferenceLeadsToAGeneralWord() {
        // "Analgesia, see Anesthesia": the note's analgesia is a treatment, not loss of skin sensation.
        assertNotSuggested(inpatient("Analgesia was given after the operation."), "R20.0");
    }

    @Test
    void aLoneInfectionTakesTheIndexDefault() {
        assertSuggested(inpatient("Assessment: infection, treated with antibiotics."), "B99.9", 5);
    }

    @Test
    void eponymOfSeveralWordsIsCodedAloneAndWithoutItsHeadNoun() {
        assertSuggested(inpatient("Diagnostic impression: Mondor's disease."), "I80.8", 5);
        // written without "disease"/"syndrome": two capitalized names joined read as the eponym
        assertSuggested(inpatient("Diagnosis: Dandy Walker, confirmed on fetal MRI."), "Q03.1", 8);
    }

    @Test
    void aCapitalizedEverydayWordOrAPlainNameIsNoEponym() {
        // "Still's disease" and "Addison's disease" need the possessive when written without "disease"
        CodingResult still = inpatient("Still, the patient improved after two days.");
        assertNotSuggested(still, "M06.1");
        assertNotSuggested(still, "M08.20");
        assertNotSuggested(inpatient("The patient was seen by Dr. Addison in clinic."), "E27.1");
    }

    @Test
    void eachHeadOfAnOrTitleIsAMainTerm() {
        // the Index prints "Fournier disease or gangrene": a note writes "Fournier gangrene"
        assertSuggested(inpatient("Assessment: Fournier gangrene of the scrotum."), "N49.3", 5);
    }

    @Test
    void anAdjectiveReadsAsItsNounForASubterm() {
        // "Lesion, bladder": the note writes the adjective
        assertSuggested(inpatient("Ultrasound: an intravesical lesion of 24 mm."), "N32.9", 5);
    }

    @Test
    void siteBetweenMetastaticAndALesionWordIsTheSecondarySite() {
        CodingResult r = inpatient("Staging CT showed metastatic liver lesions.");
        assertSuggested(r, "C78.7", 5);
        // without a lesion word the site after "metastatic" is the primary
        assertNotSuggested(inpatient("Known metastatic colon cancer."), "C78.5");
    }

    @Test
    void aLesionWordBetweenMetastaticAndAPhraseToItsSiteNamesTheSecondarySite() {
        // "metastatic lesions to the brain" is a secondary neoplasm of the brain, as "metastatic to the brain"
        // is, not a lesion of the brain (Lesion, brain G93.9) beside an unplaced metastasis
        CodingResult brain = inpatient("Postoperative diagnosis: multiple metastatic lesions to the brain.");
        assertSuggested(brain, "C79.31", 3);
        assertNotSuggested(brain, "G93.9");
        CodingResult liver = inpatient("Impression: metastatic deposits within the liver.");
        assertSuggested(liver, "C78.7", 3);
        assertNotSuggested(liver, "K76.9");
        // a lesion not called metastatic is still the Index's lesion of the organ
        assertSuggested(inpatient("Impression: multiple lesions in the liver."), "K76.9", 3);
    }

    @Test
    void aPhraseLeadingFromTheMetastasisToItsSiteNamesTheSecondarySite() {
        CodingResult r = inpatient("CT: metastases at the level of the thoracic spine.");
        assertSuggested(r, "C79.51", 5);
        assertNotSuggested(r, "C79.9");
    }

    @Test
    void metastasesToLymphNodesAreCodedByTheNodesRegion() {
        CodingResult r = inpatient("Staging showed metastases to the axillary lymph nodes.");
        assertSuggested(r, "C77.3", 5);
        assertNotSuggested(r, "C79.89");
        assertSuggested(inpatient("PET showed a right inguinal lymph node metastasis."), "C77.4", 5);
        // "lymph" read alone reaches the node and gland subterms, never the lymphatic channel's own codes
        assertNotSuggested(inpatient("Aspiration of the supraclavicular lymph nodes showed a recurrent thyroid cancer."), "C49.9");
    }

    @Test
    void nodesWithoutLymphAreLymphNodesOfTheirRegion() {
        CodingResult r = inpatient("Staging showed metastatic spread to the axillary nodes.");
        assertSuggested(r, "C77.3", 5);
        assertNotSuggested(r, "C79.89");
        CodingResult mediastinal = inpatient("Staging of the lung carcinoma showed metastases to the mediastinal nodes.");
        assertSuggested(mediastinal, "C77.1", 5);
        assertNotSuggested(mediastinal, "C78.1");
        // "nodal": lymph and gland are read on the one word, and the region before it still selects its row
        CodingResult nodal = inpatient("Staging showed inguinal nodal metastases.");
        assertSuggested(nodal, "C77.4", 5);
        assertNotSuggested(nodal, "C77.9");
    }

    @Test
    void aCountInAListOfMetastaticSitesIsNoOtherWord() {
        CodingResult r = inpatient("Imaging showed metastases to 3 ribs and the liver.");
        assertSuggested(r, "C79.51", 5);
        assertSuggested(r, "C78.7", 5);
    }

    @Test
    void shortFormsOfOneWordSharingThreeLettersAreOneSubterm() {
        // "Loss, vision, visual": "vision" alone selects the subterm, and the eye then selects its code
        assertSuggested(inpatient("He reported loss of vision in both eyes."), "H54.3", 5);
        assertSuggested(inpatient("She noted a loss of vision of the left eye."), "H54.62", 5);
    }

    @Test
    void theWordConditionIsNoConditionClassifiedElsewhere() {
        // "Fever, due to, conditions classified elsewhere" needs the underlying disease, not "general condition"
        CodingResult r = inpatient("Two days later her general condition had worsened with fever of 39 degrees.");
        assertNotSuggested(r, "R50.81");
        assertSuggested(r, "R50.9", 5);
    }

    @Test
    void aSiteBetweenTheMetastasisWordAndTheMorphologyIsThePrimary() {
        // "metastatic kidney carcinoma" and "metastasis of a kidney carcinoma": the kidney is the primary
        CodingResult adjective = inpatient("Assessment: metastatic kidney carcinoma.");
        assertNotSuggested(adjective, "C79.00");
        assertSuggested(adjective, "C64.9", 5);
        CodingResult of = inpatient("Pathology: a metastasis of a prostatic adenocarcinoma.");
        assertNotSuggested(of, "C79.19");
        assertNotSuggested(of, "C79.82");
        assertSuggested(of, "C61", 5);
        // after the morphology the site is the secondary one
        assertSuggested(inpatient("Assessment: carcinoma metastatic to the liver."), "C78.7", 5);
    }

    @Test
    void everySiteOfACoordinatedListOfMetastasesIsCoded() {
        CodingResult r = inpatient("Imaging: metastatic spread to the liver, both lungs and the bones.");
        assertSuggested(r, "C78.7", 6);
        assertSuggested(r, "C79.51", 6);
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("C78.0")), r.suggestions().toString());
        assertNotSuggested(r, "C79.9");
    }

    @Test
    void sitesListedBeforeTheCueOrBetweenItAndALesionWordAreEachSecondary() {
        CodingResult before = inpatient("Findings: adrenal and brain metastases.");
        assertSuggested(before, "C79.70", 6);
        assertSuggested(before, "C79.31", 6);
        CodingResult between = inpatient("The scan found metastatic liver and bone lesions.");
        assertSuggested(between, "C78.7", 6);
        assertSuggested(between, "C79.51", 6);
    }

    @Test
    void aListOfMetastaticSitesStopsAtAnItemThatIsNotASite() {
        // the clause after the comma says something else of the lungs: it is not an item of the list
        CodingResult r = inpatient("Metastases to the bones, lungs were clear on auscultation.");
        assertSuggested(r, "C79.51", 6);
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("C78.0")), r.suggestions().toString());
        // a primary named before the cue is no secondary site
        assertNotSuggested(inpatient("Known breast carcinoma and bone metastases."), "C79.81");
    }

    @Test
    void aSubtermListingFormsOfOneWordIsReadByAnyOfThem() {
        // "Abscess, abdomen, abdominal, wall": the note writes one form only
        CodingResult r = inpatient("Assessment: abscess of the abdominal wall.");
        Suggestion s = assertSuggested(r, "L02.211", 3);
        assertTrue(s.rationale().get(0).contains("abdomen, abdominal"), s.rationale().toString());
    }

    @Test
    void aNamedEyeIsTheIndexsOneEyeAndKeepsItsSide() {
        // "Blindness, one eye, right": "right eye" is one eye, and "right" still selects the side below it
        CodingResult r = inpatient("Assessment: blindness of the right eye since childhood.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("H54.41")), r.suggestions().toString());
    }

    @Test
    void aFindingLinkedToMetastasesGivesItsSiteAsTheSecondarySite() {
        CodingResult r = inpatient("Staging CT: several nodules in the liver compatible with metastases.");
        assertSuggested(r, "C78.7", 5);
        assertNotSuggested(r, "C79.9");
    }

    @Test
    void theSiteOfALinkedFindingIsTheOneNearestTheLinkNotTheStudysRegion() {
        CodingResult r = inpatient("Follow-up: the chest radiograph showed rounded opacities in both lung fields consistent with metastases.");
        assertSuggested(r, "C78.00", 5);
        assertNotSuggested(r, "C79.89");
    }

    @Test
    void aCervixDilatedAtOperationIsNoCervicalIncompetence() {
        // "Dilatation, cervix, see Incompetency, cervix": the Index path exists, the sense is a procedure step
        assertNotSuggested(inpatient("Procedure: the cervix was gently dilated with graduated dilators."), "N88.3");
        assertSuggested(inpatient("Assessment: cervical incompetence."), "N88.3", 5);
    }

    @Test
    void aParticipleOfAMainTermReadsAsThatMainTermWithItsSite() {
        String note = "On admission the abdomen was distended and tympanic.";
        CodingResult r = inpatient(note);
        Suggestion s = assertSuggested(r, "R14.0", 2);
        assertTrue(s.rationale().get(0).startsWith("Index: Distension"), s.rationale().toString());
        assertEvidenceSlicesNote(r, note);
        assertSuggested(inpatient("Ultrasound showed that the urinary bladder was distended."), "N32.89", 2);
    }

    @Test
    void aFormWithoutAMainTermOfItsOwnNeedsASubtermOrAConditionToCode() {
        // "distended" reads as Distension, which codes only with a site among its subterms
        assertTrue(inpatient("The balloon was distended with saline.").suggestions().isEmpty());
    }

    @Test
    void theHypochondriumAndIliacFossaAreTheQuadrantsOfTheAbdomen() {
        assertSuggested(inpatient("A firm mass was palpated in the left hypochondrium."), "R19.02", 2);
        assertSuggested(inpatient("She presented with a mass in the right iliac fossa."), "R19.03", 2);
        CodingResult r = inpatient("He presented with a tender mass in the right hemiabdomen.");
        assertSuggested(r, "R19.00", 3);
    }

    @Test
    void theWordShouldIsNoStemOfShoulder() {
        CodingResult r = inpatient("Assessment: the infection should clear with oral antibiotics.");
        assertNotSuggested(r, "M00.9");
        assertSuggested(inpatient("Assessment: infection of the left shoulder joint."), "M00.9", 5);
    }

    @Test
    void theWordEffectiveIsNoStemOfTheIndexsEffects() {
        // "Radiation, effects NOS" is radiation sickness; a treatment said to be effective is no such effect
        assertNotSuggested(inpatient("Assessment: we discussed whether radiation would be effective for the tumor."),
                "T66.XXXA");
    }

    @Test
    void aBranchOfANerveIsNoStemOfBranchial() {
        // "Cyst, branchial" is a congenital cleft cyst; a cyst lying on a branch of the facial nerve is none
        assertNotSuggested(inpatient("A synovial cyst sat over a branch of the facial nerve."), "Q18.0");
    }

    @Test
    void teachingThePatientIsNoProblemRelatedToEducation() {
        // "Problem, education" (Z55.9) is a problem with schooling or literacy; the verb "educate" is no stem of it
        assertNotSuggested(inpatient("Plan: we educated the mother about the problem and gave a handout."), "Z55.9");
        assertSuggested(inpatient("Axis IV: educational problems and peer problems."), "Z55.9", 5);
    }

    @Test
    void aPhraseReadAsAnIndexMainTermNoneOfItsWordsIsStillSelectsTheEye() {
        // "visual acuity" prints no main term a coder looks up: a fall in it is Loss, vision, and the eye written
        // after it then selects the subterm, as "loss of vision" does
        assertSuggested(inpatient("Her visual acuity was found decreased. She has decreased visual acuity in the right eye."),
                "H54.61", 5);
        CodingResult both = inpatient("He describes bilateral vision loss for a month.");
        assertSuggested(both, "H54.3", 5);
        assertNotSuggested(both, "H54.7");
        assertSuggested(inpatient("He noticed a drop in visual acuity of the left eye over the winter."), "H54.62", 5);
        // no eye named: the unspecified loss, as before
        assertSuggested(inpatient("The child has reduced visual acuity."), "H54.7", 5);
    }

    @Test
    void painElicitedByPalpationIsTendernessOfItsQuadrant() {
        // "Pain, abdominal, tenderness - see Tenderness, abdominal"
        assertSuggested(inpatient("She has abdominal pain on palpation of the epigastrium."), "R10.816", 5);
        CodingResult diffuse = inpatient("He has diffuse pain on abdominal palpation, without guarding.");
        assertSuggested(diffuse, "R10.817", 5);
        assertNotSuggested(diffuse, "R52");
        // palpation that elicits no pain is no tenderness
        CodingResult soft = inpatient("She reports abdominal pain and the abdomen is soft to palpation.");
        assertSuggested(soft, "R10.9", 5);
        assertTrue(NoteAssert.codes(soft).stream().noneMatch(c -> c.startsWith("R10.81")), NoteAssert.codes(soft).toString());
    }
}

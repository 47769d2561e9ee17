package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;

class AssertionDetectorTest {

    @Test
    void negationCueBeforeMentionNegatesIt() {
        assertTrue(assess("The patient denies chest pain.", "chest pain").negated());
        assertTrue(assess("No evidence of pneumonia.", "pneumonia").negated());
        assertTrue(assess("The CT scan failed to show any skeletal fracture.", "fracture").negated());
    }

    @Test
    void plainMentionIsPresent() {
        Assertion a = assess("The patient has chest pain.", "chest pain");
        assertEquals(AssertionStatus.PRESENT, a.status());
        assertEquals(Experiencer.PATIENT, a.experiencer());
        assertTrue(a.cues().isEmpty());
    }

    @Test
    void negationCoversEveryItemOfAList() {
        String s = "No fever, chills, or cough.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "fever", "chills", "cough"));
        doc.assertions().forEach(a -> assertTrue(a.negated(), "mention " + a.mentionIndex()));
    }

    @Test
    void longListPastTheWindowStaysNegated() {
        String s = "Denies fever, chills, night sweats, weight loss, chest pain, palpitations, shortness of breath, "
                + "nausea, vomiting or abdominal pain.";
        assertTrue(assess(s, "abdominal pain").negated());
    }

    @Test
    void examplesAfterSuchAsAreAListTheNegationRunsThrough() {
        String s = "Negative for any sort of focal neurological deficit such as weakness, numbness, tingling, slurred"
                + " speech or facial droop.";
        assertTrue(assess(s, "numbness").negated());
        assertTrue(assess(s, "facial droop").negated());
    }

    @Test
    void windowLimitsScopeOutsideLists() {
        assertFalse(assess("No acute distress was seen today in the clinic when we examined the patient for "
                + "the rash.", "rash").negated());
    }

    @Test
    void aRelativeClauseOrAConsultationEndsANegatedScope() {
        // the case-report opening: the negated background does not reach the complaint after "who" or "consulted"
        assertFalse(assess("A 50-year-old man with no prior illness, who consulted for weight loss.", "weight loss").negated());
        assertFalse(assess("A woman with no relevant history consulted for hair loss.", "hair loss").negated());
        assertFalse(assess("Renal colic without fever and accompanied by hematuria.", "hematuria").negated());
        // "who" still leaves a relative's condition the relative's
        assertEquals(Experiencer.FAMILY, assess("Her brother who died of colon cancer.", "colon cancer").experiencer());
    }

    @Test
    void negativeBeforeANounInAListNegatesOnlyThatNoun() {
        String s = "Urinalysis showed proteinuria, hematuria and negative nitrites.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "hematuria", "nitrites"));
        assertFalse(doc.assertions().get(0).negated());
        assertTrue(doc.assertions().get(1).negated());
    }

    @Test
    void butTerminatesNegationScope() {
        String s = "No fever but has cough.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "fever", "cough"));
        assertTrue(doc.assertions().get(0).negated());
        assertFalse(doc.assertions().get(1).negated());
    }

    @Test
    void newClauseWithVerbTerminatesNegationScope() {
        assertFalse(assess("Denies chest pain, reports a productive cough.", "productive cough").negated());
        assertFalse(assess("No fever and has a productive cough.", "productive cough").negated());
    }

    @Test
    void aCommaThenWithEndsANegationScope() {
        // the negated allergies are an attribute of the patient; what follows ", with" is asserted on its own
        assertFalse(assess("A 70-year-old woman without known drug allergies, with a history of gout.", "gout").negated());
        assertFalse(assess("No fever, with a cough for two weeks.", "cough").negated());
        assertTrue(assess("No fever, chills or night sweats.", "night sweats").negated());
    }

    @Test
    void theItemsOfANumberedRiskListTakeTheHypotheticalCueOfItsLeadIn() {
        String s = "We reviewed the plan. The risks and complications include, but are not limited to: 1. Wound "
                + "infection. 2. Urinary incontinence. 3. Erectile dysfunction. Findings: 1. Urethral stricture.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "Wound infection",
                "Urinary incontinence", "Erectile dysfunction", "Urethral stricture"));
        for (int i = 0; i < 3; i++) {
            assertEquals(AssertionStatus.HYPOTHETICAL, doc.assertions().get(i).status(), "mention " + i);
        }
        assertEquals(AssertionStatus.PRESENT, doc.assertions().get(3).status());
    }

    @Test
    void aRiskListRunsToTheEndOfItsSentenceThroughButNotLimitedTo() {
        String s = "We went over the plan.  Risks included, but were not limited to, bleeding needing a transfusion, "
                + "injury to the bowel and bladder needing a second operation, infection, and lasting hoarseness.";
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(s, "hoarseness").status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess("She was told of complications which might occur, such as "
                + "a leak from the joined bowel with an abscess in the pelvis or a pneumothorax.", "pneumothorax").status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess("A tear of the dura could also result in headache "
                + "and a pseudomeningocele.", "pseudomeningocele").status());
        // a condition after the list's sentence is the patient's
        assertEquals(AssertionStatus.PRESENT, assess("Risks include, but are not limited to, infection.  "
                + "She has asthma.", "asthma").status());
    }

    @Test
    void aLeadInWhoseColonWasFlattenedToACommaStillIntroducesItsList() {
        String s = "Potential complications include but are not limited to,, 1. Wound infection. 2. Incisional hernia.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "Wound infection",
                "Incisional hernia"));
        doc.assertions().forEach(a -> assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), "mention " + a.mentionIndex()));
    }

    @Test
    void aFormFieldAnsweredNoneAfterAFlattenedColonIsNegatedButANoThatOpensALineStillNegatesForward() {
        assertTrue(assess("Transfusions: , None. Infections: , None. Labs: , Normal.", "Infections").negated());
        assertTrue(assess("Risk factors:,  No history of hypertension or diabetes.", "diabetes").negated());
        assertFalse(assess("Complications: , none. Infections: , cellulitis of the shin.", "cellulitis").negated());
    }

    @Test
    void aChanceOfAConditionIsHypothetical() {
        assertTrue(assess("I quoted her a one percent chance of infection after the injection.", "infection")
                .hypothetical());
        assertFalse(assess("By chance an infection of the toe was found on examination.", "infection").hypothetical());
    }

    @Test
    void aConditionFearedOrPotentiallyDevelopingIsHypothetical() {
        assertTrue(assess("He keeps his sugars high for fear of hypoglycemia.", "hypoglycemia").hypothetical());
        assertTrue(assess("We will watch for the potential development of compartment syndrome.",
                "compartment syndrome").hypothetical());
    }

    @Test
    void noEvidenceReachesAConditionNamedAfterTheTestThatShowedNone() {
        assertTrue(assess("There is no evidence on her recent EMG of a demyelinating neuropathy.", "neuropathy")
                .negated());
    }

    @Test
    void aRelativeClauseSayingTheConditionHasResolvedMakesItHistorical() {
        assertTrue(assess("Last spring she had pneumonia, which has since resolved.", "pneumonia").historical());
        assertTrue(assess("He had a rash that cleared with cream.", "rash").historical());
        assertFalse(assess("He has gout which has not resolved.", "gout").historical());
        assertTrue(assess("In spring she developed hives which spontaneously resolved.", "hives").historical());
    }

    @Test
    void somethingPreviouslyOutlinedOrNotedInThisNoteIsNotAPastCondition() {
        assertFalse(assess("The previously outlined redundant skin of the upper eyelid was excised.", "redundant skin")
                .historical());
        assertTrue(assess("She previously had a stroke.", "stroke").historical());
    }

    @Test
    void aConditionWatchedForIsHypotheticalButOneWithSignsShownIsPresent() {
        assertTrue(assess("The infant will be followed for signs of sepsis and apnea.", "sepsis").hypothetical());
        assertFalse(assess("She showed signs of sepsis on arrival.", "sepsis").hypothetical());
    }

    @Test
    void aMinusSignInParenthesesOfAReviewFormNegatesTheConditionAfterIt() {
        assertTrue(assess("Cardiovascular: (-) angina, (+) hypertension.", "angina").negated());
        assertFalse(assess("Cardiovascular: (-) angina, (+) hypertension.", "hypertension").negated());
    }

    @Test
    void aNumberedListWithoutACueInItsLeadInStaysPresent() {
        String s = "Diagnoses: 1. Urinary incontinence. 2. Erectile dysfunction.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "Urinary incontinence",
                "Erectile dysfunction"));
        doc.assertions().forEach(a -> assertEquals(AssertionStatus.PRESENT, a.status(), "mention " + a.mentionIndex()));
    }

    @Test
    void negationDoesNotCrossSentences() {
        assertFalse(assess("No fever. Cough for three days.", "Cough").negated());
    }

    @Test
    void backwardCueNegatesPrecedingMention() {
        assertTrue(assess("Pulmonary embolism was ruled out.", "Pulmonary embolism").negated());
        assertTrue(assess("Pleural effusion is not seen.", "Pleural effusion").negated());
        assertTrue(assess("Influenza A negative.", "Influenza A").negated());
    }

    @Test
    void pseudoTriggerGramNegativeDoesNotNegate() {
        assertFalse(assess("Gram negative bacteremia.", "bacteremia").negated());
        assertFalse(assess("Triple negative breast cancer.", "breast cancer").negated());
    }

    @Test
    void pseudoTriggerNoChangeDoesNotNegate() {
        assertFalse(assess("No change in the known pulmonary nodule.", "pulmonary nodule").negated());
    }

    @Test
    void aPseudoCueWhoseLastWordBeginsTheMentionLeavesItsNegationToTheMention() {
        assertTrue(assess("She has had no change in mental status.", "change in mental status").negated());
        assertTrue(assess("No significant change in bowel habits.", "change in bowel habits").negated());
        assertFalse(assess("No change in the size of the thyroid nodule.", "thyroid nodule").negated());
        assertFalse(assess("Negative pressure wound therapy was continued.", "pressure wound").negated());
    }

    @Test
    void aRelativeWhoDeniesOrNotesSomethingTellsOfThePatient() {
        Assertion denied = assess("Dad denies any wheezing at night.", "wheezing");
        assertTrue(denied.negated());
        assertEquals(Experiencer.PATIENT, denied.experiencer());
        assertEquals(Experiencer.PATIENT, assess("Her mother notes a rash on the child's back.", "rash").experiencer());
        assertEquals(Experiencer.FAMILY, assess("Her mother has psoriasis.", "psoriasis").experiencer());
    }

    @Test
    void conditionsListedAfterRisksDiscussedAreHypothetical() {
        assertTrue(assess("Risks reviewed, including bleeding, infection and a bile leak.", "bile leak").hypothetical());
        assertTrue(assess("Risks explained as bleeding or perforation.", "perforation").hypothetical());
    }

    @Test
    void notRuledOutIsUncertainNotNegated() {
        Assertion a = assess("Myocardial infarction has not been ruled out.", "Myocardial infarction");
        assertTrue(a.uncertain());
        assertFalse(a.negated());
        assertTrue(assess("Sepsis cannot be ruled out.", "Sepsis").uncertain());
        assertFalse(assess("Sepsis cannot be ruled out.", "Sepsis").negated());
    }

    @Test
    void uncertaintyCuesMakeMentionUncertain() {
        assertTrue(assess("Possible community acquired pneumonia.", "community acquired pneumonia").uncertain());
        assertTrue(assess("Rule out myocardial infarction.", "myocardial infarction").uncertain());
        assertTrue(assess("r/o appendicitis", "appendicitis").uncertain());
        assertTrue(assess("Findings concerning for malignancy.", "malignancy").uncertain());
        assertTrue(assess("Bronchitis versus pneumonia.", "Bronchitis").uncertain());
        assertTrue(assess("Bronchitis versus pneumonia.", "pneumonia").uncertain());
    }

    @Test
    void alternativesAfterACommaLeaveTheFindingBeforeItEstablished() {
        String s = "Syncope, vasovagal versus orthostatic hypotension.";
        assertFalse(assess(s, "Syncope").uncertain());
        assertTrue(assess(s, "orthostatic hypotension").uncertain());
        // a comma right before the cue still joins the two alternatives
        assertTrue(assess("Pneumonia, versus atelectasis.", "Pneumonia").uncertain());
    }

    @Test
    void conditionAStudyLooksForIsUncertain() {
        assertTrue(assess("A brain MRI was done to look for a stroke.", "stroke").uncertain());
        assertTrue(assess("We are looking for a source of infection.", "infection").uncertain());
    }

    @Test
    void negationThenUncertaintyCueHandsOverTheScope() {
        String s = "No effusion, possible pneumonia.";
        Assertion a = assess(s, "pneumonia");
        assertTrue(a.uncertain());
        assertFalse(a.negated());
    }

    @Test
    void hypotheticalCuesMakeMentionHypothetical() {
        assertTrue(assess("Return to the ED if you develop chest pain.", "chest pain").hypothetical());
        assertTrue(assess("She is at risk for osteoporosis.", "osteoporosis").hypothetical());
        assertTrue(assess("Started heparin for DVT prophylaxis.", "DVT").hypothetical());
        assertTrue(assess("Should she develop a fever, call the clinic.", "fever").hypothetical());
    }

    @Test
    void aWorkUpThatCameBackNegativeNegatesTheConditionRuledOut() {
        assertTrue(assess("Rule out meningitis, was negative on the spinal tap.", "meningitis").negated());
    }

    @Test
    void educationAndMonitoringForAConditionMakeItHypothetical() {
        assertTrue(assess("Watch her for signs of dehydration over the weekend.", "dehydration").hypothetical());
        assertTrue(assess("We reviewed the warning signs of stroke with the family.", "stroke").hypothetical());
        assertTrue(assess("Discussed with her the symptoms of appendicitis.", "appendicitis").hypothetical());
        assertTrue(assess("She will phone the clinic when she gets any fever, chills, or a spreading redness"
                + " around the wound.", "spreading redness").hypothetical());
        assertEquals(AssertionStatus.PRESENT, assess("The child has symptoms of asthma.", "asthma").status());
    }

    @Test
    void aLessonOnHowAConditionArisesIsNoFindingOfThePatient() {
        assertTrue(assess("We discussed the physiology of fluid retention from excess salt and heart failure.",
                "heart failure").hypothetical());
        assertTrue(assess("I explained the mechanism of stone formation in patients with gout.", "gout").hypothetical());
        assertEquals(AssertionStatus.PRESENT, assess("She has heart failure and we discussed the physiology of fluid"
                + " retention.", "heart failure").status());
    }

    @Test
    void historicalCuesMakeMentionHistorical() {
        assertTrue(assess("History of breast cancer.", "breast cancer").historical());
        assertTrue(assess("She is s/p appendectomy.", "appendectomy").historical());
        assertTrue(assess("Her pneumonia has resolved.", "pneumonia").historical());
    }

    @Test
    void noHistoryOfIsNegatedOnly() {
        Assertion a = assess("No history of diabetes.", "diabetes");
        assertTrue(a.negated());
        assertFalse(a.historical());
    }

    @Test
    void recentTimeSpanIsNotHistorical() {
        assertFalse(assess("Cough over the past 3 days.", "Cough").historical());
        assertFalse(assess("A 45-year-old man with chest pain.", "chest pain").historical());
    }

    @Test
    void nowTerminatesHistoricalScope() {
        assertFalse(assess("History of asthma, now with pneumonia.", "pneumonia").historical());
    }

    @Test
    void familyMemberCueMakesFamilyExperiencer() {
        assertEquals(Experiencer.FAMILY, assess("Her mother had breast cancer.", "breast cancer").experiencer());
        assertEquals(Experiencer.FAMILY, assess("Colon cancer in his father.", "Colon cancer").experiencer());
        assertEquals(Experiencer.FAMILY, assess("Family history of diabetes.", "diabetes").experiencer());
    }

    @Test
    void reportingVerbAfterFamilyMemberReturnsToPatient() {
        assertEquals(Experiencer.PATIENT, assess("Mother reports that the child has had fever.", "fever").experiencer());
    }

    @Test
    void familyHistorySectionMakesFamilyExperiencer() {
        Assertion a = assess("FAMILY HISTORY:\nDiabetes and hypertension.\n", "Diabetes");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertTrue(a.cues().contains("section:family"));
    }

    @Test
    void negatedFamilyHistoryIsFamilyAndNegated() {
        Assertion a = assess("No family history of colon cancer.", "colon cancer");
        assertTrue(a.negated());
        assertEquals(Experiencer.FAMILY, a.experiencer());
        Assertion b = assess("Family history negative for colon cancer.", "colon cancer");
        assertTrue(b.negated());
        assertEquals(Experiencer.FAMILY, b.experiencer());
    }

    @Test
    void pastMedicalHistorySectionMakesHistorical() {
        assertTrue(assess("PAST MEDICAL HISTORY:\nAsthma.\n", "Asthma").historical());
    }

    @Test
    void reviewOfSystemsNegativesAreNegated() {
        String s = "REVIEW OF SYSTEMS:\nConstitutional: Negative for fever and chills.\n";
        assertTrue(assess(s, "chills").negated());
    }

    @Test
    void cueInsideMentionDoesNotModifyIt() {
        assertFalse(assess("No-reflow phenomenon occurred.", "No-reflow phenomenon").negated());
    }

    @Test
    void firedCuesAreReportedById() {
        assertEquals(List.of("neg_denies"), assess("Denies dysuria.", "dysuria").cues());
    }

    @Test
    void emitsOneAssertionPerMentionInOrder() {
        Document doc = MentionFixture.DETECTOR.process(
                MentionFixture.withMentions("Asthma. Denies fever. Possible otitis media.", "Asthma", "fever", "otitis"));
        assertEquals(3, doc.assertions().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, doc.assertions().get(i).mentionIndex());
        }
        assertEquals(AssertionStatus.PRESENT, doc.assertions().get(0).status());
        assertEquals(AssertionStatus.NEGATED, doc.assertions().get(1).status());
        assertEquals(AssertionStatus.UNCERTAIN, doc.assertions().get(2).status());
    }

    @Test
    void remissionIsNotHistoricalForCodesThatHaveARemissionCode() {
        ContextRule remission = ContextRules.standard().rules().stream()
                .filter(r -> r.id().equals("hist_in_remission")).findFirst().orElseThrow();
        assertFalse(remission.appliesTo(List.of("C91.01")));
        assertTrue(remission.appliesTo(List.of("C50.911")));
    }

    @Test
    void postposedColonAnswerNegatesTheItemBeforeIt() {
        assertTrue(assess("Nausea: no.", "Nausea").negated());
        assertTrue(assess("Suicidal ideation: denied.", "Suicidal ideation").negated());
        assertTrue(assess("Eyes: no scleral icterus.", "scleral icterus").negated());
    }

    @Test
    void queryAfterACommaLooksForwardOnly() {
        String s = "Right knee effusion, ?gout.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "Right knee effusion", "gout"));
        assertFalse(doc.assertions().get(0).uncertain());
        assertTrue(doc.assertions().get(1).uncertain());
    }

    @Test
    void relativeWithPastTenseIsFamilyAndHistorical() {
        Assertion a = assess("Father died of myocardial infarction at age 52.", "myocardial infarction");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertTrue(a.historical());
        Assertion b = assess("Mother has hypertension.", "hypertension");
        assertEquals(Experiencer.FAMILY, b.experiencer());
        assertFalse(b.historical());
    }

    @Test
    void otherPeopleAreNotThePatient() {
        assertEquals(Experiencer.FAMILY, assess("Her partner has genital herpes.", "genital herpes").experiencer());
        assertEquals(Experiencer.FAMILY, assess("Sick contacts at home with strep throat.", "strep throat").experiencer());
    }

    @Test
    void instructedRelativeDoesNotOwnTheCondition() {
        Assertion a = assess("Parents instructed to watch for jaundice.", "jaundice");
        assertEquals(Experiencer.PATIENT, a.experiencer());
        assertTrue(a.hypothetical());
    }

    @Test
    void currentSequelaAfterWithIsNotHistorical() {
        String s = "Status post stroke with residual left-sided weakness.";
        Document doc = MentionFixture.DETECTOR.process(MentionFixture.withMentions(s, "stroke", "left-sided weakness"));
        assertTrue(doc.assertions().get(0).historical());
        assertFalse(doc.assertions().get(1).historical());
    }

    @Test
    void aComplaintAfterADeniedSymptomEndsTheNegation() {
        // the cue that reads a present-tense complaint as current must not hide the complaint verb's end of scope
        assertTrue(assess("He does not have vomiting complaining of flank pain.", "vomiting").negated());
        assertFalse(assess("He does not have vomiting complaining of flank pain.", "flank pain").negated());
        assertFalse(assess("She does not report fever, complains of a sore throat.", "sore throat").negated());
    }

    @Test
    void explicitPastYearIsHistorical() {
        assertTrue(assess("Pulmonary embolism in 2017, treated with warfarin.", "Pulmonary embolism").historical());
        assertTrue(assess("Had pneumonia last winter.", "pneumonia").historical());
    }

    @Test
    void butNotCarriesTheScopeIntoTheContrast() {
        Assertion a = assess("Family history of depression but not bipolar disorder.", "bipolar disorder");
        assertTrue(a.negated());
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void negativeResultEndsAScreeningHypothetical() {
        Assertion a = assess("Screening questionnaire negative for depression.", "depression");
        assertTrue(a.negated());
        assertFalse(a.hypothetical());
    }

    @Test
    void relativeAsCompanionOrInformantDoesNotOwnTheCondition() {
        assertEquals(Experiencer.PATIENT, assess("Found down by his wife, with a head laceration.", "head laceration").experiencer());
        assertEquals(Experiencer.PATIENT, assess("Here with her mother for ear pain.", "ear pain").experiencer());
    }

    @Test
    void postposedFreeNegates() {
        assertTrue(assess("Pain free since surgery.", "Pain").negated());
    }

    @Test
    void returnToAPlaceOfCareForAFindingIsAReturnPrecaution() {
        assertTrue(assess("Go back to the office if fever or chills develop.", "fever").hypothetical());
        assertTrue(assess("Return to the emergency department for any chest pain.", "chest pain").hypothetical());
        assertFalse(assess("He came to the office with chest pain.", "chest pain").hypothetical());
    }

    @Test
    void aFindingThatShouldPromptACallIsHypothetical() {
        assertTrue(assess("New jaundice should prompt a call to the team.", "jaundice").hypothetical());
    }

    @Test
    void aPresentTenseRelativeClauseAfterAHistoryOfTellsWhatIsSoNow() {
        String sentence = "He has a history of colon cancer that has spread to the liver.";
        assertTrue(assess(sentence, "colon cancer").historical());
        assertFalse(assess(sentence, "spread to the liver").historical());
        assertFalse(assess("She has a history of asthma that is poorly controlled.", "poorly controlled").historical());
    }

    @Test
    void aHarmTheTeamChoseNotToRiskIsHypothetical() {
        assertTrue(assess("The lesion was left in place rather than risk facial nerve palsy.", "facial nerve palsy")
                .hypothetical());
    }

    @Test
    void theConditionATestIsDoneForIsNotYetEstablished() {
        assertTrue(assess("We sent a swab for testing for influenza.", "influenza").hypothetical());
        assertTrue(assess("The wound was checked for bleeding at the end.", "bleeding").hypothetical());
        assertFalse(assess("He had a positive test for influenza.", "influenza").hypothetical());
    }

    @Test
    void anAdverbBetweenTheConditionAndRuledOutLeavesItNegated() {
        assertTrue(assess("Lymphoma has probably been ruled out by the scan.", "Lymphoma").negated());
        assertTrue(assess("Pneumonia has now been excluded.", "Pneumonia").negated());
        assertFalse(assess("Pneumonia has probably been ruled out.", "Pneumonia").uncertain());
    }

    @Test
    void aTestResultStillPendingAndADrugOrHarmForeseenAreHypothetical() {
        assertTrue(assess("Cultures for strep throat are still pending.", "strep throat").hypothetical());
        assertTrue(assess("Liver tests were drawn in anticipation of starting methotrexate.", "methotrexate")
                .hypothetical());
        assertTrue(assess("The plan focuses on preventing pressure ulcers while in bed.", "pressure ulcers")
                .hypothetical());
        assertFalse(assess("Strep throat was confirmed and treatment is no longer pending.", "Strep throat")
                .hypothetical());
    }

    @Test
    void aDiagnosisSomeoneThoughtThePatientHadIsUncertain() {
        assertTrue(assess("As a teenager she was thought to have epilepsy.", "epilepsy").uncertain());
    }

    @Test
    void aDrugThePatientCameOffIsNegated() {
        // a drug mention carries its long-term use code from its own words
        assertTrue(assessCoded("Last spring he came off his insulin.", "insulin", "Z79.4").negated());
        assertTrue(assessCoded("She was taken off warfarin before the operation.", "warfarin", "Z79.01").negated());
    }

    @Test
    void aTendencyIsNoConditionHad() {
        assertTrue(assess("Some toddlers are prone to ear infections.", "ear infections").hypothetical());
    }

    @Test
    void whatThePatientShouldReportIfItComesIsHypothetical() {
        assertTrue(assess("Please report any chest pain or fainting at once.", "chest pain").hypothetical());
        assertFalse(assess("She reports chest pain since this morning.", "chest pain").hypothetical());
        assertTrue(assess("He does not report any chest pain.", "chest pain").negated());
    }

    @Test
    void withoutContrastIsTheStudysTechniqueNotADenial() {
        assertFalse(assess("Head CT without contrast: a left parietal skull fracture.", "skull fracture").negated());
        assertFalse(assess("CT of the abdomen without IV contrast showed small kidney stones.", "kidney stones")
                .negated());
        assertTrue(assess("MRI of the brain without contrast showed no acute infarct.", "acute infarct").negated());
    }

    @Test
    void anEffectACauseContributesToIsThePatientsNow() {
        assertFalse(assess("Old rib fractures probably contribute to her chest wall pain.", "chest wall pain")
                .uncertain());
        assertFalse(assess("Several prior concussions likely contribute to his memory loss.", "memory loss")
                .historical());
        assertFalse(assess("A possible deviated septum is contributing to snoring.", "snoring").uncertain());
        assertTrue(assess("A possible deviated septum is contributing to snoring.", "deviated septum").uncertain());
    }

    @Test
    void anEmphaticPresentUnderPastHistoryIsHeldNow() {
        assertFalse(assess("PAST MEDICAL HISTORY:\nAsthma. He does complain of wheezing at night.\n", "wheezing")
                .historical());
        assertTrue(assess("PAST MEDICAL HISTORY:\nAsthma. He does not have wheezing at night.\n", "wheezing")
                .negated());
    }

    @Test
    void aConditionToldAsWhatTheStorySoundedLikeIsUncertain() {
        assertTrue(assess("He described what sounded like angina on exertion.", "angina").uncertain());
        assertFalse(assess("He described angina on exertion.", "angina").uncertain());
        assertFalse(MentionFixture.assessCoded("By her own account it sounds like she is snoring most nights.", "snoring",
                "R06.83").uncertain());
    }

    @Test
    void anAdverbInsideConsistentWithKeepsTheHedge() {
        assertTrue(assess("The scan findings were consistent most with sarcoidosis.", "sarcoidosis").uncertain());
    }

    @Test
    void thePatientsBeliefThatHeIsSoIsUncertain() {
        assertTrue(assess("He thinks he is diabetic.", "diabetic").uncertain());
    }

    @Test
    void notGraspingAConditionDoesNotDenyIt() {
        assertFalse(assess("She does not realize she has diabetes.", "diabetes").negated());
        assertTrue(assess("She does not have diabetes.", "diabetes").negated());
    }

    @Test
    void theEventADenialIsDatedByHappened() {
        assertFalse(assess("He denies any dizziness prior to the syncope.", "syncope").negated());
        assertTrue(assess("He denies any dizziness prior to the syncope.", "dizziness").negated());
        assertFalse(assess("She reports no palpitations before the seizure.", "seizure").negated());
    }

    @Test
    void aFindingAroundAHealedSiteIsNow() {
        assertFalse(assess("There is erythema around the previously healed incision.", "erythema").historical());
        assertTrue(assess("He has a previously healed fracture of the radius.", "fracture").historical());
    }

    @Test
    void anAcuteEpisodeControlledByTheCareThatStoppedItStaysPast() {
        assertTrue(assess("History of epistaxis last month, controlled with packing.", "epistaxis").historical());
        assertFalse(assess("History of hypertension, controlled on lisinopril.", "hypertension").historical());
        assertFalse(assess("History of asthma, controlled with inhalers.", "asthma").historical());
    }

    @Test
    void aFullComaScaleDeniesComa() {
        assertTrue(MentionFixture.assessCoded("Glasgow coma scale 15 on arrival.", "coma", "R40.20").negated());
        assertTrue(MentionFixture.assessCoded("His Glasgow coma score of 15 was unchanged.", "coma", "R40.20").negated());
        assertFalse(MentionFixture.assessCoded("Glasgow coma scale 7 in the field.", "coma", "R40.20").negated());
    }

    @Test
    void aPreviousAllergyStillHolds() {
        assertFalse(MentionFixture.assessCoded("Because of her previous penicillin allergy we chose a macrolide.",
                "penicillin allergy", "Z88.0").historical());
        assertTrue(MentionFixture.assessCoded("Because of her previous stroke she walks with a cane.", "stroke",
                "I63.9").historical());
    }

    @Test
    void whatADeniedCauseWouldExplainIsNotDenied() {
        String s = "He recalls no trauma which could cause the rib fracture seen on the film.";
        assertFalse(assess(s, "rib fracture").negated());
        assertTrue(assess(s, "trauma").negated());
    }

    @Test
    void theAccidentAnInjuryVisitIsStatusPostIsThisVisits() {
        assertFalse(MentionFixture.assessCoded("Seen today status post motor vehicle accident with neck pain.",
                "motor vehicle accident", "V89.2XXA").historical());
        assertTrue(MentionFixture.assessCoded("Status post appendectomy for appendicitis.", "appendicitis", "K37")
                .historical());
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The effect a denied or doubted cause would explain, an admission after the history, conditions over ("used to
 * have", "that have since abated"), a denied change, and the writer's own opinion as a working diagnosis.
 */
class EffectOfADeniedCauseAndOpinionCueTest {
    @Test
    void theEffectNamedAsThePatientsOwnIsNotDenied() {
        assertFalse(assess("The scan shows no calculus causing her left flank pain.", "left flank pain").negated());
        assertTrue(assess("The scan shows no calculus causing her left flank pain.", "calculus").negated());
        assertFalse(assess("No lesion was found that is causing the hematuria.", "hematuria").negated());
        assertFalse(assess("No mass leading to his dysphagia was seen.", "dysphagia").negated());
    }

    @Test
    void aBareEffectStaysDenied() {
        assertTrue(assess("There are no gallstones causing obstruction.", "obstruction").negated());
    }

    @Test
    void theEffectOfADoubtedCauseIsPresent() {
        assertFalse(assess("Probable gastritis explaining her epigastric pain.", "epigastric pain").uncertain());
        assertTrue(assess("Probable gastritis explaining her epigastric pain.", "gastritis").uncertain());
        assertFalse(assess("The cough is possibly due to her asthma.", "asthma").uncertain());
    }

    @Test
    void anAdmissionAfterTheHistoryIsThisStay() {
        assertFalse(assess("History of cirrhosis, status post banding, admitted with hematemesis.", "hematemesis")
                .historical());
        assertTrue(assess("History of cirrhosis, status post banding, admitted with hematemesis.", "cirrhosis")
                .historical());
        assertFalse(assess("No cardiac history and presented with palpitations.", "palpitations").negated());
    }

    @Test
    void aConditionThePatientUsedToHaveOrThatHasAbatedIsOver() {
        assertTrue(assess("He used to have cluster headaches in his twenties.", "cluster headaches").historical());
        assertTrue(assess("She had hot flashes that have since abated.", "hot flashes").historical());
        assertFalse(assess("A burr was used to remove the exostosis.", "exostosis").historical());
    }

    @Test
    void aDeniedChangeLeavesTheConditionPresent() {
        assertFalse(assess("He denies any worsening of his tinnitus.", "tinnitus").negated());
        String deniedChange = "She denied any change in bowel habits.";
        assertTrue(assess(deniedChange, "change in bowel habits").negated());
    }

    @Test
    void theWritersOpinionIsAWorkingDiagnosis() {
        assertTrue(assess("I believe this is a viral pharyngitis.", "viral pharyngitis").uncertain());
        assertTrue(assess("She has a fever and we think she has influenza.", "influenza").uncertain());
        assertTrue(assess("I think it is likely that he has sarcoidosis.", "sarcoidosis").uncertain());
        assertFalse(assess("I think she is a good candidate for bariatric surgery.", "bariatric surgery").uncertain());
        assertTrue(assess("We do not think this is appendicitis.", "appendicitis").negated());
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A doubt ends where a comma opens a clause of its own; a family history said after "with" or "due to" is the
 * family's; the children the patient has are relatives; a finding graded or measured after "and" is found; a
 * denied suspicion denies; "past" before a determiner and "free" after a verb of handling are no cues; a blood
 * count's differential is no differential diagnosis; a habit said in the present after "and" or a comma
 * begins a clause of its own. Sentences are our own.
 */
class DoubtEndsAtAClauseAndFamilyHistoryAfterWithTest {

    @Test
    void aDoubtEndsWhereACommaOpensAClause() {
        assertFalse(assess("Possible pneumonia, the cough is worse at night.", "cough").uncertain());
        assertTrue(assess("Possible pneumonia, the cough is worse at night.", "pneumonia").uncertain());
        assertTrue(assess("Possible pneumonia, bronchitis, or asthma.", "asthma").uncertain());
    }

    @Test
    void aFamilyHistoryAfterWithIsTheFamilys() {
        String s = "A 58-year-old man with a family history of depression, anxiety, and bipolar disorder.";
        assertEquals(Experiencer.FAMILY, assess(s, "bipolar disorder").experiencer());
        assertFalse(assess(s, "bipolar disorder").historical());
        assertEquals(Experiencer.FAMILY, assess("Referred due to her family history of hemochromatosis.",
                "hemochromatosis").experiencer());
    }

    @Test
    void theChildrenThePatientHasAreRelatives() {
        assertEquals(Experiencer.FAMILY, assess("She has two children with cystic fibrosis.", "cystic fibrosis")
                .experiencer());
        assertEquals(Experiencer.PATIENT, assess("The child has asthma and eczema.", "eczema").experiencer());
    }

    @Test
    void aFindingGradedOrMeasuredAfterAndIsFound() {
        assertFalse(assess("Loose stools without mucus and minor abdominal cramping.", "abdominal cramping").negated());
        String s = "Ultrasound shows possible hydronephrosis and a 3 cm renal cyst.";
        assertFalse(assess(s, "renal cyst").uncertain());
        assertTrue(assess(s, "hydronephrosis").uncertain());
        assertTrue(assess("No ascites and a 1.5 cm gallbladder polyp.", "ascites").negated());
        assertFalse(assess("No ascites and a 1.5 cm gallbladder polyp.", "gallbladder polyp").negated());
    }

    @Test
    void aDeniedSuspicionDenies() {
        Assertion a = assess("There is no suspicion for pulmonary embolism on this study.", "pulmonary embolism");
        assertTrue(a.negated());
        assertFalse(a.uncertain());
        assertTrue(assess("Low suspicion for pulmonary embolism.", "pulmonary embolism").uncertain());
    }

    @Test
    void pastBeforeADeterminerAndFreeAfterHandlingAreNoCues() {
        assertFalse(assess("The scope was advanced past this stricture with care.", "stricture").historical());
        assertTrue(assess("In the past she had a stricture of the esophagus.", "stricture").historical());
        assertFalse(assess("The hernia dissected free and reduced.", "hernia").negated());
        assertTrue(assess("She has been pain free since surgery.", "pain").negated());
    }

    @Test
    void aBloodCountsDifferentialIsNoDifferentialDiagnosis() {
        assertFalse(assess("CBC: the differential shows a left shift.", "left shift").uncertain());
        assertTrue(assess("The differential includes cholecystitis.", "cholecystitis").uncertain());
    }

    @Test
    void aHabitSaidInThePresentBeginsAClauseOfItsOwn() {
        assertFalse(assess("She denies tobacco use and uses cocaine on weekends.", "cocaine").negated());
        assertTrue(assess("She denies tobacco use and uses cocaine on weekends.", "tobacco use").negated());
        assertFalse(assess("He does not drink alcohol, smokes cigarettes daily.", "cigarettes").negated());
    }
}

package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Whose and when a condition is, and what a form's name is: "maternal X" on a child's record is the mother's
 * condition (no code, no family history); a mother's group B streptococcus is no family history; a condition
 * dated only to childhood is a past one even when chronic; a denied list of habit nouns denies each; a condition
 * word naming a questionnaire, a scale or an assessment codes nothing. The Index path of "HCV cirrhosis" keeps
 * both the hepatitis and the cirrhosis. Sentences are our own.
 */
class MothersConditionChildhoodAndFormNameTest {

    private static final String NEWBORN = "History of present illness: this is a 2-day-old boy born to a "
            + "28-year-old G3 mother at 39 weeks. ";

    @Test
    void maternalConditionOnTheNewbornsRecordIsTheMothers() {
        CodingResult r = outpatientChecked(NEWBORN + "Maternal group B streptococcus culture was positive. "
                + "There was maternal fever during labor.");
        assertNotSuggested(r, "B95.1");
        assertNotSuggested(r, "R50.9");
        assertNotSuggested(r, "P81.9");
        assertNotSuggested(r, "Z83.1");
        assertEquals("family_no_code", mention(r, "fever").reason());
    }

    @Test
    void theBabysOwnConditionAndAMaternalRelativeStayAsTheyWere() {
        assertSuggested(outpatientChecked(NEWBORN + "Assessment: the baby has a fever of 38.5."), "P81.9", 3);
        assertSuggested(outpatientChecked("Family history: her maternal grandmother had breast cancer."),
                "Z80.3", 3);
    }

    @Test
    void aMothersGroupBStreptococcusIsNoFamilyHistory() {
        assertNotSuggested(outpatientChecked(NEWBORN + "Mother was group B strep positive and was treated."),
                "Z83.1");
        assertSuggested(outpatientChecked("Family history: her mother has tuberculosis."), "Z83.1", 3);
    }

    @Test
    void aChronicConditionDatedOnlyToChildhoodIsAPastOne() {
        CodingResult had = outpatientChecked("History: a 52-year-old roofer. He had childhood asthma.");
        assertNotSuggested(had, "J45.909");
        assertSuggested(had, "Z87.09", 3);
        CodingResult asAChild = outpatientChecked("History: a 47-year-old woman. She had asthma as a child.");
        assertNotSuggested(asAChild, "J45.909");
        assertSuggested(asAChild, "Z87.09", 3);
        assertSuggested(outpatientChecked("Assessment: asthma, using her inhaler twice a day."), "J45.909", 3);
    }

    @Test
    void aDeniedListOfHabitNounsDeniesEachOfThem() {
        CodingResult r = outpatientChecked("Social history: he is not a smoker, drinker or drug user.");
        assertNotSuggested(r, "F19.90");
        assertEquals("negated", mention(r, "drug user").reason());
        assertSuggested(outpatientChecked("Social history: denies alcohol, smoker for twenty years."), "F17.200", 3);
    }

    @Test
    void aFormOrScaleNamedForAConditionIsNoCondition() {
        CodingResult r = outpatientChecked("She filled in a depression questionnaire and a fall risk assessment "
                + "today.");
        assertNotSuggested(r, "F32.A");
        assertNotSuggested(r, "Z91.81");
        assertEquals("other_sense", mention(r, "depression").reason());
        assertSuggested(outpatientChecked("Assessment: depression, started on sertraline."), "F32.A", 3);
    }

    @Test
    void prematurityTakesTheWeeksTheNewbornsNoteGives() {
        String born = "History: this is a 6-day-old girl born to a 24-year-old mother. Discharge diagnoses: ";
        CodingResult r = outpatientChecked(born + "1. Prematurity, 33 weeks' gestation. 2. Physiologic jaundice.");
        assertSuggested(r, "P07.36", 3);
        assertNotSuggested(r, "P07.30");
        assertNotSuggested(r, "Z3A.33");
        assertSuggested(outpatientChecked(born + "1. Prematurity. 2. Physiologic jaundice."), "P07.30", 3);
    }

    @Test
    void aNeonatesHyperbilirubinemiaIsNewbornJaundice() {
        CodingResult r = outpatientChecked("History: this is a 3-day-old boy admitted for hyperbilirubinemia, "
                + "started on phototherapy.");
        assertSuggested(r, "P59.9", 3);
        assertNotSuggested(r, "E80.7");
    }

    @Test
    void hcvCirrhosisCodesTheHepatitisAndTheCirrhosis() {
        CodingResult r = outpatientChecked("Diagnosis: HCV cirrhosis.");
        assertSuggested(r, "K74.60", 3);
        assertSuggested(r, "B19.20", 3);
    }
}

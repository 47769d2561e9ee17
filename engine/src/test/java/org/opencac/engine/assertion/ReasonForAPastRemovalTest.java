package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.TestModels;

class ReasonForAPastRemovalTest {

    private static MentionOutcome mention(String text, String word) {
        CodingResult r = TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
        return r.mentions().stream().filter(m -> m.text().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
    }

    @Test
    void theConditionOfAnOrganRemovedYearsAgoIsHistory() {
        assertEquals("historical", mention("Her appendix was removed many years ago for appendicitis.", "appendicitis")
                .assertion());
    }

    @Test
    void theConditionOfAnOrganRemovedInAPastYearIsHistory() {
        assertEquals("historical", mention("He had his gallbladder removed in 2011 for cholecystitis.", "cholecystitis")
                .assertion());
    }

    @Test
    void aLesionThePatientHadRemovedIsHistory() {
        assertEquals("historical", mention("He had a lipoma removed from his shoulder.", "lipoma").assertion());
    }

    @Test
    void aLesionRemovedAtThisEncounterStaysCurrent() {
        assertEquals("present", mention("A lipoma on her shoulder was removed today.", "lipoma").assertion());
    }

    @Test
    void aChronicConditionAnOperationDoesNotEndStaysCurrent() {
        assertEquals("present", mention("He had his spleen removed years ago for hypertension.", "hypertension")
                .assertion());
    }

    @Test
    void aDevicePlacedInAPastYearLeavesItsConditionCurrent() {
        assertEquals("present", mention("She had a pacemaker placed in 2016 for sick sinus syndrome.", "sick sinus")
                .assertion());
    }
}

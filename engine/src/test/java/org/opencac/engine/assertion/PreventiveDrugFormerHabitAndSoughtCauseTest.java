package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A drug taken as prevention is taken now; a habit or drug told as lasting until a past year is a former one; a
 * condition whose cause is doubted is present; a relative beside the patient does not make the patient's
 * condition the relative's; an episode some years back is past.
 */
class PreventiveDrugFormerHabitAndSoughtCauseTest {

    private static String assertionOf(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).assertion();
    }

    @Test
    void aDrugTakenAsProphylaxisIsCurrentUse() {
        CodingResult r = outpatient("Plan: he stays on aspirin prophylaxis for his coronary stent.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().equals("Z79.82")), r.suggestions().toString());
    }

    @Test
    void theConditionAProphylaxisPreventsIsStillHypothetical() {
        CodingResult r = outpatient("Enoxaparin was started after the knee operation as DVT prophylaxis.");
        assertEquals("hypothetical", assertionOf(r, "DVT"));
    }

    @Test
    void aHabitLastingUntilAPastYearIsFormer() {
        CodingResult r = outpatient("Described himself as a heavy drinker until about 2003, sober since.");
        assertEquals("historical", assertionOf(r, "heavy drinker"));
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().equals("F10.10")), r.suggestions().toString());
    }

    @Test
    void aConditionWhoseGrowthStoppedInAPastYearIsStillThere() {
        CodingResult r = outpatient("Imaging showed the arachnoid cyst growing until 1989, and it has not changed since.");
        assertEquals("present", assertionOf(r, "arachnoid cyst"));
    }

    @Test
    void aConditionWhoseCauseIsDoubtedIsPresent() {
        CodingResult r = outpatient("The new blood pressure pill might be the cause of her cough.");
        assertEquals("present", assertionOf(r, "cough"));
    }

    @Test
    void theConditionOfAPatientSpokenWithBesideARelativeIsThePatients() {
        CodingResult r = outpatient("After a talk with the patient and the daughter, a feeding tube was chosen for her dysphagia.");
        assertEquals("patient", r.mentions().stream().filter(m -> m.text().contains("dysphagia")).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).experiencer());
    }

    @Test
    void anEpisodeSomeYearsBackIsPast() {
        CodingResult r = outpatient("She mentions a bladder infection about six years back.");
        assertEquals("historical", assertionOf(r, "bladder infection"));
    }
}

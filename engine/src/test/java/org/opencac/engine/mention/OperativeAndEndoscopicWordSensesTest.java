package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Words of operative and endoscopic narration read in their coded sense only where the sentence says so: a shock
 * delivered by a defibrillator, the antrum of the stomach, the wound of an operation (team-written sentences).
 */
class OperativeAndEndoscopicWordSensesTest {

    @Test
    void aShockPerformedToTestADefibrillatorIsNoCirculatoryShock() {
        assertNotSuggested(outpatient("Defibrillator threshold testing: a shock was performed twice."), "R57.9");
        assertSuggested(outpatient("Assessment: shock, cause unclear."), "R57.9", 3);
    }

    @Test
    void theAntrumOfAnEndoscopyIsTheStomachNotTheMaxillarySinus() {
        CodingResult egd = outpatient("Findings: mild inflammation of the antrum of the stomach.");
        assertNotSuggested(egd, "J32.0");
        assertNotSuggested(outpatient("Specimen: antrum and fundal polyps."), "J33.8");
    }

    @Test
    void aFistulaIntoTheCoronarySinusIsNoSinusitisNorASkinFistula() {
        CodingResult angiogram = outpatient("Findings: the dye drains through a small fistula into the coronary sinus.");
        assertNotSuggested(angiogram, "J32.9");
        assertNotSuggested(angiogram, "L98.8");
        assertSuggested(outpatient("Assessment: chronic maxillary sinusitis with an oroantral fistula."), "J32.0", 3);
    }

    @Test
    void skinAnesthesiaGivenByATopicalCreamIsNoNumbness() {
        assertNotSuggested(outpatient("A topical anesthetic cream was applied for ten minutes to provide skin "
                + "anesthesia."),
                "R20.0");
        assertSuggested(outpatient("She reports anesthesia of the skin over the lateral thigh."), "R20.0", 3);
    }

    @Test
    void hyperventilationAsAnEegActivationStepIsNoBreathingDisorder() {
        assertNotSuggested(outpatient("EEG: Photic stimulation was performed. Hyperventilation was omitted."), "R06.4");
        assertSuggested(outpatient("Assessment: Anxiety with hyperventilation and tingling of the hands."), "R06.4", 5);
    }

    @Test
    void oldGranulomatousDiseaseOfTheLungsIsNoNeutrophilDisorder() {
        CodingResult film = outpatient("Chest x-ray: calcified old granulomatous disease in the right upper lobe, otherwise clear.");
        assertNotSuggested(film, "D71");
        assertNotSuggested(film, "Z86.2");
    }

    @Test
    void negativePressureWoundTherapyIsNoPressureUlcer() {
        assertNotSuggested(outpatient("A negative pressure wound dressing was placed over the incision."), "L89.90");
        assertSuggested(outpatient("She has a stage 2 pressure wound on the sacrum."), "L89.92", 3);
    }

    @Test
    void theWoundOfAnOperationIsNoInjury() {
        CodingResult closure = outpatient("Staples to skin, and an abdominal pad was placed on the wound.");
        assertNotSuggested(closure, "S39.91XA");
        CodingResult postop = outpatient("On the third day she had pain in the abdomen and incisional wound "
                + "tenderness.");
        assertNotSuggested(postop, "S39.91XA");
        assertNotSuggested(outpatient("The neck wound was irrigated and the strap muscles closed."), "S16.9XXA");
    }

    @Test
    void skinPickedUpByAStitchAtOperationIsNoPickingHabit() {
        assertNotSuggested(outpatient("Procedure: the stitch was passed through the lid skin picking up the underlying"
                + " muscle."), "L98.1");
        assertSuggested(outpatient("Assessment: chronic skin picking of both forearms."), "L98.1", 3);
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words whose coded sense depends on what the sentence is about (team-written sentences). */
class AmbiguousSiteAndSpecialtyWordsTest {

    @Test
    void anAdenopathyWhoseClauseNamesALymphNodeRegionAfterItIsLocalized() {
        List<String> after = inpatientCodes("The scan found an adenopathy in the supraclavicular fossa.");
        assertTrue(after.contains("R59.0") && !after.contains("R59.9"), after.toString());
        List<String> mediastinum = inpatientCodes("Several enlarged lymph nodes of mediastinal location were seen.");
        assertTrue(mediastinum.contains("R59.0"), mediastinum.toString());
        List<String> none = inpatientCodes("On the third day she developed lymphadenopathy.");
        assertTrue(none.contains("R59.9") && !none.contains("R59.0"), none.toString());
    }

    @Test
    void alveolarHemorrhageOfTheLungIsNoDentalDisorder() {
        List<String> lung = inpatientCodes("The lavage at bronchoscopy confirmed alveolar hemorrhage.");
        assertFalse(lung.contains("K08.89"), lung.toString());
        List<String> diffuse = inpatientCodes("She was intubated for a diffuse alveolar hemorrhage.");
        assertTrue(diffuse.contains("R04.89") && !diffuse.contains("K08.89"), diffuse.toString());
        List<String> jaw = inpatientCodes("There was alveolar hemorrhage after the molar was pulled.");
        assertTrue(jaw.contains("K08.89"), jaw.toString());
    }

    @Test
    void allergyNamedAsASpecialtyOrClinicIsNoCondition() {
        List<String> specialty = inpatientCodes("He was sent to internal medicine and allergy for further tests.");
        assertFalse(specialty.contains("T78.40XA"), specialty.toString());
        List<String> clinic = inpatientCodes("Follow-up was arranged in the allergy clinic next month.");
        assertFalse(clinic.contains("T78.40XA"), clinic.toString());
    }

    @Test
    void anAllergyOnlyNamedAsThePatientsIsAStatusNotACurrentAllergy() {
        List<String> named = inpatientCodes("Her only allergy is the latex reaction described above.");
        assertFalse(named.contains("T78.40XA"), named.toString());
        List<String> treated = inpatientCodes("She came in with an allergy reaction and was treated with diphenhydramine.");
        assertTrue(treated.contains("T78.40XA"), treated.toString());
    }

    @Test
    void crushingSaidOfAChestPainIsItsQualityNotACrushInjury() {
        List<String> pain = inpatientCodes("She came in with a crushing retrosternal chest pain at rest.");
        assertTrue(pain.contains("R07.9") && !pain.contains("S28.0XXA"), pain.toString());
        List<String> pressure = inpatientCodes("He describes a crushing pressure over the chest since noon.");
        assertFalse(pressure.contains("S28.0XXA"), pressure.toString());
        List<String> injury = inpatientCodes("He had a crush injury of the chest with severe pain under a fallen wall.");
        assertTrue(injury.contains("S28.0XXA"), injury.toString());
    }
}

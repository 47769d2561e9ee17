package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A condition word written right before "medication(s)" names a class of drugs by what it treats
 * ("neuropathic medications", "seizure medications"): the drugs the patient takes or tried, not the condition
 * (modifier_heads.tsv). The condition said of the patient in its own words is still coded. Sentences are our own.
 */
class ConditionNamedMedicationClassTest {

    @Test
    void aDrugClassNamedForAConditionIsNotTheCondition() {
        CodingResult r = outpatientChecked("History: for the back pain he tried several neuropathic medications over the "
                + "past year without relief.");
        assertNotSuggested(r, "G62.9");
        assertEquals("other_sense", mention(r, "neuropathic").reason());
        assertNotSuggested(outpatientChecked("History: her seizure medications were refilled by the pharmacy last week."),
                "R56.9");
    }

    @Test
    void theConditionSaidOfThePatientIsStillCoded() {
        assertSuggested(outpatientChecked("Assessment: peripheral neuropathy of both feet, on gabapentin."), "G62.9", 5);
    }
}

package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A bare "frequency" listed among urinary symptoms is urinary frequency (R35.0); where no urinary word is in its
 * sentence it is how often something happens, not a symptom.
 */
class BareFrequencyAmongUrinarySymptomsTest {

    @Test
    void frequencyListedAfterUrgencyIsUrinaryFrequency() {
        assertSuggested(inpatientChecked("He came in with hesitancy, urgency, frequency and a weak stream for a year."),
                "R35.0", 5);
    }

    @Test
    void frequencyOfSeizuresIsNoUrinarySymptom() {
        assertNotSuggested(inpatientChecked("The frequency of her seizures has fallen since the dose was raised."),
                "R35.0");
    }
}

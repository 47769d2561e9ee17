package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A foreign body in the airway is coded by its kind (Index: Foreign body, bronchus, causing, injury NEC: food,
 * gastric contents, specified type NEC): the heading "causing" and "injury NEC", which restates the site's code,
 * are read through; an object of a named material is the "specified type NEC". Team-written sentences.
 */
class ForeignBodyKindTest {

    @Test
    void anObjectOfANamedMaterialIsAForeignObjectOfSpecifiedType() {
        CodingResult r = outpatient("Diagnosis: Coin foreign body in the left main stem bronchus, removed.");
        assertSuggested(r, "T17.598A", 3);
        assertNotSuggested(r, "T17.508A");
    }

    @Test
    void foodInTheBronchusIsFood() {
        CodingResult r = outpatient("Diagnosis: Food foreign body in the right bronchus, retrieved by bronchoscopy.");
        assertSuggested(r, "T17.528A", 3);
    }

    @Test
    void anUnnamedObjectStaysUnspecified() {
        assertSuggested(outpatient("Diagnosis: Foreign body in the right main stem bronchus."), "T17.508A", 3);
    }
}

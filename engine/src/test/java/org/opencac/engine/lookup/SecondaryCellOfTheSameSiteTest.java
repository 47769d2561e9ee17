package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A Neoplasm table row that prints a primary code but no secondary one ("femur (any part)", C40.2-) takes the
 * secondary code the table prints for the same site and primary code elsewhere ("bone, femur", C79.51): a
 * metastasis to the femur is a secondary neoplasm of bone, not of an unspecified site. Team-written sentences.
 */
class SecondaryCellOfTheSameSiteTest {

    @Test
    void metastasisToTheFemurIsASecondaryNeoplasmOfBone() {
        CodingResult r = outpatient("Assessment: Metastasis to the right femur, referred to radiation oncology.");
        assertSuggested(r, "C79.51", 3);
        assertNotSuggested(r, "C79.9");
    }

    @Test
    void primaryTumourOfTheFemurStaysPrimary() {
        CodingResult r = outpatient("Assessment: Malignant neoplasm of the left femur, seen by orthopedic oncology.");
        assertNotSuggested(r, "C79.51");
    }
}

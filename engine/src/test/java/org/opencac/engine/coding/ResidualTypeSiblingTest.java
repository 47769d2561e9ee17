package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;

/**
 * A code whose type is left unspecified never moves to the residual "Other ..." code of its category by the site
 * or side words alone: "other" there is a specified type not elsewhere classified, which a site does not document
 * (Index: Osteomyelitis M86.9; Osteomyelitis, specified type NEC M86.8X-).
 */
class ResidualTypeSiblingTest {

    private static CodeResolver resolver() {
        ModelBundle models = TestModels.models();
        return CodeResolver.standard(models.codeSet(), models.index());
    }

    @Test
    void osteomyelitisOfAToeWithNoTypeStaysUnspecified() {
        assertEquals("M86.9", resolver().resolve("M86.9", "osteomyelitis of the right fourth toe").code().code());
    }

    @Test
    void osteonecrosisOfTheFootWithNoTypeStaysUnspecified() {
        assertEquals("M87.9", resolver().resolve("M87.9", "osteonecrosis, left foot").code().code());
    }

    @Test
    void aTypeWordTheResidualTitleWritesStillReachesIt() {
        assertEquals("M17.5", resolver().resolve("M17.9", "secondary osteoarthritis of one knee, unilateral")
                .code().code());
    }
}

package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;

/**
 * A default code never moves to a code of another subcategory that leaves out a word of its own title the
 * clause documents: the code read for one site stays that site's code when the clause names a second site too.
 */
class CousinKeepsOwnSiteTest {

    private static CodeResolver resolver() {
        ModelBundle models = TestModels.models();
        return CodeResolver.standard(models.codeSet(), models.index());
    }

    @Test
    void anklePainStaysAnAnkleCodeWhenTheClauseAlsoNamesAKnee() {
        assertEquals("M25.579", resolver().resolve("M25.579", "aching in the knees and ankles").code().code());
    }

    @Test
    void aCousinAddingOnlyADetailStillApplies() {
        assertEquals("F17.210", resolver().resolve("F17.200", "nicotine dependence, cigarettes").code().code());
    }
}

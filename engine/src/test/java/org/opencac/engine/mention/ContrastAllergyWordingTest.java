package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * An allergy to contrast told with the adjective ("allergic to contrast agent") or the bare noun ("allergy to
 * contrast dye") is the radiographic dye allergy status (Z91.041), as "contrast allergy" already was.
 */
class ContrastAllergyWordingTest {

    @Test
    void allergicToContrastAgentIsRadiographicDyeAllergyStatus() {
        assertSuggested(inpatientChecked("A retired teacher who is allergic to contrast agent came in with a cough."),
                "Z91.041", 5);
    }

    @Test
    void allergyToIodineContrastIsRadiographicDyeAllergyStatus() {
        assertSuggested(inpatientChecked("She reports an allergy to iodine contrast and was scanned without it."),
                "Z91.041", 5);
    }
}

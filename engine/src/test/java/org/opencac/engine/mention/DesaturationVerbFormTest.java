package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/**
 * A patient who "desaturated" or was seen to "desaturate" had the Index's Desaturation, oxygen (R09.02): the verb
 * forms read as the lexicon's noun (word_forms.tsv form rows), and "did not desaturate" is negated.
 */
class DesaturationVerbFormTest {

    @Test
    void thePastTenseDesaturatedIsOxygenDesaturation() {
        List<String> codes = Coded.inpatientCodes("HOSPITAL COURSE: Overnight he desaturated to 84% on room air.\n");
        assertTrue(codes.contains("R09.02"), codes.toString());
    }

    @Test
    void theInfinitiveDesaturateIsOxygenDesaturation() {
        List<String> codes = Coded.inpatientCodes("HOSPITAL COURSE: She was seen to desaturate to 82% while asleep.\n");
        assertTrue(codes.contains("R09.02"), codes.toString());
    }

    @Test
    void didNotDesaturateIsNotCoded() {
        List<String> codes = Coded.inpatientCodes("HOSPITAL COURSE: He walked the hall and did not desaturate.\n");
        assertFalse(codes.contains("R09.02"), codes.toString());
    }
}

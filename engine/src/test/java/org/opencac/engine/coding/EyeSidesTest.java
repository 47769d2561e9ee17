package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

class EyeSidesTest {
    @Test
    void theOphthalmicAbbreviationsAreReadAsTheSidesTheTabularWrites() {
        assertEquals("glaucoma right eye, cataract left eye", EyeSides.writtenOut("glaucoma OD, cataract O.S."));
        assertEquals("drusen bilateral.", EyeSides.writtenOut("drusen OU."));
    }

    @Test
    void lowerCaseAndLongerWordsAreLeftAsWritten() {
        String text = "the os was closed; ODT tablets; DOSE";
        assertSame(text, EyeSides.writtenOut(text));
    }

    @Test
    void anEyeWrittenAsAnAbbreviationSelectsTheSidedCode() {
        assertSuggested(outpatient("Assessment: primary open-angle glaucoma OD."), "H40.1110", 1);
        assertSuggested(outpatient("Assessment: age-related nuclear cataract OU."), "H25.13", 1);
    }
}

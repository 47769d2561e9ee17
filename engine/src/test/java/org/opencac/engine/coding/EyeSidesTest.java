package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

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
        assertSuggested(code("Assessment: primary open-angle glaucoma OD."), "H40.1110", 1);
        assertSuggested(code("Assessment: age-related nuclear cataract OU."), "H25.13", 1);
    }

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }
}

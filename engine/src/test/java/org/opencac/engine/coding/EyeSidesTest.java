package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
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

    @Test
    void reAndLeAreEyeSidesOnlyInATextWritingAnEyeWord() {
        assertEquals("visual acuity 20/60 in the right eye, 20/30 in the left eye",
                EyeSides.writtenOut("visual acuity 20/60 in the RE, 20/30 in the LE"));
        String limb = "2+ pitting LE edema; RE: follow-up visit";
        assertSame(limb, EyeSides.writtenOut(limb));
        String letter = "eye clinic letter RE: Mrs. X";
        assertSame(letter, EyeSides.writtenOut(letter));
        assertSame("Re exam of the eye", EyeSides.writtenOut("Re exam of the eye"));
    }

    @Test
    void anEyeSideWrittenReOrLeSelectsTheSidedEyeCode() {
        assertSuggested(inpatient("Slit lamp: a posterior synechia of the iris in the LE."), "H21.542", 3);
    }

    @Test
    void aLowerExtremityWrittenLeIsNoLeftSide() {
        assertNotSuggested(inpatient("Ankle exam: 2+ LE edema and a deep vein thrombosis of the LE."), "I82.402");
    }
}

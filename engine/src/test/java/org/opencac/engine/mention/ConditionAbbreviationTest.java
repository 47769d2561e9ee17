package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * Bare abbreviations of conditions are mentions, so a negation or a relative before them has something to
 * act on; "HSM" is hepatosplenomegaly only in an abdominal exam (team-written sentences).
 */
class ConditionAbbreviationTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void aDeniedConditionAbbreviationIsANegatedMention() {
        assertEquals("negated", mention(code("No IBD."), "IBD").assertion());
        assertEquals("negated", mention(code("She denies TBI."), "TBI").assertion());
        assertEquals("negated", mention(code("CT head shows no SDH."), "SDH").assertion());
        assertEquals("negated", mention(code("Nares swab negative for MRSA."), "MRSA").assertion());
    }

    @Test
    void hsmIsHepatosplenomegalyInTheAbdomenOnly() {
        assertEquals("negated", mention(code("Abdomen: soft, nontender, no HSM or masses."), "HSM").assertion());
        assertTrue(code("Heart: regular rhythm, grade 3/6 HSM at the apex.").mentions().stream()
                .noneMatch(m -> m.text().equals("HSM") && m.candidateCodes().contains("R16.2")));
    }
}

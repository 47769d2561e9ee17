package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;

/**
 * Bare abbreviations of conditions are mentions, so a negation or a relative before them has something to
 * act on; "HSM" is hepatosplenomegaly only in an abdominal exam (team-written sentences).
 */
class ConditionAbbreviationTest {

    @Test
    void aDeniedConditionAbbreviationIsANegatedMention() {
        assertEquals("negated", mention(outpatient("No IBD."), "IBD").assertion());
        assertEquals("negated", mention(outpatient("She denies TBI."), "TBI").assertion());
        assertEquals("negated", mention(outpatient("CT head shows no SDH."), "SDH").assertion());
        assertEquals("negated", mention(outpatient("Nares swab negative for MRSA."), "MRSA").assertion());
    }

    @Test
    void hsmIsHepatosplenomegalyInTheAbdomenOnly() {
        assertEquals("negated", mention(outpatient("Abdomen: soft, nontender, no HSM or masses."), "HSM").assertion());
        assertTrue(outpatient("Heart: regular rhythm, grade 3/6 HSM at the apex.").mentions().stream()
                .noneMatch(m -> m.text().equals("HSM") && m.candidateCodes().contains("R16.2")));
    }
}

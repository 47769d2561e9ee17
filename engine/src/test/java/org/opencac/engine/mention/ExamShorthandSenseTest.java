package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Exam and review-of-systems abbreviations with more than one sense are read in the sense their sentence
 * gives them: "LAD" beside neck or lymph-node words is lymphadenopathy, beside coronary words the artery;
 * "CP" beside cardiorespiratory words is chest pain, not cerebral palsy (team-written sentences).
 */
class ExamShorthandSenseTest {

    @Test
    void ladInANeckExamIsNegatedLymphadenopathy() {
        var lad = mention(outpatient("Neck is supple without thyromegaly or LAD."), "LAD");
        assertEquals("negated", lad.assertion());
        assertTrue(lad.candidateCodes().contains("R59.9"), lad.candidateCodes().toString());
    }

    @Test
    void ladInACoronaryReportIsTheArteryNotLymphadenopathy() {
        CodingResult r = outpatient("There is an 80% stenosis of the proximal LAD after the first diagonal.");
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("LAD") && m.candidateCodes().contains("R59.9")),
                r.mentions().toString());
    }

    @Test
    void cpInASymptomListIsChestPain() {
        var cp = mention(outpatient("She denies CP, SOB or palpitations."), "CP");
        assertEquals("negated", cp.assertion());
        assertTrue(cp.candidateCodes().contains("R07.9"), cp.candidateCodes().toString());
    }

    @Test
    void cpWithoutACardiorespiratoryWordIsNotChestPain() {
        CodingResult r = outpatient("He has had CP since birth with spastic diplegia.");
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("CP") && m.candidateCodes().contains("R07.9")),
                r.mentions().toString());
    }

    @Test
    void aTestNamedForAnInfectionKeepsItsMentionAndItsNegation() {
        // "hepatitis B" of a surface antigen names a test: not coded, but the negated result is still read
        CodingResult r = outpatient("Hepatitis B surface antigen was not detected.");
        var hep = mention(r, "Hepatitis B");
        assertEquals("negated", hep.assertion());
        assertTrue(r.suggestions().isEmpty(), r.suggestions().toString());
    }
}

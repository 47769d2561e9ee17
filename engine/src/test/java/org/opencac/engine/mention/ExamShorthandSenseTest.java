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
 * Exam and review-of-systems abbreviations with more than one sense are read in the sense their sentence
 * gives them: "LAD" beside neck or lymph-node words is lymphadenopathy, beside coronary words the artery;
 * "CP" beside cardiorespiratory words is chest pain, not cerebral palsy (team-written sentences).
 */
class ExamShorthandSenseTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void ladInANeckExamIsNegatedLymphadenopathy() {
        var lad = mention(code("Neck is supple without thyromegaly or LAD."), "LAD");
        assertEquals("negated", lad.assertion());
        assertTrue(lad.candidateCodes().contains("R59.9"), lad.candidateCodes().toString());
    }

    @Test
    void ladInACoronaryReportIsTheArteryNotLymphadenopathy() {
        CodingResult r = code("There is an 80% stenosis of the proximal LAD after the first diagonal.");
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("LAD") && m.candidateCodes().contains("R59.9")),
                r.mentions().toString());
    }

    @Test
    void cpInASymptomListIsChestPain() {
        var cp = mention(code("She denies CP, SOB or palpitations."), "CP");
        assertEquals("negated", cp.assertion());
        assertTrue(cp.candidateCodes().contains("R07.9"), cp.candidateCodes().toString());
    }

    @Test
    void cpWithoutACardiorespiratoryWordIsNotChestPain() {
        CodingResult r = code("He has had CP since birth with spastic diplegia.");
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("CP") && m.candidateCodes().contains("R07.9")),
                r.mentions().toString());
    }

    @Test
    void aTestNamedForAnInfectionKeepsItsMentionAndItsNegation() {
        // "hepatitis B" of a surface antigen names a test: not coded, but the negated result is still read
        CodingResult r = code("Hepatitis B surface antigen was not detected.");
        var hep = mention(r, "Hepatitis B");
        assertEquals("negated", hep.assertion());
        assertTrue(r.suggestions().isEmpty(), r.suggestions().toString());
    }
}

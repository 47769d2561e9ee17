package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** Erythema listed as a diagnosis is coded; erythema seen on examination is a finding of what is coded. */
class ErythemaListedAsADiagnosisTest {

    @Test
    void erythemaInTheDiagnosticStatementIsCoded() {
        CodingResult r = outpatientChecked("Postoperative diagnosis: erythema of the left ankle.");
        assertTrue(NoteAssert.codes(r).contains("L53.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void erythemaOfTheBladderListedAsADiagnosisIsNoSkinErythema() {
        CodingResult r = outpatientChecked("Postoperative diagnosis: abnormal urine cytology and areas of erythema "
                + "of the bladder.");
        assertFalse(NoteAssert.codes(r).contains("L53.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void erythemaSeenOnExaminationIsNotCoded() {
        CodingResult r = outpatientChecked("Physical examination: mild erythema around the ear.");
        assertFalse(NoteAssert.codes(r).contains("L53.9"), NoteAssert.codes(r).toString());
    }
}

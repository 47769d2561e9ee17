package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Erythema listed as a diagnosis is coded; erythema seen on examination is a finding of what is coded. An organ
 * described as erythematous at cystoscopy is a finding of that organ, not the skin's erythema (L53.9). A delivery
 * the sentence tells as an earlier event is obstetric history, not the delivery encounter (O80).
 */
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

    @Test
    void anErythematousBladderMucosaIsNoSkinErythema() {
        CodingResult r = outpatientChecked("Indication: Cystoscopy showed an erythematous patch of the bladder mucosa "
                + "near the trigone.\nPostoperative diagnosis: bladder lesion.");
        assertFalse(NoteAssert.codes(r).contains("L53.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDeliveryToldAsAnEarlierEventIsNoDeliveryEncounter() {
        CodingResult r = outpatientChecked("Preoperative diagnosis: desires permanent sterilization.\n"
                + "Indications: She is a 29-year-old gravida 3, para 3 who recently had a spontaneous vaginal delivery "
                + "in March.");
        assertTrue(NoteAssert.codes(r).contains("Z30.2"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("O80"), NoteAssert.codes(r).toString());
    }
}

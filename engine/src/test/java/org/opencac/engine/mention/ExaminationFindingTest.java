package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.codeChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Signs a clinician writes in the examination, most often as pertinent negatives: each is a mention (so a
 * coder sees what was ruled out), a negated one codes nothing, a present one is coded only when no coded
 * diagnosis explains it, and a word with an everyday sense ("rubs", "guarding") is read as the sign only in
 * the examination it belongs to.
 */
class ExaminationFindingTest {

    @Test
    void pertinentNegativesOfTheExaminationAreNegatedMentions() {
        CodingResult r = codeChecked("""
                EXAM: Chest has no crackles or rhonchi. Regular rhythm without murmurs, rubs or gallops.
                Extremities show no clubbing. Neck veins flat, no JVD. The abdomen is soft without guarding.
                Sclerae white, she is not jaundiced.
                ASSESSMENT: Palpitations.""", CareSetting.OUTPATIENT);
        for (String sign : new String[] {"crackles", "rhonchi", "rubs", "gallops", "clubbing", "JVD", "guarding",
                "jaundiced"}) {
            assertEquals("negated", mention(r, sign).reason(), sign);
        }
        for (String code : new String[] {"R09.89", "R01.2", "R00.8", "R68.3", "R19.30", "R17"}) {
            assertNotSuggested(r, code);
        }
        assertSuggested(r, "R00.2", 1);
    }

    @Test
    void rubbingAndGuardingOutsideTheirExaminationAreNotSigns() {
        CodingResult r = codeChecked("She rubs the sore spot on her forearm. He kept guarding the healing toe while "
                + "walking.", CareSetting.OUTPATIENT);
        assertEquals("other_sense", mention(r, "rubs").reason());
        assertEquals("other_sense", mention(r, "guarding").reason());
        assertNotSuggested(r, "R01.2");
        assertNotSuggested(r, "R19.30");
    }

    @Test
    void aVesicularMurmurIsABreathSoundNotAHeartMurmur() {
        CodingResult r = codeChecked("Lung auscultation: vesicular murmur diminished over the left base.",
                CareSetting.INPATIENT);
        assertEquals("other_sense", mention(r, "murmur").reason());
        assertNotSuggested(r, "R01.1");
        assertSuggested(codeChecked("Cardiac auscultation revealed a harsh systolic murmur.", CareSetting.INPATIENT),
                "R01.1", 3);
    }

    @Test
    void reboundAloneIsTheAbdominalSignOnlyInTheAbdomen() {
        CodingResult r = codeChecked("EXAM: The abdomen is soft without rebound. Pupils react, no afferent pupillary "
                + "defect.\n"
                + "PLAN: watch for rebound hypertension when the clonidine is stopped.", CareSetting.OUTPATIENT);
        assertEquals("negated", mention(r, "rebound").reason());
        assertEquals("negated", mention(r, "afferent pupillary defect").reason());
        assertNotSuggested(r, "R10.829");
    }

    @Test
    void costovertebralAngleTendernessWrittenAsCvaIsNotAStroke() {
        CodingResult r = codeChecked("Assessment: fever and dysuria with right CVA tenderness on percussion.",
                CareSetting.OUTPATIENT);
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("I63")), NoteAssert.codes(r).toString());
        assertEquals("CVA tenderness", mention(r, "CVA tenderness").text());
    }

    @Test
    void rhonchiAreIntegralToACodedPneumonia() {
        CodingResult r = codeChecked("ASSESSMENT: Community-acquired pneumonia of the left lower lobe with coarse "
                + "rhonchi over the left base.", CareSetting.INPATIENT);
        assertSuggested(r, "J18.9", 1);
        assertNotSuggested(r, "R09.89");
    }

    @Test
    void aGastrointestinalBleedIsCodedAsBleeding() {
        CodingResult r = codeChecked("ASSESSMENT: Upper gastrointestinal bleed, scope tomorrow.",
                CareSetting.INPATIENT);
        assertSuggested(r, "K92.2", 1);
    }
}

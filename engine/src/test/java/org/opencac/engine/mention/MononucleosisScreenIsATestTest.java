package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A mononucleosis screen or antibody test is a test and its result a finding, not the provider's diagnosis
 * (Guidelines III.B, IV.K; trigger_senses.tsv, the B27 row); a sentence telling the disease diagnosed keeps it.
 */
class MononucleosisScreenIsATestTest {

    @Test
    void aPositiveMononucleosisScreenIsNotCodedAsTheDisease() {
        CodingResult r = outpatient("HISTORY OF PRESENT ILLNESS: Sore throat for a week. The infectious mononucleosis"
                + " screen came back positive.\nASSESSMENT: Immune thrombocytopenic purpura.\n");
        NoteAssert.assertSuggested(r, "D69.3", 3);
        NoteAssert.assertNotSuggested(r, "B27.90");
    }

    @Test
    void mononucleosisTheSentenceSaysWasDiagnosedStaysCoded() {
        CodingResult r = outpatient("ASSESSMENT: Infectious mononucleosis, diagnosed by a positive monospot test.\n");
        NoteAssert.assertSuggested(r, "B27.90", 3);
    }
}

package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The pons is part of the brain stem: "pontine" and "brainstem" say the Index's site "brain (stem)", so a pontine
 * infarct is a cerebral infarction (Infarct, brain, see Infarct, cerebral) and a pontine bleed one of the brain stem.
 * A neglect of one side and the attention deficit disorder are read as the Index names them.
 */
class BrainStemSiteTest {

    @Test
    void aPontineOrBrainstemInfarctIsACerebralInfarction() {
        assertSuggested(outpatientChecked("COURSE: The scan showed an infarction in the right pontine tegmentum.\n"),
                "I63.9", 1);
        assertSuggested(outpatientChecked("IMPRESSION: Acute brainstem infarction.\n"), "I63.9", 1);
        assertSuggested(outpatientChecked("IMPRESSION: Pontine hemorrhage.\n"), "I61.3", 1);
    }

    @Test
    void aNeglectOfOneSideIsTheNeurologicNeglectSyndrome() {
        assertSuggested(outpatientChecked("ASSESSMENT: Reading is slowed by a dense left neglect.\n"),
                "R41.4", 1);
    }

    @Test
    void attentionDeficitDisorderIsTheIndexsEntryNotTheSymptom() {
        CodingResult add = outpatientChecked("ASSESSMENT: Attention deficit disorder, currently untreated.\n");
        assertSuggested(add, "F98.8", 1);
        assertNotSuggested(add, "R41.840");
    }
}

package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermNormalizerTest {

    @Test
    void wordOrderAsideTitleAndNoteWordsShareTheirKeys() {
        assertEquals("fracture left femur", TermNormalizer.key("Fractures of the Left Femur"));
    }

    @Test
    void pluralsAreFoldedButLatinEndingsAreKept() {
        assertEquals("rib", TermNormalizer.word("ribs"));
        assertEquals("injury", TermNormalizer.word("injuries"));
        assertEquals("diagnosis", TermNormalizer.word("diagnosis"));
        assertEquals("virus", TermNormalizer.word("virus"));
    }

    @Test
    void anAcronymIsNeverTakenForAPlural() {
        assertEquals("pres", TermNormalizer.word("PRES"));
        assertEquals("pre", TermNormalizer.word("pres"));
    }

    @Test
    void accentsAndPossessivesAreFolded() {
        assertEquals("sjogren", TermNormalizer.word("Sjögren's"));
    }
}

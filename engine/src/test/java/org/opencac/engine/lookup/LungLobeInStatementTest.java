package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** The upper, middle and lower lobes are the lung's, read so in the diagnostic statement only. */
class LungLobeInStatementTest {

    @Test
    void aCarcinomaOfALobeInTheStatementIsOneOfTheLung() {
        CodingResult r = inpatientChecked("Final diagnosis: squamous cell carcinoma of the right lower lobe.");
        assertTrue(NoteAssert.codes(r).contains("C34.31"), NoteAssert.codes(r).toString());
    }

    @Test
    void aLobeInAnOperativeAccountReadsNoLungDisease() {
        CodingResult r = inpatientChecked("Procedure: the scope was advanced and a clot was seen over the right middle "
                + "lobe, "
                + "which was suctioned. Postoperative diagnosis: hemoptysis.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("I26")), NoteAssert.codes(r).toString());
    }
}

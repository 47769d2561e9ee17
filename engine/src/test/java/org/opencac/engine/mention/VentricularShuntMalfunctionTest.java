package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A malfunctioning ventricular shunt is the Index's Malfunction, ventricular (communicating) shunt, a breakdown
 * (T85.01-); an obstructed one stays other mechanical complication (T85.09-). Sentences are our own.
 */
class VentricularShuntMalfunctionTest {

    @Test
    void aShuntMalfunctionIsItsBreakdown() {
        CodingResult r = inpatientChecked("ADMISSION DIAGNOSIS: VP shunt malfunction with headaches and lethargy.\n");
        assertSuggested(r, "T85.01XA", 2);
        assertNotSuggested(r, "T85.09XA");
    }

    @Test
    void anObstructedShuntIsAnotherMechanicalComplication() {
        CodingResult r = inpatientChecked("ADMISSION DIAGNOSIS: Obstructed ventriculoperitoneal shunt, for revision.\n");
        assertSuggested(r, "T85.09XA", 2);
        assertNotSuggested(r, "T85.01XA");
    }
}

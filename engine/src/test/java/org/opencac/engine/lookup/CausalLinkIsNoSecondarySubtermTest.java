package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Secondary to" links a condition to its cause; it does not say the kind the Index's "secondary" subterm
 * names under some main terms ("Osteoarthritis, secondary"), which the adjective before the condition still
 * says. Team-written sentences.
 */
class CausalLinkIsNoSecondarySubtermTest {

    @Test
    void osteoarthritisSecondaryToAnInjuryIsNoSecondaryOsteoarthritisCode() {
        CodingResult r = outpatient("Assessment: Osteoarthritis of the left knee secondary to a fall years ago.");
        assertSuggested(r, "M17.12", 3);
        assertNotSuggested(r, "M17.5");
    }

    @Test
    void secondaryOsteoarthritisWrittenAsSuchKeepsItsCode() {
        assertSuggested(outpatient("Assessment: Secondary osteoarthritis of the right knee."), "M17.5", 3);
    }
}

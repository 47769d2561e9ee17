package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Emphysematous" is emphysema of the lung (J43) only when it is said of the lung: said of a hollow organ, an
 * infection or the soft tissues it is gas in their wall, coded from that condition (trigger_senses.tsv).
 * Sentences are our own.
 */
class EmphysematousAdjectiveSenseTest {

    @Test
    void gasInTheWallOfTheGallbladderIsNotEmphysemaOfTheLung() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nCT showed gas within an emphysematous gallbladder.\n");
        assertNotSuggested(r, "J43.9");
    }

    @Test
    void anEmphysematousInfectionNamedWithoutTheOrganIsNotEmphysemaOfTheLung() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nAdmitted with emphysematous pyelonephritis on the left.\n");
        assertNotSuggested(r, "J43.9");
    }

    @Test
    void emphysematousLungsAreStillEmphysema() {
        assertSuggested(outpatientChecked("ASSESSMENT:\nEmphysematous changes in both lungs, a small renal cyst.\n"),
                "J43.9", 5);
        assertSuggested(outpatientChecked("IMPRESSION:\nHyperinflated emphysematous lungs.\n"), "J43.9", 5);
    }
}

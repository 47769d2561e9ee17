package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A paranasal sinus named as a place (its opening or lining, opened or examined) is anatomy: the Index's bare
 * "Sinus, see also Fistula" and "Fistula, sinus, see Sinusitis" give no sinusitis of the sinus named (team-written).
 */
class ParanasalSinusAsAPlaceTest {

    @Test
    void anOpenedSinusOpeningIsNoSinusitisOfThatSinus() {
        CodingResult r = outpatient("OPERATIVE DIAGNOSES:\nChronic sinusitis with deviated nasal septum.\nOPERATION:\n"
                + "The maxillary ostium and the other sinus ostium were widened with forceps.\n");
        assertSuggested(r, "J32.9", 3);
        assertSuggested(r, "J34.2", 3);
        assertNotSuggested(r, "J32.0");
    }

    @Test
    void aStatedSinusitisIsStillCoded() {
        assertSuggested(outpatient("ASSESSMENT:\n1. Chronic maxillary sinusitis.\n"), "J32.0", 3);
    }
}

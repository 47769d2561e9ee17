package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A kept code whose Excludes1 note names the other candidate's own code as the code of the two together ("defibrillator
 * with synchronous cardiac pacemaker (Z95.810)" at Z95.0) gives way to that code: it reports both devices (I.A.15).
 */
class CombinationCodeNamedInStatusNoteTest {
    @Test
    void aPacemakerDefibrillatorIsTheDefibrillatorStatusNotThePacemakerOne() {
        var r = outpatient("He has a pacemaker ICD.");
        assertSuggested(r, "Z95.810", 1);
        assertNotSuggested(r, "Z95.0");
    }

    @Test
    void aPacemakerToldBesideAnIcdInPlaceIsReportedAsTheDefibrillatorWithPacemaker() {
        var r = outpatient("She has a pacemaker, ICD in place since last year.");
        assertSuggested(r, "Z95.810", 1);
        assertNotSuggested(r, "Z95.0");
    }

    @Test
    void theNoteMustNameTheCandidatesFullCode() {
        org.junit.jupiter.api.Assertions.assertTrue(Excludes1Check.namesCode("with pacemaker (Z95.810)", "Z95.810"));
        org.junit.jupiter.api.Assertions.assertFalse(Excludes1Check.namesCode("cleft lip (Q37.-)", "Q37.1"));
    }
}

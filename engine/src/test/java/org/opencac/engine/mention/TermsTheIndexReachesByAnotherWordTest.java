package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Condition words a note writes where the Index has another entry: a facial laceration is the Index's
 * "Laceration, face NEC" (S01.81), a SLAP tear its "Lesion, SLAP" (S43.43-), a pacemaker at its elective
 * replacement indicator the encounter for the pulse generator (Z45.010), a leaking bowel anastomosis its
 * disruption (T81.320), "breach presentation" the breech presentation transcription misspells (O32.1), and a
 * patient pronounced brain dead the Index's "Death, brain" (G93.82), and a footling breech the Index's "Breech
 * presentation, footling" (O32.8), not the breech presentation of O32.1.
 */
class TermsTheIndexReachesByAnotherWordTest {

    @Test
    void aFacialLacerationIsALacerationOfTheHeadsSpecifiedSite() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Deep facial laceration, 3 cm.\n\n"
                + "PROCEDURE: Layered closure of the laceration.\n");
        assertEquals("S01.81XA", codes.get(0), codes.toString());
    }

    @Test
    void aSlapTearOfTheRightShoulderIsASuperiorGlenoidLabrumLesionOfThatSide() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: SLAP tear, right shoulder.\n\n"
                + "PROCEDURE: Arthroscopic repair with one suture anchor.\n");
        assertTrue(codes.contains("S43.431A"), codes.toString());
    }

    @Test
    void aPacemakerAtItsReplacementIndicatorIsTheEncounterForItsGenerator() {
        List<String> codes = outpatientCodes("INDICATIONS: Pacemaker at ERI.\n\n"
                + "PROCEDURE: Generator change; the old leads were kept.\n");
        assertEquals("Z45.010", codes.get(0), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aLeakingBowelAnastomosisIsItsDisruption() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Anastomotic leak after a low anterior "
                + "resection.\n\nPROCEDURE: Laparotomy and washout.\n");
        assertTrue(codes.contains("T81.320A"), codes.toString());
    }

    @Test
    void aBreachPresentationIsTheMisspelledBreechPresentation() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Intrauterine pregnancy at 39 weeks.\n"
                + "2. Breach presentation.\n\nPROCEDURE: Primary low transverse cesarean section.\n");
        assertTrue(codes.contains("O32.1XX0"), codes.toString());
    }

    @Test
    void aPatientPronouncedBrainDeadHasBrainDeath() {
        List<String> codes = outpatientCodes("HOSPITAL COURSE: After the bleed she lost all brainstem reflexes and "
                + "was pronounced brain dead the next morning.\n");
        assertTrue(codes.contains("G93.82"), codes.toString());
    }

    @Test
    void aFootlingBreechIsAnotherMalpresentation() {
        List<String> codes = outpatientCodes("HISTORY: She is a 30-year-old G2 P1 at 37 weeks' gestation.\n\n"
                + "DIAGNOSIS: Footling breech.\n");
        assertTrue(codes.contains("O32.8XX0"), codes.toString());
        assertFalse(codes.contains("O32.1XX0"), codes.toString());
    }
}

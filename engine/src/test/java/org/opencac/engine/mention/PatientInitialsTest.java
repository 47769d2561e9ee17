package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A short word in capitals that the note writes in a name's place is the patient's initials: after a title, before
 * a verb only a person does, or with a possessive 's before a word; a plural written with an apostrophe and a
 * capital abbreviation elsewhere are no name. Sentences are our own.
 */
class PatientInitialsTest {

    @Test
    void aNameAfterATitleOrBeforeAPersonsVerbIsInitials() {
        assertTrue(TriggerCheck.usedAsInitials("Mr. JK is a 40-year-old man. JK has chest pain.", "JK"));
        assertTrue(TriggerCheck.usedAsInitials("Patient AF is here with pain.", "AF"));
        assertTrue(TriggerCheck.usedAsInitials("Seen today. AF reports pain.", "AF"));
    }

    @Test
    void aPossessiveBeforeAWordIsAName() {
        assertTrue(TriggerCheck.usedAsInitials("AF's symptoms began on Sunday.", "AF"));
        assertTrue(TriggerCheck.usedAsInitials("AF\u2019s past history is long.", "AF"));
    }

    @Test
    void aPluralWithAnApostropheOrAnAbbreviationIsNoName() {
        assertFalse(TriggerCheck.usedAsInitials("He had two MI's in the past.", "MI"));
        assertFalse(TriggerCheck.usedAsInitials("The HA's are daily.", "HA"));
        assertFalse(TriggerCheck.usedAsInitials("Keep the patient NPO until the swallow study.", "NPO"));
        assertFalse(TriggerCheck.usedAsInitials("Paroxysmal AF, on apixaban. AF was rate controlled.", "AF"));
        assertFalse(TriggerCheck.usedAsInitials("LAFB and AF noted.", "AF"));
    }
}

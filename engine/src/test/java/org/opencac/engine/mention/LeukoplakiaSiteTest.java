package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * Leukoplakia is coded by its site (Index: Leukoplakia, by site): the oral default of the bare word is not read
 * where the sentence, or the list item beside it, names another organ (team-written sentences).
 */
class LeukoplakiaSiteTest {

    @Test
    void leukoplakiaOfTheVocalCordIsNoOralLeukoplakia() {
        var r = outpatientChecked("DIAGNOSES:\n1. Leukoplakia of the left vocal cord.\n");
        assertSuggested(r, "J38.3", 3);
        assertNotSuggested(r, "K13.21");
    }

    @Test
    void aBareListItemBesideAVocalCordLesionIsNoOralLeukoplakia() {
        assertNotSuggested(outpatientChecked("DIAGNOSES:\n1. Vocal cord lesion on the right.\n2. Leukoplakia.\n"),
                "K13.21");
    }

    @Test
    void leukoplakiaOfTheTongueKeepsTheOralCode() {
        assertSuggested(outpatientChecked("DIAGNOSES:\n1. Leukoplakia of the lateral tongue.\n"), "K13.21", 3);
    }
}

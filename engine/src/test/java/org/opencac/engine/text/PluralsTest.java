package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plural rule shared by the side and relative readers. */
class PluralsTest {

    @Test
    void aPluralInSIsReadWithoutIt() {
        assertEquals("knee", Plurals.singular("knees"));
        assertEquals("process", Plurals.singular("process"));
        assertEquals("eye", Plurals.singular("eye"));
    }

    @Test
    void aPluralInIesEndsInY() {
        assertEquals("artery", Plurals.singular("arteries"));
        assertEquals("extremity", Plurals.singular("extremities"));
        assertEquals("tie", Plurals.singular("ties"), "a word of four letters drops only the s");
    }

    @Test
    void aSingularWordEndingInIesIsKept() {
        assertEquals("caries", Plurals.singular("caries"));
        assertEquals("series", Plurals.singular("series"));
        assertEquals("species", Plurals.singular("species"));
    }

    @Test
    void conditionWordsKeepLatinSingularsAndFourLetterWords() {
        assertEquals("allergy", Plurals.singular("allergies", Plurals.CONDITION_WORDS));
        assertEquals("polyp", Plurals.singular("polyps", Plurals.CONDITION_WORDS));
        assertEquals("abscess", Plurals.singular("abscess", Plurals.CONDITION_WORDS));
        assertEquals("diabetes", Plurals.singular("diabetes", Plurals.CONDITION_WORDS));
        assertEquals("hydronephrosis", Plurals.singular("hydronephrosis", Plurals.CONDITION_WORDS));
        assertEquals("calculus", Plurals.singular("calculus", Plurals.CONDITION_WORDS));
        assertEquals("ties", Plurals.singular("ties", Plurals.CONDITION_WORDS), "four letters are kept as written");
        assertEquals("diabete", Plurals.singular("diabetes"), "the lists' reader keeps no -tes ending");
    }

    @Test
    void optionsRejectAKeptLengthBelowThree() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Plurals.Options(2, java.util.List.of(), true));
    }
}

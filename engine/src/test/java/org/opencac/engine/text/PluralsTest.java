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
}

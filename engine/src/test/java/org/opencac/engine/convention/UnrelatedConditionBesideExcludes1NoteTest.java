package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.NoteAssert;

/**
 * An Excludes1 note that lists by words one condition of a code holding several ("ureteric stricture without
 * hydronephrosis (N13.5)" at N28.8) keeps apart only that condition: another condition of the code, told in
 * words the note does not use (an obstruction of the ureteropelvic junction), is unrelated to the kept one and
 * both are reported (I.A.12.a). The listed condition, or the kept condition told again in other words, is not.
 */
class UnrelatedConditionBesideExcludes1NoteTest {

    @Test
    void aJunctionObstructionIsReportedBesideAKidneyMass() {
        var r = outpatient("Impression: 1. Mass of the left kidney. 2. Left ureteropelvic junction obstruction.");
        assertSuggested(r, "N28.89", 2);
        assertSuggested(r, "N13.5", 2);
    }

    @Test
    void theStrictureTheNoteListsIsStillNotReportedBesideAKidneyMass() {
        var r = outpatient("Impression: 1. Mass of the left kidney. 2. Left ureteral stricture.");
        assertSuggested(r, "N28.89", 1);
        assertNotSuggested(r, "N13.5");
    }

    @Test
    void aRectalPolypToldAgainAsABenignNeoplasmOfTheRectumIsOneLesion() {
        var r = outpatient("Impression: 1. Polyp in the rectum. 2. Benign neoplasm of rectum.");
        var codes = NoteAssert.codes(r);
        assertTrue(codes.contains("K62.1") != codes.contains("D12.8"), codes.toString());
    }

    @Test
    void listedWordsAreThoseBeforeTheParenthesisNamingTheCodeAlone() {
        ListedConditionWords words = new ListedConditionWords(Set.of("without", "of"));
        assertEquals(Set.of("ureteric", "stricture", "hydronephrosis"),
                words.listedWords("ureteric stricture without hydronephrosis (N13.5)", "N13.5"));
        assertEquals(Set.of(), words.listedWords("type 1 diabetes mellitus (E10.-)", "E10.9"));
        assertEquals(Set.of(), words.listedWords("hydronephrosis with ureteral stricture (N13.1-N13.3)", "N13.2"));
    }

    @Test
    void aCervicalRadiculopathyIsReportedBesideAMedianNerveLesion() {
        var r = outpatient("Assessment: 1. Left median neuropathy at the wrist. 2. Cervical radiculopathy on the right.");
        assertSuggested(r, "G56.12", 1);
        assertSuggested(r, "M54.12", 2);
    }

    @Test
    void aCategoryNamedForAConditionNotOtherwiseSpecifiedListsOnlyThatCondition() {
        ListedConditionWords words = new ListedConditionWords(Set.of("nos"));
        assertEquals(Set.of("radiculitis"), words.listedWords("radiculitis NOS (M54.1-)", "M54.12"));
        assertEquals(Set.of(), words.listedWords("radiculitis NOS (M54.1-)", "M54.2"));
        assertEquals(Set.of(), words.listedWords("radiculitis (M54.1-)", "M54.12"));
    }
}

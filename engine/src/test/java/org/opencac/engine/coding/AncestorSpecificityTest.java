package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A default code gives way to a more specific code of an ancestor only when the note documents every word
 * that code adds: a child chosen by one shared word never brings in a laterality, a morphology or a site the
 * note does not state.
 */
class AncestorSpecificityTest {

    @Test
    void aOneSidedHerniaIsNeverCodedBilateralAndRecurrent() {
        CodingResult r = outpatient("Assessment:\n1. Right inguinal hernia with obstruction.");
        assertSuggested(r, "K40.30", 3);
        assertNotSuggested(r, "K40.01");
    }

    @Test
    void whatADefaultNamesAsAbsentOrUnstatedIsNotDocumentedByIt() {
        // K40.20 says "without obstruction or gangrene, not specified as recurrent": its words "gangrene" and
        // "recurrent" never let K40.11 (with gangrene, recurrent) in.
        CodingResult r = outpatient("Assessment:\n1. Bilateral inguinal hernia.");
        assertSuggested(r, "K40.20", 3);
        assertNotSuggested(r, "K40.11");
        assertSuggested(outpatient("Assessment:\n1. Recurrent bilateral inguinal hernia."), "K40.21", 3);
    }

    @Test
    void whatADefaultLeavesOpenWithUnspecifiedWhetherIsNotDocumentedByIt() {
        // C62.90 is "unspecified whether descended or undescended": its word "undescended" never lets C62.01
        // (undescended right testis) in for a seminoma of the right testis; the side alone gives C62.91.
        CodingResult r = outpatient("Assessment:\n1. Seminoma of the right testis.");
        assertSuggested(r, "C62.91", 3);
        assertNotSuggested(r, "C62.01");
        // J96.00 is "unspecified whether with hypoxia or hypercapnia": an acute respiratory failure said with
        // neither stays J96.00, not J96.01 (with hypoxia)
        CodingResult failure = outpatient("Assessment:\n1. Acute respiratory failure.");
        assertSuggested(failure, "J96.00", 3);
        assertNotSuggested(failure, "J96.01");
    }

    @Test
    void anIntractableEpilepsyOfNoStatedTypeIsNotAnOtherEpilepsy() {
        // G40.804 "Other epilepsy, intractable, ..." adds only "other" to G40.919: no type the note documents
        CodingResult r = outpatient("Assessment:\n1. Intractable epilepsy, on two anticonvulsants.");
        assertSuggested(r, "G40.919", 3);
        assertNotSuggested(r, "G40.804");
    }

    @Test
    void aHistoryOfColonPolypsIsNotAHistoryOfABrainNeoplasm() {
        CodingResult r = outpatient("Assessment:\n1. Personal history of colonic polyps.");
        assertNotSuggested(r, "Z86.011");
    }

    @Test
    void aBreastCancerIsNotAnInflammatoryOneUnlessTheNoteSaysSo() {
        CodingResult r = outpatient("Assessment:\n1. Invasive carcinoma of left breast.");
        assertSuggested(r, "C50.912", 3);
        assertNotSuggested(r, "C50.A2");
    }

    @Test
    void aSideDocumentedAloneDoesNotBringInATypeOfTear() {
        // S83.204A "Other tear ..., left knee" and S83.207A "Unspecified tear ..., left knee" both add "left"
        CodingResult r = outpatient("Assessment:\n1. Meniscus tear of the left knee.");
        assertSuggested(r, "S83.207A", 3);
        assertNotSuggested(r, "S83.204A");
    }

    @Test
    void kneeOsteoarthritisTakesTheSideItsClauseWritesAwayFromTheWord() {
        // the default is one knee, side unstated (M17.10), so a side written before the compartment refines it
        CodingResult r = outpatient("Assessment:\n1. Right medial compartment osteoarthritis of the knee.");
        assertSuggested(r, "M17.11", 3);
        assertNotSuggested(r, "M17.9");
        assertNotSuggested(r, "M17.10");
    }

    @Test
    void kneeOsteoarthritisOfNoStatedSideIsOneKneeUnspecified() {
        CodingResult r = outpatient("Assessment:\n1. Knee osteoarthritis, worse on the stairs.");
        assertSuggested(r, "M17.10", 3);
        assertNotSuggested(r, "M17.9");
    }
}

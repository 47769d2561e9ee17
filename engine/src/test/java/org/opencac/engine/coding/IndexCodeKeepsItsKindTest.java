package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A code the Index reached for a kind of a condition keeps that kind: its head word alone never documents a
 * sibling that leaves the kind out, the residual "Other ..." code or the code of the kind left open.
 */
class IndexCodeKeepsItsKindTest {

    @Test
    void aDiffusePneumoniaStaysTheBronchopneumoniaTheIndexGives() {
        CodingResult r = outpatient("Impression:\n1. Diffuse pneumonia on the chest film today.");
        assertSuggested(r, "J18.0", 3);
        assertNotSuggested(r, "J18.8");
        assertNotSuggested(r, "J18.9");
    }

    @Test
    void anUnspecifiedCodeStillTakesTheSiblingItsClauseDocuments() {
        assertSuggested(outpatient("Assessment:\n1. Chronic kidney disease, stage 3b, stable."), "N18.32", 3);
    }
}

package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A header's default code is never the one "with" a complication whose sibling says "without" it: the complication
 * is a fact the note must tell (team-written sentences).
 */
class ComplicationASiblingDeniesTest {

    @Test
    void aWithTitleWhoseSiblingSaysWithoutIsRecognised() {
        Set<String> kids = Set.of("gastro-esophageal reflux disease with esophagitis, without bleeding",
                "gastro-esophageal reflux disease with esophagitis, with bleeding");
        assertTrue(CodeResolver.withOfWithoutSibling("gastro-esophageal reflux disease with esophagitis, with bleeding",
                kids));
        assertFalse(CodeResolver.withOfWithoutSibling(
                "gastro-esophageal reflux disease with esophagitis, without bleeding", kids));
        // a "with" of the header's own words, no sibling denying it, is no complication to document
        assertFalse(CodeResolver.withOfWithoutSibling("acute appendicitis with localized peritonitis and gangrene",
                Set.of("acute appendicitis with localized peritonitis and gangrene")));
    }

    @Test
    void refluxEsophagitisToldWithoutBleedingIsCodedWithoutBleeding() {
        CodingResult r = outpatient("Postoperative diagnosis: reflux of the esophagus with esophagitis, mild.");
        assertSuggested(r, "K21.00", 3);
        assertNotSuggested(r, "K21.01");
    }
}

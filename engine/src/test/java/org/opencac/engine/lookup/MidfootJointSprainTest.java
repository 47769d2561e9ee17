package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The joints of the midfoot are named by their eponyms: a sprain of the Chopart joint is a sprain of the midtarsal
 * joint, which the Index sends to the foot's specified sites NEC (Sprain, midtarsal), a sprain of the Lisfranc joint
 * one of the tarsometatarsal ligaments, on the side written.
 */
class MidfootJointSprainTest {

    @Test
    void aChopartJointSprainIsTheIndexsMidtarsalSprainOnItsSide() {
        CodingResult r = outpatientChecked("IMPRESSION: Right Chopart joint sprain after a fall from a ladder.\n");
        assertSuggested(r, "S93.691A", 1);
        assertNotSuggested(r, "S93.611A");
        assertNotSuggested(r, "M79.671");
    }

    @Test
    void aLisfrancSprainIsASprainOfTheTarsometatarsalLigament() {
        assertSuggested(outpatientChecked("ASSESSMENT: Left Lisfranc sprain, no fracture on films.\n"), "S93.622A", 1);
    }
}

package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Gangrene (I96) is dead tissue of a limb, skin or organ. Necrosis seen inside a tumour, a granuloma or a biopsy
 * specimen is a feature of that lesion, and skin necrosis named among the risks of an operation is a possibility:
 * neither is gangrene. Gangrene itself, and necrosis of a toe, still code.
 */
class NecrosisOfALesionIsNotGangreneTest {

    @Test
    void necrosisWithinAMassIsAFeatureOfTheMass() {
        CodingResult r = inpatientChecked("Impression: enhancing liver mass measuring 5 cm with a core of necrosis.");
        assertNotSuggested(r, "I96");
        assertEquals("other_code", mention(r, "necrosis").reason());
        assertNotSuggested(inpatientChecked("The core biopsy showed a granuloma with areas of necrosis."), "I96");
    }

    @Test
    void skinNecrosisDiscussedBeforeAnOperationIsARisk() {
        CodingResult r = inpatientChecked("Plan: we discussed wound infection, skin slough and skin necrosis with her "
                + "before the reconstruction.");
        assertNotSuggested(r, "I96");
    }

    @Test
    void necrosisThatHappenedAsAComplicationIsStillCoded() {
        assertSuggested(inpatientChecked("Course: his stay was complicated by dry necrosis of three toes of the right "
                + "foot, a complication of the vasopressors."), "I96", 5);
    }

    @Test
    void gangreneOfAToeIsStillCoded() {
        assertSuggested(inpatientChecked("Diagnosis: dry gangrene of the left fourth toe, biopsy of the ulcer edge "
                + "sent."), "I96", 5);
    }
}

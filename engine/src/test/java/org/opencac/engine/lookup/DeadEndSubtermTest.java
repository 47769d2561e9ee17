package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;

/**
 * A subterm that reads more of the clause and leads to no code keeps a sibling that reads only words of its title
 * from coding another condition: an obstructed coronary artery is no arterial embolism (team-written).
 */
class DeadEndSubtermTest {

    @Test
    void anObstructedCoronaryArteryIsNoArterialEmbolism() {
        assertNotSuggested(inpatient("Catheterization showed an obstruction of 80% of the left coronary artery."), "I74.9");
    }
}

package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The metatarsophalangeal joints are joints of the foot and the metacarpophalangeal joints of the hand: the Index
 * prints them as "foot joint" and "hand joint" (Osteoarthritis, foot joint M19.07-; Contraction, joint, foot joint
 * M24.57-), and where the category's children split the ankle from the foot the site written decides, not the
 * first child of the side (Guidelines I.A.9, I.B.13).
 */
class JointOfTheFootOrHandTest {
    @Test
    void degenerationOfAMetatarsophalangealJointIsOfTheAnkleAndFoot() {
        CodingResult r = outpatient("Assessment: degenerative joint disease of the left first metatarsophalangeal joint.");
        assertSuggested(r, "M19.072", 3);
        assertNotSuggested(r, "M19.90");
    }

    @Test
    void contractureOfAMetatarsophalangealJointIsOfTheFootNotTheAnkle() {
        CodingResult r = outpatient("Assessment: contracted third right metatarsophalangeal joint.");
        assertSuggested(r, "M24.574", 3);
        assertNotSuggested(r, "M24.571");
        assertNotSuggested(r, "M24.59");
    }

    @Test
    void osteoarthritisOfAMetacarpophalangealJointIsOfTheHand() {
        CodingResult r = outpatient("Assessment: osteoarthritis of the right second metacarpophalangeal joint.");
        assertSuggested(r, "M19.041", 3);
    }
}

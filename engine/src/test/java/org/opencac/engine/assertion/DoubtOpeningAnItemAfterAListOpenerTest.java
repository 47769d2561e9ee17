package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A doubt opening a middle item of a list that "including" begins is of that item, as in a comma list; an article
 * may stand before the doubt cue; a doubt earlier in the sentence still holds such a list. Sentences are our own.
 */
class DoubtOpeningAnItemAfterAListOpenerTest {

    @Test
    void aDoubtInAListBegunByIncludingIsOfItsOwnItem() {
        String s = "She reports problems including ankle swelling, some question of dark stools, dizziness, and fatigue.";
        assertFalse(assess(s, "dizziness").uncertain());
        assertFalse(assess(s, "fatigue").uncertain());
        assertTrue(assess(s, "dark stools").uncertain());
    }

    @Test
    void anArticleBeforeTheDoubtCueStillOpensAMiddleItem() {
        assertFalse(assess("He has asthma, obesity, a possible hernia, anemia, and gout.", "anemia").uncertain());
    }

    @Test
    void aDoubtEarlierInTheSentenceHoldsTheListAfterIncluding() {
        String s = "Rule out an infection including an abscess, possible osteomyelitis, and sepsis from any source.";
        assertTrue(assess(s, "sepsis").uncertain());
    }
}

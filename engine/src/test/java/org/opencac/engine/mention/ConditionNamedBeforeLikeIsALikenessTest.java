package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A condition named right before "like" tells what a sensation or an episode is likened to, not a condition
 * diagnosed (trigger_senses.tsv, the T75.4, I63, I20 row read at the next word); the condition told without the
 * likeness stays coded.
 */
class ConditionNamedBeforeLikeIsALikenessTest {

    @Test
    void anElectricShockLikeSensationIsNoElectricShock() {
        CodingResult r = outpatient("HISTORY OF PRESENT ILLNESS: When he bends his head forward he feels an electric"
                + " shock like sensation running into both legs.\nASSESSMENT: Cervical spondylosis.\n");
        NoteAssert.assertNotSuggested(r, "T75.4XXA");
    }

    @Test
    void anElectricShockSustainedStaysCoded() {
        CodingResult r = outpatient("HISTORY OF PRESENT ILLNESS: He received an electric shock from a faulty power"
                + " tool this morning.\nASSESSMENT: Electric shock.\n");
        NoteAssert.assertSuggested(r, "T75.4XXA", 3);
    }
}

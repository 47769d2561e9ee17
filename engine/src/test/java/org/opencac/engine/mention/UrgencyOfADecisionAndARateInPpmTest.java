package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * "The urgency of the situation" says how pressing a decision was, not that the bladder is urgent; a rate
 * written "110 ppm" is a unit, not a permanent pacemaker. The coded senses stay where they are meant.
 */
class UrgencyOfADecisionAndARateInPpmTest {

    @Test
    void theUrgencyOfTheSituationIsNotUrinaryUrgency() {
        assertNotSuggested(inpatientChecked("Because of the urgency of the situation, the surgeons operated that night."),
                "R39.15");
    }

    @Test
    void urinaryUrgencyStaysCoded() {
        assertSuggested(inpatientChecked("Assessment: urgency and frequency of urination for three months."), "R39.15", 3);
    }

    @Test
    void aRateInLowerCasePpmIsNotAPacemaker() {
        assertNotSuggested(inpatientChecked("On arrival her pulse was 140 ppm and her oxygen saturation normal."), "Z95.0");
    }

    @Test
    void aPacemakerWrittenPpmInCapitalsStaysCoded() {
        assertSuggested(inpatientChecked("History: complete heart block, has a PPM since last year."), "Z95.0", 5);
    }
}

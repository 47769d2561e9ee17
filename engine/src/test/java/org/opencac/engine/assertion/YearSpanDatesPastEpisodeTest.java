package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/** A closed span of past years dates the acute episode or injury told in its clause; a lasting condition goes on. */
class YearSpanDatesPastEpisodeTest {
    @Test
    void anInjuryToldInsideASpanOfPastYearsIsHistorical() {
        assertTrue(assessCoded("He reports that in 1998 to 1999 he sustained a severe head injury.",
                "head injury", "S09.90XA").historical());
        assertTrue(assessCoded("Between 2001 and 2003 she was treated twice for cellulitis of the leg.",
                "cellulitis", "L03.90").historical());
    }

    @Test
    void aLastingConditionFoundOverASpanOfYearsStaysCurrent() {
        assertFalse(assessCoded("Between 2002 and 2004 she was found to have asthma, which she still treats.",
                "asthma", "J45.909").historical());
    }
}

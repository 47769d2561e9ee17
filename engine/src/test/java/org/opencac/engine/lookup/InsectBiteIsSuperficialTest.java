package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An insect bite is a superficial injury: "Bite, insect, see Bite, by site, superficial, insect" leads under the
 * site to its "superficial NEC" subterm (the reference names it without the NEC) and then to "insect" (S80.86- for
 * the lower leg), not to the site's open bite (S81.85-). A bug's or mosquito's bite is an insect's.
 */
class InsectBiteIsSuperficialTest {

    @Test
    void anInsectBiteOfTheLegIsTheSuperficialInsectBiteNotAnOpenBite() {
        CodingResult r = outpatient("ASSESSMENT: Several itchy insect bites on the left leg.");
        assertSuggested(r, "S80.862A", 5);
        assertNotSuggested(r, "S81.852A");
    }

    @Test
    void aBugBiteOfTheArmIsAnInsectBite() {
        CodingResult r = outpatient("ASSESSMENT: Bug bites on the right arm, scratched.");
        assertSuggested(r, "S40.861A", 5);
        assertNotSuggested(r, "S41.151A");
    }

    @Test
    void aMosquitoBiteIsAnInsectBite() {
        CodingResult r = outpatient("ASSESSMENT: Mosquito bites on the left leg, mildly swollen.");
        assertSuggested(r, "S80.862A", 5);
        assertNotSuggested(r, "S81.852A");
    }
}

package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A blood group written with "negative" or "-ve" and no "Rh" ("type O negative", "AB -ve") states the Rh factor the
 * Index prints below the group (Blood, type, O, Rh negative Z67.41): index_navigation.tsv reads the group letter and
 * "negative", or "ve" not after a plus sign, as also saying "Rh negative", and the assertion rules read "type AB
 * negative" as a blood group, not a denial (context_rules.json). "Positive" or "+ve" keeps the group's Rh positive
 * default. Sentences are our own.
 */
class BloodGroupRhFactorTest {

    @Test
    void aGroupLetterFollowedByNegativeIsTheRhNegativeGroup() {
        CodingResult o = outpatientChecked("She is gravida 3 and her blood type is O negative.");
        assertSuggested(o, "Z67.41", 5);
        assertNotSuggested(o, "Z67.40");
        CodingResult ab = outpatientChecked("Her blood type is AB negative and she had one prior delivery.");
        assertSuggested(ab, "Z67.31", 5);
        assertNotSuggested(ab, "Z67.30");
    }

    @Test
    void minusVeAfterAGroupIsRhNegative() {
        CodingResult r = outpatientChecked("She is gravida 3 and her blood type is AB -ve.");
        assertSuggested(r, "Z67.31", 5);
        assertNotSuggested(r, "Z67.30");
    }

    @Test
    void positiveOrPlusVeKeepsTheRhPositiveDefault() {
        CodingResult r = outpatientChecked("She is gravida 3 and her blood type is B positive.");
        assertSuggested(r, "Z67.20", 5);
        assertNotSuggested(r, "Z67.21");
        CodingResult plus = outpatientChecked("She is gravida 3 and her blood type is AB +ve.");
        assertSuggested(plus, "Z67.30", 5);
        assertNotSuggested(plus, "Z67.31");
    }
}

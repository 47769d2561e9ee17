package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A doubt read backward ('cannot be excluded') stops at an "and" that joins it to a clause with its own verb: what
 * that clause tells is there; a list that is the doubt's own subject stays in doubt (team-written sentences).
 */
class DoubtAfterAClauseJoinedByAndTest {

    @Test
    void aFindingOfTheClauseBeforeAndIsNotInDoubt() {
        assertFalse(assess("There is narrowing of the vessel beyond the calcified plaque and a dissection cannot be "
                + "excluded.", "calcified plaque").uncertain());
        assertFalse(assess("The patient has a cough and pneumonia cannot be excluded.", "cough").uncertain());
    }

    @Test
    void theDoubtsOwnSubjectAfterAndStaysInDoubt() {
        assertTrue(assess("The patient has a cough and pneumonia cannot be excluded.", "pneumonia").uncertain());
    }

    @Test
    void aListThatIsTheDoubtsSubjectStaysInDoubt() {
        assertTrue(assess("Cholangitis and liver abscess cannot be excluded.", "Cholangitis").uncertain());
        assertTrue(assess("Although the wall is thickened, cholangitis and abscess cannot be excluded.", "cholangitis")
                .uncertain());
    }
}

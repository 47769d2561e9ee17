package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A drug class named by its effect ("oral hypoglycemic agents") is no condition of that effect: the Index walk
 * from the diabetes it treats keeps the type the note gives instead of losing the diabetes (team-written).
 */
class DrugClassIsNoConditionTest {

    @Test
    void diabetesTreatedWithOralHypoglycemicAgentsIsDiabetesWithoutHypoglycemia() {
        CodingResult r = inpatient("He has type 2 diabetes managed with oral hypoglycemic agents and a low sugar "
                + "diet.");
        assertSuggested(r, "E11.9", 3);
        assertNotSuggested(r, "E11.649");
        assertNotSuggested(r, "E16.2");
    }

    @Test
    void hypoglycemicsAsANounAreDrugs() {
        CodingResult r = inpatient("Past history: type 2 diabetes on oral hypoglycemics for ten years.");
        assertSuggested(r, "E11.9", 3);
        assertNotSuggested(r, "E11.649");
    }

    @Test
    void diabetesWithHypoglycemiaIsStillTheCombination() {
        assertSuggested(inpatient("Admitted with type 2 diabetes with hypoglycemia after a missed meal."), "E11.649",
                3);
        assertSuggested(inpatient("Type 2 diabetes with frequent hypoglycemic episodes at night."), "E11.649", 3);
    }
}

package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** A doubt about a link ("possible source of", "suspected cause of") is not a doubt about the conditions it links. */
class DoubtedLinkBetweenConditionsTest {

    @Test
    void aDoubtedSourceLeavesTheHypertensiveKidneyCombinationCoded() {
        CodingResult r = outpatient("Assessment: Chronic kidney disease stage 3 with hypertension possible source of the kidney disease.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("I12")), r.suggestions().toString());
        assertTrue(r.mentions().stream().filter(m -> m.text().contains("possible source"))
                .noneMatch(m -> m.assertion().equals("uncertain")), r.mentions().toString());
    }

    @Test
    void theConditionWhoseCauseIsSoughtIsPresent() {
        CodingResult r = outpatient("Diverticulosis is the suspected cause of his iron deficiency anemia.");
        assertTrue(r.mentions().stream().filter(m -> m.text().contains("anemia"))
                .allMatch(m -> m.assertion().equals("present")), r.mentions().toString());
    }

    @Test
    void aDoubtOnTheConditionItselfStillHolds() {
        CodingResult r = outpatient("Chest film shows possible pneumonia.");
        assertTrue(r.mentions().stream().filter(m -> m.text().contains("pneumonia"))
                .allMatch(m -> m.assertion().equals("uncertain")), r.mentions().toString());
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("J18")), r.suggestions().toString());
    }

    @Test
    void aSearchForAnyFindingIsHypothetical() {
        CodingResult r = outpatient("Endoscopy is planned to look for any ulcer that may need treatment.");
        assertEquals("hypothetical", r.mentions().stream().filter(m -> m.text().contains("ulcer")).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString())).assertion());
    }
}

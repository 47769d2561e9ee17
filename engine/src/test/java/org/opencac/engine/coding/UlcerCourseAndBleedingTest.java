package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A title's "unspecified as acute or chronic" states neither course, and "Chronic or unspecified" makes the course
 * optional: a bleeding ulcer of unstated course is the "chronic or unspecified ... with hemorrhage" code; and
 * "bleeding" in a clause says what a title's "hemorrhage" says (team-written sentences).
 */
class UlcerCourseAndBleedingTest {

    @Test
    void aBleedingUlcerOfUnstatedCourseIsTheChronicOrUnspecifiedCodeWithHemorrhage() {
        CodingResult gastric = inpatient("Assessment: hemorrhage from a gastric ulcer.");
        assertSuggested(gastric, "K25.4", 3);
        assertNotSuggested(gastric, "K25.0");
        assertSuggested(inpatient("Assessment: acute gastric ulcer with hemorrhage."), "K25.0", 3);
    }

    @Test
    void bleedingInTheClauseSelectsTheTitlesHemorrhage() {
        CodingResult duodenal = inpatient("Admitted with bleeding from a duodenal ulcer.");
        assertSuggested(duodenal, "K26.4", 3);
        assertNotSuggested(duodenal, "K26.9");
        assertSuggested(inpatient("Assessment: duodenal ulcer, no bleeding."), "K26.9", 3);
    }
}

package org.opencac.engine.coding;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A title's "unspecified as acute or chronic" states neither course, and "Chronic or unspecified" makes the course
 * optional: a bleeding ulcer of unstated course is the "chronic or unspecified ... with hemorrhage" code; and
 * "bleeding" in a clause says what a title's "hemorrhage" says (team-written sentences).
 */
class UlcerCourseAndBleedingTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.INPATIENT));
    }

    @Test
    void aBleedingUlcerOfUnstatedCourseIsTheChronicOrUnspecifiedCodeWithHemorrhage() {
        CodingResult gastric = code("Assessment: hemorrhage from a gastric ulcer.");
        assertSuggested(gastric, "K25.4", 3);
        assertNotSuggested(gastric, "K25.0");
        assertSuggested(code("Assessment: acute gastric ulcer with hemorrhage."), "K25.0", 3);
    }

    @Test
    void bleedingInTheClauseSelectsTheTitlesHemorrhage() {
        CodingResult duodenal = code("Admitted with bleeding from a duodenal ulcer.");
        assertSuggested(duodenal, "K26.4", 3);
        assertNotSuggested(duodenal, "K26.9");
        assertSuggested(code("Assessment: duodenal ulcer, no bleeding."), "K26.9", 3);
    }
}

package org.opencac.engine.mention;

import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * Findings joined by "and" share the site written after the last of them: "pain and swelling in the right knee"
 * is pain in the right knee; a site joins the first finding only where the lexicon has a term for the two
 * (team-written).
 */
class SharedSiteOfCoordinatedFindingsTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void theFirstFindingTakesTheSiteAfterTheCoordination() {
        assertSuggested(code("Chief complaint: pain and swelling in the right knee for two weeks."), "M25.561", 3);
        assertSuggested(code("She reports pain, stiffness and tingling in the left hand at night."), "M79.642", 3);
    }

    @Test
    void aWordWithoutATermForTheSiteIsCodedAsWritten() {
        CodingResult r = code("Since Monday she has had fever and a rash on the trunk.");
        assertSuggested(r, "R50.9", 3);
        assertSuggested(r, "R21", 3);
    }
}

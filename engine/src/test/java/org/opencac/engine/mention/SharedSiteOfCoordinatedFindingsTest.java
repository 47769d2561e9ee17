package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Findings joined by "and" share the site written after the last of them: "pain and swelling in the right knee"
 * is pain in the right knee; a site joins the first finding only where the lexicon has a term for the two
 * (team-written).
 */
class SharedSiteOfCoordinatedFindingsTest {

    @Test
    void theFirstFindingTakesTheSiteAfterTheCoordination() {
        assertSuggested(outpatient("Chief complaint: pain and swelling in the right knee for two weeks."), "M25.561",
                3);
        assertSuggested(outpatient("She reports pain, stiffness and tingling in the left hand at night."), "M79.642",
                3);
    }

    @Test
    void aWordWithoutATermForTheSiteIsCodedAsWritten() {
        CodingResult r = outpatient("Since Monday she has had fever and a rash on the trunk.");
        assertSuggested(r, "R50.9", 3);
        assertSuggested(r, "R21", 3);
    }
}

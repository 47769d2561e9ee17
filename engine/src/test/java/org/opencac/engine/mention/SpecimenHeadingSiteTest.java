package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A pathology diagnosis written after its specimen heading ("Organ, site, procedure: morphology") takes its site
 * from the heading, as a coder reads it. Sentences are our own.
 */
class SpecimenHeadingSiteTest {

    @Test
    void aMorphologyAfterItsSpecimenHeadingIsCodedAtTheHeadingsSite() {
        assertSuggested(outpatientChecked("FINAL DIAGNOSIS:\n1. Lung, right upper lobe, wedge resection: "
                + "Adenocarcinoma, well "
                + "differentiated.\n"), "C34.11", 3);
        assertSuggested(outpatientChecked("FINAL DIAGNOSIS:\n1. Colon, sigmoid, biopsy: Invasive adenocarcinoma.\n"),
                "C18.7", 3);
    }

    @Test
    void aHeadingThatNamesAConditionIsAStatementNotASpecimen() {
        CodingResult r = outpatientChecked("FINAL DIAGNOSIS:\n1. Abscess of the right lung: adenocarcinoma, well "
                + "differentiated.\n");
        assertNotSuggested(r, "C34.91");
        assertNotSuggested(r, "C34.11");
    }
}

package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Arthrosis is osteoarthritis (Index: Arthrosis, see also Osteoarthritis), and osteoarthritis of the spine is
 * spondylosis (Osteoarthritis, spine, see Spondylosis): an arthrosis written with a region of the spine before it is
 * the spondylosis of that region, not the osteoarthritis of an unspecified site.
 */
class SpinalArthrosisTest {

    @Test
    void anArthrosisNamedByASpinalRegionIsTheSpondylosisOfThatRegion() {
        CodingResult lumbar = inpatient("The woman had known lumbar arthrosis and was admitted for a fall.");
        assertSuggested(lumbar, "M47.816", 5);
        assertNotSuggested(lumbar, "M19.90");
        CodingResult cervical = inpatient("Her history included cervical arthrosis treated with physiotherapy.");
        assertSuggested(cervical, "M47.812", 5);
        CodingResult thoracolumbar = inpatient("He reported dorsolumbar arthrosis for years.");
        assertSuggested(thoracolumbar, "M47.815", 5);
    }

    @Test
    void anArthrosisOfNoNamedSiteStaysTheUnspecifiedOsteoarthritis() {
        CodingResult plain = inpatient("He had hypertension, obesity and arthrosis.");
        assertSuggested(plain, "M19.90", 5);
        assertNotSuggested(plain, "M47.9");
    }
}

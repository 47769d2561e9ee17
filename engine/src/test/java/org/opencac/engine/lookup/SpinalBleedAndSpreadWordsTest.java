package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Index navigation of a spinal epidural bleed (Hemorrhage, spinal (cord) when nontraumatic; Injury, spinal cord,
 * by region when traumatic), of an organism's species name (never read from a disease word sharing its stem),
 * and of "metastatic ... from" and "... metastatic to" (the Index's "Metastasis, cancer, from / to specified
 * site"). Team-written sentences.
 */
class SpinalBleedAndSpreadWordsTest {

    @Test
    void spontaneousSpinalEpiduralHematomaIsASpinalHemorrhage() {
        CodingResult r = outpatient("Impression: spontaneous spinal epidural hematoma found on the scan.");
        assertSuggested(r, "G95.19", 3);
        assertNotSuggested(r, "I62.1");
    }

    @Test
    void spinalEpiduralHemorrhageIsNotTheSkullsEpiduralBleed() {
        CodingResult r = outpatient("Impression: spinal epidural hemorrhage.");
        assertSuggested(r, "G95.19", 3);
        assertNotSuggested(r, "S06.4X9A");
    }

    @Test
    void aSpinalEpiduralBleedIsLookedUpUnderHemorrhageAndItsRegionIsTheSpines() {
        CodingResult r = outpatient("Impression: a thoracic spinal epidural bleed was seen on imaging.");
        assertSuggested(r, "G95.19", 3);
        assertNotSuggested(r, "R04.89");
        assertNotSuggested(r, "S06.4X0A");
    }

    @Test
    void streptococcalPneumoniaWithSepsisIsNoPneumococcalSepsis() {
        assertNotSuggested(outpatient("Assessment: streptococcal pneumonia with sepsis."), "A40.3");
    }

    @Test
    void carcinomaFromTheBladderNamesThePrimary() {
        CodingResult r = outpatient("Assessment: metastatic carcinoma from the bladder.");
        assertSuggested(r, "C67.9", 3);
        assertNotSuggested(r, "C79.11");
    }

    @Test
    void carcinomaOfTheBladderMetastaticToTheLiverNamesThePrimaryBeforeIt() {
        CodingResult r = outpatient("Assessment: bladder carcinoma metastatic to the liver.");
        assertSuggested(r, "C67.9", 3);
        assertSuggested(r, "C78.7", 3);
        assertNotSuggested(r, "C79.11");
    }
}

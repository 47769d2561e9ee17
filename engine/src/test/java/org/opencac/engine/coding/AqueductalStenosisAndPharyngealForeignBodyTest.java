package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A stenosis of the aqueduct of Sylvius is a congenital malformation unless said to be acquired (Index: Stenosis,
 * aqueduct of Sylvius Q03.0; acquired G91.1); an object lodged in the pharynx, its oral or lower part or the
 * vallecula, is a foreign body of the pharynx (Index: Foreign body, pharynx), coded for its initial encounter.
 */
class AqueductalStenosisAndPharyngealForeignBodyTest {
    @Test
    void anAqueductalStenosisIsAMalformationOfTheAqueduct() {
        assertSuggested(outpatient("Postoperative diagnosis: aqueductal stenosis. Third ventriculostomy was done."),
                "Q03.0", 3);
    }

    @Test
    void anAcquiredAqueductalStenosisIsAnObstructiveHydrocephalus() {
        assertSuggested(outpatient("Assessment: acquired aqueductal stenosis after a bleed in the ventricles."),
                "G91.1", 3);
    }

    @Test
    void aForeignBodyInTheValleculaIsAForeignBodyOfThePharynx() {
        assertSuggested(outpatient("Diagnosis: foreign body in the vallecula, seen on the scope; removal planned."),
                "T17.208A", 3);
    }

    @Test
    void anOropharyngealForeignBodyIsAForeignBodyOfThePharynx() {
        assertSuggested(outpatient("Preoperative diagnosis: oropharyngeal foreign body."), "T17.208A", 3);
    }
}

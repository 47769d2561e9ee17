package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** Conditions a case report names in words that no code title prints, read as the code a coder gives them. */
class ConditionsNoTitlePrintsTest {

    @Test
    void anAbscessOfThePsoasIsThePsoasMuscleAbscessNotASiteQuery() {
        assertSuggested(inpatient("Imaging found a right psoas abscess beside the spine."), "K68.12", 3);
    }

    @Test
    void fecalomasAreFecalImpaction() {
        assertSuggested(inpatient("At laparotomy several hard fecalomas filled the sigmoid colon."), "K56.41", 3);
    }

    @Test
    void anEmpyemaUnderTheDuraIsASubduralAbscess() {
        assertSuggested(inpatient("The scan showed a thin subdural empyema over the convexity."), "G06.2", 3);
    }

    @Test
    void aCatarrhalProcessIsTheCommonColdButACatarrhalConjunctivitisIsNot() {
        assertSuggested(inpatient("Last week the boy had a catarrhal process with a runny nose."), "J00", 3);
        CodingResult eye = inpatient("She was treated for a catarrhal conjunctivitis of the left eye.");
        assertNotSuggested(eye, "J00");
    }

    @Test
    void hemovitreousIsAVitreousHemorrhageOfTheSideWritten() {
        assertSuggested(inpatient("On slit lamp review the right eye had a dense hemovitreous."), "H43.11", 3);
    }

    @Test
    void phantomLimbPainIsThePhantomSyndromeWithPain() {
        CodingResult r = inpatient("Since the amputation he reports phantom limb pain at night.");
        assertSuggested(r, "G54.6", 3);
        assertNotSuggested(r, "M79.609");
    }

    @Test
    void keratosisPilarisIsAnEpidermalThickeningNotAnActinicKeratosis() {
        CodingResult r = inpatient("Her upper arms showed keratosis pilaris.");
        assertSuggested(r, "L85.8", 3);
        assertNotSuggested(r, "L57.0");
    }

    @Test
    void theOlderSpellingOfTheOrganismStillNamesPneumocystosis() {
        assertSuggested(inpatient("Bronchoscopy confirmed a Pneumocystis jiroveci pneumonia."), "B59", 3);
    }

    @Test
    void neurosensoryHearingLossIsSensorineural() {
        assertSuggested(inpatient("Audiometry showed a neurosensory hearing loss."), "H90.5", 3);
    }

    @Test
    void anInfravesicalObstructionIsABladderOutletObstruction() {
        assertSuggested(inpatient("He was referred for an infravesical obstruction."), "N32.0", 3);
    }
}

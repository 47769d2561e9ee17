package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An organism the clause names beside an infection is its cause, whatever the wording, so the child or sibling whose
 * title names that organism ("Sepsis due to Escherichia coli [E. coli]") is the code, not the unspecified one
 * (Guidelines I.A.9, I.B.13).
 */
class OrganismNamesTheInfectionsChildTest {
    @Test
    void anAbbreviatedEColiBeforeSepsisIsTheEColiSepsis() {
        CodingResult r = outpatient("Assessment: E. coli sepsis, on intravenous antibiotics.");
        assertSuggested(r, "A41.51", 3);
        assertNotSuggested(r, "A41.50");
    }

    @Test
    void anOrganismWrittenOutAfterSepsisIsItsCause() {
        CodingResult r = outpatient("Assessment: sepsis secondary to Escherichia coli bacteremia.");
        assertSuggested(r, "A41.51", 3);
        assertNotSuggested(r, "A41.9");
    }

    @Test
    void sepsisFromANamedGramNegativeIsThatOrganismsCode() {
        assertSuggested(outpatient("Assessment: sepsis from Serratia, line removed."), "A41.53", 3);
        assertSuggested(outpatient("Assessment: sepsis with Pseudomonas aeruginosa."), "A41.52", 3);
    }

    @Test
    void anAbbreviatedStaphylococcusOfStatedSusceptibilityIsThatSepsis() {
        assertSuggested(outpatient("Assessment: MSSA bacteremia with sepsis."), "A41.01", 3);
    }

    @Test
    void sepsisOfAGramNegativeWithNoCodeOfItsOwnIsOtherGramNegativeSepsis() {
        CodingResult r = outpatient("Assessment: Klebsiella sepsis, afebrile today.");
        assertSuggested(r, "A41.59", 3);
        assertNotSuggested(r, "A41.89");
    }

    @Test
    void sepsisOfNoNamedOrganismStaysUnspecified() {
        CodingResult r = outpatient("Assessment: sepsis, cultures pending.");
        assertSuggested(r, "A41.9", 3);
        assertNotSuggested(r, "A41.51");
    }
}

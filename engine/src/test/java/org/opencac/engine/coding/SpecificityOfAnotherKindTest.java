package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A more specific sibling is read from the mention's own words, not from the words of another mention with the
 * same head word: "febrile" of one seizure and "complex" of another seizure make no complex febrile seizure of a
 * third. A qualifying clause after a comma and a phrase in apposition still document the mention.
 */
class SpecificityOfAnotherKindTest {

    @Test
    void wordsOfOtherSeizuresInTheClauseDoNotSpecifyAThird() {
        CodingResult r = outpatientChecked("He had febrile seizures as a toddler and now has partial complex seizures"
                + " and generalized seizures.");
        assertFalse(NoteAssert.codes(r).contains("R56.01"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("R56.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void wordsOfTwoOtherSeizuresOfTheStatementAreNotJoined() {
        CodingResult r = outpatientChecked("Seizures: febrile seizures last year, partial complex seizures now, and"
                + " generalized seizures today.");
        assertFalse(NoteAssert.codes(r).contains("R56.01"), NoteAssert.codes(r).toString());
    }

    @Test
    void aComplexFebrileSeizureIsComplexFebrile() {
        CodingResult r = outpatientChecked("The toddler had a complex febrile seizure at home.");
        assertTrue(NoteAssert.codes(r).contains("R56.01"), NoteAssert.codes(r).toString());
    }

    @Test
    void detailsAfterACommaStayTheSeizuresOwn() {
        CodingResult r = outpatientChecked("Seizure, complex febrile.");
        assertTrue(NoteAssert.codes(r).contains("R56.01"), NoteAssert.codes(r).toString());
    }

    @Test
    void aPhraseInAppositionRestatesTheConditionWithItsDetail() {
        CodingResult r = outpatientChecked("The boy has undescended testes, bilateral intraabdominal testes on"
                + " laparoscopy.");
        assertTrue(NoteAssert.codes(r).contains("Q53.211"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("Q53.9"), NoteAssert.codes(r).toString());
    }
}

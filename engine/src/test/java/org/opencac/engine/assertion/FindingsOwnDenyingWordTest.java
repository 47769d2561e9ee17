package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding whose own word says it is absent ("abdomen nontender", "afebrile", "sclerae anicteric"): the SELF
 * cue modifies the mention of exactly its words, and no other mention, nor does it end another cue's scope.
 */
class FindingsOwnDenyingWordTest {

    @Test
    void aFindingsOwnDenyingWordNegatesIt() {
        assertTrue(assess("Abdomen is soft, nontender and nondistended.", "nontender").negated());
        assertTrue(assess("Abdomen is soft, nontender and nondistended.", "nondistended").negated());
        assertTrue(assess("She is afebrile today.", "afebrile").negated());
        assertTrue(assess("Sclerae anicteric.", "anicteric").negated());
    }

    @Test
    void theHyphenatedFormIsReadFromItsNon() {
        assertTrue(assess("Abdomen non-tender, non-distended.", "non-tender").negated());
        assertTrue(assess("Respirations non-labored.", "non-labored").negated());
    }

    @Test
    void theDenyingWordModifiesNoOtherMention() {
        for (String text : List.of("Afebrile with a productive cough.", "Abdomen nontender with a palpable mass.")) {
            Assertion a = assess(text, text.contains("cough") ? "productive cough" : "palpable mass");
            assertFalse(a.negated(), text);
        }
    }

    @Test
    void theDenyingWordEndsNoOtherCuesScope() {
        Assertion a = assess("Suspect a nontender cyst or an abscess.", "abscess");
        assertTrue(a.uncertain());
        assertFalse(a.negated());
    }

    @Test
    void aTermTheWordBeginsIsNotDenied() {
        assertFalse(assess("She had an afebrile seizure last year.", "afebrile seizure").negated());
    }
}

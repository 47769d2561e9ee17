package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertEvidenceSlicesNote;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;

/**
 * An organism written with its genus abbreviated ("P. aeruginosa", "E. coli") is read as the organism when the
 * Index is walked, so the combination code of the Index ("Pneumonia, due to, Pseudomonas" J15.1) wins over an
 * unspecified condition code plus a separate agent code (J18.9 + B96.5).
 */
class AbbreviatedOrganismTest {

    private static void combinationOnly(String text, String combination, String... notSuggested) {
        CodingResult r = inpatient(text);
        Suggestion s = assertSuggested(r, combination, 3);
        assertTrue(s.rationale().get(0).startsWith("Index: Pneumonia \u2192") || s.rationale().get(0).contains("pneumonia"),
                s.rationale().toString());
        assertEvidenceSlicesNote(r, text);
        for (String c : notSuggested) {
            assertNotSuggested(r, c);
        }
    }

    @Test
    void pneumoniaDueToAnAbbreviatedPseudomonasIsTheCombinationCode() {
        combinationOnly("Assessment: pneumonia due to P. aeruginosa.", "J15.1", "J18.9", "B96.5");
    }

    @Test
    void pseudomonasPneumoniaWrittenOutIsTheCombinationCode() {
        combinationOnly("Assessment: Pseudomonas pneumonia, improving on cefepime.", "J15.1", "J18.9", "B96.5");
    }

    @Test
    void theAbbreviatedInitialDoesNotEndTheClauseOfThePneumonia() {
        combinationOnly("Impression: pneumonia due to E. coli, on ceftriaxone.", "J15.5", "J18.9", "B96.20");
        combinationOnly("Impression: right lower lobe pneumonia due to H. influenzae.", "J14", "J18.9", "B96.3");
    }

    @Test
    void anAbbreviatedStaphylococcusReachesTheAureusSubterm() {
        combinationOnly("Final diagnosis: S. aureus pneumonia.", "J15.211", "J15.20", "B95.61");
    }

    @Test
    void anAbbreviatedKlebsiellaReachesTheKlebsiellaSubterm() {
        combinationOnly("Final diagnosis: pneumonia due to K. pneumoniae.", "J15.0", "J18.9", "B96.1");
        CodingResult r = inpatient("Final diagnosis: pneumonia due to K. pneumoniae.");
        assertTrue(r.suggestions().get(0).evidence().get(0).text().endsWith("K. pneumoniae"),
                r.suggestions().get(0).evidence().toString());
    }

    @Test
    void anAbbreviatedOrganismBesideAConditionWithoutACombinationStaysTheAgentCode() {
        CodingResult r = inpatient("Assessment: E. coli urinary tract infection.");
        assertSuggested(r, "N39.0", 3);
        assertSuggested(r, "B96.20", 3);
    }
}

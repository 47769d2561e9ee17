package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The adjective "cystic" means cyst-like: it names the cystic duct only with "duct" (the Neoplasm table's
 * "cystic (bile) duct (common)"), and "fibrocystic disease" of the breast is cystic mastopathy, not cystic
 * fibrosis; a "cystic lesion" of an organ is a cyst of it (Cyst, kidney (acquired)), not the congenital cystic
 * disease the Index's Lesion, kidney reaches through Disease, renal (lexicon rows). Sentences are our own.
 */
class CysticAdjectiveSenseTest {

    @Test
    void aCysticTumorIsNotABileDuctNeoplasm() {
        CodingResult r = outpatientChecked("IMPRESSION:\n1. Cystic suprasellar tumor, for resection.\n");
        assertSuggested(r, "D49.6", 3);
        assertNotSuggested(r, "D49.0");
    }

    @Test
    void theCysticDuctIsStillItsOwnSite() {
        assertSuggested(outpatientChecked("IMPRESSION:\nNeoplasm of the cystic duct, biopsy pending.\n"),
                "D49.0", 3);
        assertSuggested(outpatientChecked("IMPRESSION:\nA stone in the cystic duct.\n"), "K80.20", 3);
    }

    @Test
    void fibrocysticDiseaseOrChangesOfTheBreastAreCysticMastopathy() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nFibrocystic changes of the right breast, stable.\n");
        assertSuggested(r, "N60.11", 3);
        assertNotSuggested(r, "E84.9");
        CodingResult biopsy = outpatientChecked("ASSESSMENT:\nA needle biopsy of her left breast showed "
                + "fibrocystic disease only.\n");
        assertSuggested(biopsy, "N60.12", 3);
        assertNotSuggested(biopsy, "E84.9");
        CodingResult heading = outpatientChecked("FINAL DIAGNOSIS:\nBreast, left, core biopsy: Fibrocystic changes.\n");
        assertSuggested(heading, "N60.12", 3);
        assertNotSuggested(heading, "E84.9");
    }

    @Test
    void theBreastNamedInAnotherClauseOfTheSentenceStillSelectsTheBreastSubterm() {
        CodingResult r = outpatientChecked("HISTORY:\nLast spring she had a core biopsy of the left breast, which "
                + "found fibrocystic disease and nothing else.\n");
        assertSuggested(r, "N60.12", 3);
        assertNotSuggested(r, "E84.9");
    }

    @Test
    void aCysticLesionOfTheKidneyIsAnAcquiredRenalCystNotACongenitalCysticKidney() {
        CodingResult r = outpatientChecked("IMPRESSION:\nA small cystic lesion in the kidney, for an "
                + "ultrasound next month.\n");
        assertSuggested(r, "N28.1", 3);
        assertNotSuggested(r, "Q61.9");
    }

    @Test
    void cysticFibrosisItselfIsUnchanged() {
        assertSuggested(outpatientChecked("ASSESSMENT:\nCystic fibrosis, seen by her pulmonologist.\n"), "E84.9", 3);
    }
}

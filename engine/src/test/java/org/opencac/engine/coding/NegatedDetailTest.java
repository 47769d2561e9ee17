package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** What a clause says a condition does not have never selects a more specific code. */
class NegatedDetailTest {

    @Test
    void aNegatedPartRunsFromTheNegationWordToTheEndOfItsClausePart() {
        Set<String> negations = Set.of("no", "not", "without");
        assertEquals("COPD, ", CodeResolver.withoutNegatedParts("COPD, not in exacerbation", negations));
        assertEquals("Asthma, ; cough.", CodeResolver.withoutNegatedParts("Asthma, No acute exacerbation; cough.",
                negations));
        assertEquals("Acute exacerbation of COPD", CodeResolver.withoutNegatedParts("Acute exacerbation of COPD",
                negations));
        assertEquals("knot nothing", CodeResolver.withoutNegatedParts("knot nothing", negations));
    }

    @Test
    void wordsLongerThanEveryNegationOrBeyondAsciiAreReadAsBefore() {
        Set<String> negations = Set.of("no", "not", "without", "s\u00e4r");
        assertEquals("Notably better, ; wound ", CodeResolver.withoutNegatedParts(
                "Notably better, not worse; wound WITHOUT pus", negations));
        assertEquals("Pain, . Dyspn\u00f6a", CodeResolver.withoutNegatedParts("Pain, S\u00c4R x. Dyspn\u00f6a",
                negations));
        assertEquals("'no' said, ", CodeResolver.withoutNegatedParts("'no' said, no", negations));
        String untouched = "Chronic obstructive pulmonary disease";
        assertEquals(untouched, CodeResolver.withoutNegatedParts(untouched, negations));
    }

    @Test
    void wordsOfANegationsLengthOrFirstLetterOnlyAreKept() {
        Set<String> negations = Set.of("no", "not", "without", "\u00f1o");
        assertEquals("Nab now wit within, ; mild", CodeResolver.withoutNegatedParts(
                "Nab now wit within, NOT severe; mild", negations));
        assertEquals("Gait steady, ", CodeResolver.withoutNegatedParts("Gait steady, Without aid", negations));
        assertEquals("Tos ", CodeResolver.withoutNegatedParts("Tos \u00d1o fiebre", negations));
    }

    @Test
    void anExacerbationTheStatementDeniesIsNotCoded() {
        CodingResult copd = outpatient("Assessment:\n1. COPD, not in exacerbation.");
        assertSuggested(copd, "J44.9", 3);
        assertNotSuggested(copd, "J44.1");
        CodingResult asthma = outpatient("Assessment:\n1. Asthma, no acute exacerbation.");
        assertSuggested(asthma, "J45.909", 3);
        assertNotSuggested(asthma, "J45.901");
    }

    @Test
    void anExacerbationTheStatementDocumentsIsStillCoded() {
        assertSuggested(outpatient("Assessment:\n1. Acute exacerbation of COPD."), "J44.1", 3);
        assertSuggested(outpatient("Assessment:\n1. Asthma with acute exacerbation."), "J45.901", 3);
        assertSuggested(outpatient("Assessment:\n1. Acute on chronic systolic heart failure, no edema."), "I50.23", 3);
    }
}

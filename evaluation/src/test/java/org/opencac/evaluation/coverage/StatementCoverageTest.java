package org.opencac.evaluation.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCoverageTest {
    private static List<String> pieces(String text) {
        return StatementCoverage.phrases(text, 0, text.length()).stream()
                .map(p -> text.substring(p[0], p[1]).strip()).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void aNumberedStatementIsCutIntoItsItems() {
        assertEquals(List.of("Chest pain", "Essential hypertension", "Fracture, left wrist"),
                pieces("1.  Chest pain.,2.  Essential hypertension.,3.  Fracture, left wrist."));
    }

    @Test
    void aListWrittenOnOneLineIsCutAtCommasBeforeACapital() {
        assertEquals(List.of("Asthma", "Obesity", "Reflux"), pieces("Asthma, Obesity, Reflux"));
    }

    @Test
    void theHeadIsTheLastWordBeforeAPrepositionOrConjunction() {
        assertEquals("fracture", StatementCoverage.head(List.of("closed", "fracture", "of", "the", "radius")));
        assertEquals("pneumonia", StatementCoverage.head(List.of("community", "acquired", "pneumonia")));
        assertEquals("failure", StatementCoverage.head(List.of("renal", "failure", "secondary", "to", "dehydration")));
    }
}

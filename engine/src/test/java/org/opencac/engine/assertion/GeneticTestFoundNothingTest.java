package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.testing.NoteAssert;

/**
 * A genetic test written after the chromosomal abnormality it looked for ("a karyotype and a fragile X analysis
 * were normal") and that found nothing rules the abnormality out; a known syndrome in another clause keeps its place
 * (team-written notes).
 */
class GeneticTestFoundNothingTest {
    private static List<String> codes(String text) {
        return NoteAssert.codes(code(text, CareSetting.OUTPATIENT));
    }

    @Test
    void aNormalGeneticAnalysisRulesOutTheSyndromeNamedBeforeIt() {
        List<String> codes = codes("HISTORY: A toddler with slow walking. A fragile X analysis was unremarkable, as was "
                + "the karyotype.\n");
        assertFalse(codes.contains("Q99.2"), codes.toString());
        codes = codes("HISTORY: A boy with slow speech. Karyotype and fragile X analysis were normal.\n");
        assertFalse(codes.contains("Q99.2"), codes.toString());
    }

    @Test
    void aKnownSyndromeInAnotherClauseIsNotDenied() {
        List<String> codes = codes("HISTORY: He has fragile X syndrome, and his karyotype analysis was normal.\n");
        assertTrue(codes.contains("Q99.2"), codes.toString());
    }
}

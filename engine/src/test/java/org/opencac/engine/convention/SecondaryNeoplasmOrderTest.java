package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;

/** A first-listed primary malignancy's secondary sites follow it, ahead of the other conditions. */
class SecondaryNeoplasmOrderTest {
    private static CodeCandidate candidate(String code) {
        return new CodeCandidate(code, code, 0.9, List.of(), List.of());
    }

    private static List<String> order(String... codes) {
        Document doc = Document.of(new Note("x", CareSetting.INPATIENT)).withCandidates(
                Arrays.stream(codes).map(SecondaryNeoplasmOrderTest::candidate).toList());
        return SecondaryNeoplasmOrder.standard().process(doc).candidates().stream().map(CodeCandidate::code).toList();
    }

    @Test
    void metastasesOfTheFirstListedPrimaryComeBeforeItsSymptoms() {
        assertEquals(List.of("C53.9", "C78.6", "C78.00", "R11.0", "K59.00"),
                order("C53.9", "R11.0", "C78.6", "K59.00", "C78.00"));
    }

    @Test
    void metastasesStayWhereTheyAreWhenTheFirstListedIsNoPrimary() {
        assertEquals(List.of("R11.0", "C53.9", "C78.6"), order("R11.0", "C53.9", "C78.6"));
    }

    @Test
    void aLymphomaFirstListedHasNoSecondarySitesMoved() {
        assertEquals(List.of("C83.30", "R50.9", "C77.0"), order("C83.30", "R50.9", "C77.0"));
    }
}

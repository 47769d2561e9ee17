package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opencac.engine.testing.CandidateDocs.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;

class SupplementaryCodeOrderTest {

    private static Document withCodes(String... codes) {
        List<CodeCandidate> c = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            c.add(new CodeCandidate(codes[i], "title of " + codes[i], 0.8, List.of(i), List.of("Index: test")));
        }
        return Document.of(new Note("x", CareSetting.INPATIENT)).withCandidates(c);
    }

    @Test
    void historyAndStatusCodesFollowTheConditionsInTheirOwnOrder() {
        Document d = SupplementaryCodeOrder.standard().process(withCodes("K35.80", "Z87.891", "I10", "Z79.4", "E11.9"));
        assertEquals(List.of("K35.80", "I10", "E11.9", "Z87.891", "Z79.4"), codes(d));
    }

    @Test
    void aFirstListedSupplementaryCodeKeepsItsPlace() {
        Document d = SupplementaryCodeOrder.standard().process(withCodes("Z85.3", "Z90.10", "C79.51"));
        assertEquals(List.of("Z85.3", "C79.51", "Z90.10"), codes(d));
    }

    @Test
    void encounterReasonCodesAreNotSupplementary() {
        Document in = withCodes("C50.911", "Z51.11", "I10");
        assertSame(in, SupplementaryCodeOrder.standard().process(in));
    }

    @Test
    void aMalformedRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SupplementaryCodeOrder.Rule("Z8-Z87", "x"));
    }
}

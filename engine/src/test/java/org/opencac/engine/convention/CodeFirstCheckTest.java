package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

class CodeFirstCheckTest {

    private static List<CodeCandidate> ordered(CodeCandidate... c) {
        Document d = Document.of(new Note("x", CareSetting.OUTPATIENT)).withCandidates(List.of(c));
        return new CodeFirstCheck(TestModels.models().codeSet()).process(d).candidates();
    }

    private static CodeCandidate cand(String code, String title, int mention) {
        return new CodeCandidate(code, title, 0.8, List.of(mention), List.of("Index: test"));
    }

    @Test
    void lowVisionComesAfterTheEyeDiseaseThatCausesIt() {
        List<CodeCandidate> out = ordered(cand("H54.7", "Unspecified visual loss", 0),
                cand("H35.30", "Unspecified macular degeneration", 1));
        assertEquals(List.of("H35.30", "H54.7"), out.stream().map(CodeCandidate::code).toList());
        assertTrue(out.get(1).rationale().stream().anyMatch(r -> r.startsWith("Code first: sequenced after H35.30")),
                out.get(1).rationale().toString());
    }

    @Test
    void lowVisionStaysFirstBesideAConditionThatIsNoCauseOfIt() {
        List<CodeCandidate> out = ordered(cand("H54.7", "Unspecified visual loss", 0),
                cand("I10", "Essential (primary) hypertension", 1),
                cand("H52.4", "Presbyopia", 2));
        assertEquals(List.of("H54.7", "I10", "H52.4"), out.stream().map(CodeCandidate::code).toList());
    }
}

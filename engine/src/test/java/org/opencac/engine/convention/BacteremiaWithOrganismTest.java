package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/**
 * Bacteremia with its organism is R78.81 plus the organism's B95-B97 code: no Excludes1 note pairs them
 * (B96.1 carries only chapter 1's "certain localized infections", which names no code), so neither removes
 * the other; R78.81 gives way only to a code whose note excludes "bacteremia NOS (R78.81)" (sepsis, A41).
 */
class BacteremiaWithOrganismTest {

    @Test
    void anAgentCodeNeverExcludesTheBacteremiaItCauses() {
        Document d = new Excludes1Check(TestModels.models().codeSet()).process(
                Document.of(new Note("x", CareSetting.INPATIENT)).withCandidates(List.of(
                        new CodeCandidate("B96.1", "Klebsiella pneumoniae [K. pneumoniae] as the cause of diseases"
                                + " classified elsewhere", 0.9, List.of(0), List.of("test")),
                        new CodeCandidate("R78.81", "Bacteremia", 0.8, List.of(1), List.of("test")))));
        assertEquals(List.of("B96.1", "R78.81"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void abbreviatedKlebsiellaBacteremiaKeepsTheBacteremiaAndTheAgent() {
        for (String note : List.of("Assessment: K. pneumoniae bacteremia.",
                "Assessment: bacteremia due to K. pneumoniae, on ceftriaxone.",
                "Blood cultures grew K. pneumoniae.\nAssessment: 1. K. pneumoniae bacteremia. 2. Urinary tract infection.")) {
            List<String> codes = inpatientCodes(note);
            assertTrue(codes.contains("R78.81") && codes.contains("B96.1"), note + " -> " + codes);
        }
    }

    @Test
    void sepsisStillExcludesBacteremiaNos() {
        List<String> codes = inpatientCodes("Assessment: sepsis. Bacteremia on admission.");
        assertTrue(codes.contains("A41.9") && !codes.contains("R78.81"), codes.toString());
    }
}

package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.cand;
import static org.opencac.engine.testing.CandidateDocs.codes;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.testing.CandidateDocs;
import org.opencac.engine.testing.TestModels;

/** Guidelines I.C.1.d.1-2: severe sepsis and septic shock follow the sepsis they are (team-written sentences). */
class UnderlyingInfectionCheckTest {
    private static final ManifestationCodeCheck CHECK = ManifestationCodeCheck.standard(
            TestModels.models().codeSet(), ManifestationCodeCheck.Pairing.UNDERLYING_INFECTION);

    @Test
    void septicShockAloneBringsTheSepsisRightBeforeIt() {
        Document d = CHECK.process(doc(cand("J18.9", 0), cand("R65.21", 1), cand("E87.2", 2)));
        assertEquals(List.of("J18.9", "A41.9", "R65.21", "E87.2"), codes(d));
        assertEquals(List.of(1), d.candidates().get(1).mentions());
    }

    @Test
    void aSepsisByOrganismAlreadyCodedIsNotJoinedByAnother() {
        Document in = doc(cand("A41.01", 0), cand("R65.21", 1));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void aSepsisAfterAProcedureIsTheUnderlyingInfection() {
        Document in = doc(cand("T81.44XA", 0), cand("R65.20", 1));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void severeSepsisAndSepticShockBringOneSepsis() {
        assertEquals(List.of("A41.9", "R65.20", "R65.21"), codes(CHECK.process(doc(cand("R65.20", 0), cand("R65.21", 1)))));
    }

    @Test
    void aRuleWhoseInfectionIsNoBillableCodeFails() {
        List<ManifestationCodeCheck.Rule> rules = ManifestationCodeCheck.read(
                "r1\tR65.2\tA41\tA40,A41\tI.C.1.d\tsepsis\n".getBytes(StandardCharsets.UTF_8), "test.tsv");
        assertThrows(IllegalArgumentException.class,
                () -> new ManifestationCodeCheck(TestModels.models().codeSet(),
                        ManifestationCodeCheck.Pairing.UNDERLYING_INFECTION, rules));
    }

    @Test
    void aNoteTellingOfSepticShockFromALungInfectionCodesSepsisShockAndPneumonia() {
        List<String> codes = inpatientCodes("Assessment: septic shock from a right lower lobe pneumonia, on pressors.\n");
        assertTrue(codes.containsAll(List.of("A41.9", "R65.21")), codes.toString());
        assertTrue(codes.indexOf("A41.9") < codes.indexOf("R65.21"), codes.toString());
    }

    @Test
    void aRuledOutSepticShockBringsNoSepsis() {
        List<String> codes = inpatientCodes("Assessment: hypotension after the bleed, septic shock was excluded.\n");
        assertFalse(codes.contains("A41.9") || codes.contains("R65.21"), codes.toString());
    }

    private static Document doc(CodeCandidate... c) {
        return CandidateDocs.doc(CareSetting.INPATIENT, c);
    }
}

package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.cand;
import static org.opencac.engine.testing.CandidateDocs.codes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.testing.CandidateDocs;
import org.opencac.engine.testing.TestModels;

/** Guidelines I.A.13: a disease that is itself a dementia is coded with its dementia (team-written sentences). */
class ManifestationCodeCheckTest {
    private static final ManifestationCodeCheck CHECK = ManifestationCodeCheck.standard(
            TestModels.models().codeSet(), ManifestationCodeCheck.Pairing.MANIFESTATION);

    @Test
    void alzheimerDiseaseBringsItsDementiaRightAfterIt() {
        Document d = CHECK.process(doc(cand("I10", 0), cand("G30.9", 1), cand("E78.5", 2)));
        assertEquals(List.of("I10", "G30.9", "F02.80", "E78.5"), codes(d));
        assertEquals(List.of(1), d.candidates().get(2).mentions());
    }

    @Test
    void aDementiaAlreadyCodedIsNotAddedAgain() {
        Document in = doc(cand("G30.1", 0), cand("F02.B0", 1));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void twoCodesOfTheDiseaseBringOneDementia() {
        assertEquals(List.of("G30.1", "F02.80", "G31.83"), codes(CHECK.process(doc(cand("G30.1", 0), cand("G31.83", 1)))));
    }

    @Test
    void aRuleWhoseManifestationIsNoBillableCodeFails() {
        List<ManifestationCodeCheck.Rule> rules = ManifestationCodeCheck.read(
                "r1\tG30\tF02\tF01-F03\tI.A.13\tdementia\n".getBytes(StandardCharsets.UTF_8), "test.tsv");
        assertThrows(IllegalArgumentException.class,
                () -> new ManifestationCodeCheck(TestModels.models().codeSet(),
                        ManifestationCodeCheck.Pairing.MANIFESTATION, rules));
    }

    @Test
    void aNoteNamingAlzheimerDementiaCodesTheDiseaseAndTheDementia() {
        List<String> codes = outpatientCodes("Assessment: Alzheimer dementia, stable on her current dose.\n");
        assertTrue(codes.containsAll(List.of("G30.9", "F02.80")), codes.toString());
        assertTrue(codes.indexOf("G30.9") < codes.indexOf("F02.80"), codes.toString());
    }

    @Test
    void aSevereDementiaOfAlzheimerDiseaseKeepsItsSeverity() {
        List<String> codes = outpatientCodes("Assessment: severe dementia of the Alzheimer type, now bedbound.\n");
        assertTrue(codes.containsAll(List.of("G30.9", "F02.C0")), codes.toString());
        assertFalse(codes.contains("F03.C0") || codes.contains("F02.80"), codes.toString());
    }

    @Test
    void aSeverityWordBeforeAlzheimerDementiaChoosesTheSeverityChild() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Severe Alzheimer dementia, lives with her son.\n");
        assertTrue(codes.containsAll(List.of("G30.9", "F02.C0")), codes.toString());
        assertFalse(codes.contains("F02.80"), codes.toString());
    }

    @Test
    void aSeverityWordAfterACommaEndingThePhraseChoosesTheSeverityChild() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Alzheimer dementia, mild.\n2. Hypertension.\n");
        assertTrue(codes.contains("F02.A0"), codes.toString());
        assertFalse(codes.contains("F02.80"), codes.toString());
    }

    @Test
    void aSeverityBetweenTwoStagesTakesTheHigher() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Moderate-to-severe Alzheimer dementia.\n");
        assertTrue(codes.contains("F02.C0"), codes.toString());
    }

    @Test
    void anAdvancedAlzheimerDiseaseIsASevereDementia() {
        List<String> codes = outpatientCodes(
                "HISTORY:\nAn 80-year-old woman with advanced Alzheimer's, here after a fall.\n");
        assertTrue(codes.containsAll(List.of("G30.9", "F02.C0")), codes.toString());
    }

    @Test
    void aSeverityWordOfAnotherConditionIsNotTheDementias() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Alzheimer dementia, severe aortic stenosis.\n");
        assertTrue(codes.contains("F02.80"), codes.toString());
        assertFalse(codes.contains("F02.C0"), codes.toString());
    }

    @Test
    void anAlzheimerWingOfACareHomeIsNoDisease() {
        List<String> codes = outpatientCodes("She moved into the Alzheimer wing of her care home last month.\n");
        assertFalse(codes.contains("G30.9") || codes.contains("F02.80"), codes.toString());
    }

    private static Document doc(CodeCandidate... c) {
        return CandidateDocs.doc(CareSetting.OUTPATIENT, c);
    }
}

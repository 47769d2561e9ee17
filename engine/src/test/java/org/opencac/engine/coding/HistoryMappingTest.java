package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.Code;

class HistoryMappingTest {
    private static final HistoryMapping HISTORY = HistoryMapping.standard(TestModels.models().codeSet());
    private static final Assertion RELATIVE =
            new Assertion(0, false, false, false, false, Experiencer.FAMILY, List.of("mother"));
    private static final Assertion PAST =
            new Assertion(0, false, false, false, true, Experiencer.PATIENT, List.of("history of"));

    private final List<String> why = new ArrayList<>();
    private final List<MentionDecision> decisions = new ArrayList<>();

    private static Code code(String c) {
        return TestModels.models().codeSet().get(c).orElseThrow();
    }

    @Test
    void aStatusSaidInThePastIsStillCurrent() {
        // "kidney transplant in 2010": the transplant status holds today.
        assertEquals("Z94.0", HISTORY.mapPastCondition(0, PAST, code("Z94.0"), why, decisions).code());
        assertTrue(why.get(0).startsWith("Status"), why.toString());
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aPastExposureToAHazardIsStillTheExposureCode() {
        // "a history of exposure to asbestos": the exposure code reports an exposure already past when told.
        assertEquals("Z77.090", HISTORY.mapPastCondition(0, PAST, code("Z77.090"), why, decisions).code());
        assertTrue(decisions.isEmpty(), decisions.toString());
        List<String> codes = inpatientCodes("HISTORY OF PRESENT ILLNESS: He worked in a shipyard and has a history of "
                + "exposure to asbestos in the past. He now has a cough.\nASSESSMENT: Chronic cough.");
        assertTrue(codes.contains("Z77.090"), codes.toString());
    }

    @Test
    void aHistoryCodeMissingFromTheCodeSetIsNoRecoding() throws IOException {
        // tables naming a history code the code set in use does not have (Z80.99 does not exist)
        HistoryCodeMap tables = HistoryCodeMap.read(
                stream("from\tto\tnote\nC50\tZ80.99\tnot in the code set\n"), "fam.tsv",
                stream("from\tto\tnote\nC50\tZ85.99\tnot in the code set\n"), "per.tsv");
        HistoryMapping mapping = new HistoryMapping(TestModels.models().codeSet(), tables, List.of());
        assertNull(mapping.mapRelativeOrNamed(0, RELATIVE, code("C50.911"), why, decisions));
        assertEquals(NotCodedReason.FAMILY_NO_CODE, decisions.get(0).reason());
        assertNull(mapping.mapPastCondition(1, PAST, code("C50.911"), why, decisions));
        assertEquals(NotCodedReason.HISTORY_NO_CODE, decisions.get(1).reason());
        assertTrue(why.isEmpty(), why.toString());
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRelativesConditionIsCodedAsFamilyHistory() {
        assertTrue(HISTORY.isRelativeOrNamedHistory(RELATIVE, code("C50.911")));
        assertEquals("Z80.3", HISTORY.mapRelativeOrNamed(0, RELATIVE, code("C50.911"), why, decisions).code());
        assertEquals(NotCodedReason.FAMILY_HISTORY, decisions.get(0).reason());
    }

    @Test
    void aHistoryCodeTheDocumentationNamesIsKept() {
        Assertion present = Assertion.present(0);
        assertTrue(HISTORY.isRelativeOrNamedHistory(present, code("Z80.0")));
        assertSame(code("Z80.0"), HISTORY.mapRelativeOrNamed(0, present, code("Z80.0"), why, decisions));
        assertTrue(why.get(0).startsWith("Family history code named"), why.toString());
        assertEquals(NotCodedReason.FAMILY_HISTORY, decisions.get(0).reason());
    }

    @Test
    void aPersonalHistoryCodeSaidOfARelativeBecomesTheirFamilyHistory() {
        assertEquals("Z80.3", HISTORY.mapRelativeOrNamed(0, RELATIVE, code("Z85.3"), why, decisions).code());
    }

    @Test
    void thePatientsCurrentConditionIsNotHistoryMapped() {
        assertFalse(HISTORY.isRelativeOrNamedHistory(Assertion.present(0), code("C50.911")));
    }

    @Test
    void aPastConditionIsCodedAsPersonalHistory() {
        assertEquals("Z85.3", HISTORY.mapPastCondition(0, PAST, code("C50.911"), why, decisions).code());
        assertEquals(NotCodedReason.PERSONAL_HISTORY, decisions.get(0).reason());
    }

    @Test
    void aChronicConditionSaidWithHistoryOfStaysCurrent() {
        assertSame(code("I10"), HISTORY.mapPastCondition(0, PAST, code("I10"), why, decisions));
        assertTrue(why.get(0).startsWith("Chronic condition"), why.toString());
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aUrethralStrictureOrNeurogenicBladderSaidWithHistoryOfStaysCurrent() {
        // "a history of urethral stricture" before a catheter is passed over a wire: the stricture is there today
        assertSame(code("N35.912"), HISTORY.mapPastCondition(0, PAST, code("N35.912"), why, decisions));
        assertSame(code("N31.9"), HISTORY.mapPastCondition(0, PAST, code("N31.9"), why, decisions));
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aConditionWhoseTitleSaysChronicStaysCurrent() {
        // "a history of chronic prostatitis": the title itself says the condition persists
        assertTrue(HISTORY.isChronic(code("N41.1")));
        assertSame(code("N41.1"), HISTORY.mapPastCondition(0, PAST, code("N41.1"), why, decisions));
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aTitleLeavingAcuityOpenOrDenyingChronicityIsNotChronic() {
        // "unspecified as acute or chronic" and "without chronic ..." do not say the condition persists
        assertFalse(HISTORY.isChronic(code("K27.9")));
        assertEquals("Z87.11", HISTORY.mapPastCondition(0, PAST, code("K27.9"), why, decisions).code());
        // "Chronic or unspecified peptic ulcer ... with hemorrhage" leaves the course open too
        assertFalse(HISTORY.isChronic(code("K27.4")));
        assertEquals("Z87.11", HISTORY.mapPastCondition(0, PAST, code("K27.4"), why, decisions).code());
    }

    @Test
    void diabetesDueToADrugOrAnotherConditionSaidInThePastStaysCurrent() {
        // "a history of steroid-induced diabetes" on metformin, "diabetes from chronic pancreatitis": diabetes persists
        for (String c : List.of("E09.9", "E08.9")) {
            assertTrue(HISTORY.isChronic(code(c)), c);
            assertSame(code(c), HISTORY.mapPastCondition(0, PAST, code(c), why, decisions), c);
        }
        assertTrue(decisions.isEmpty());
    }

    @Test
    void hepatitisCSaidInThePastIsTheInfectionUnlessCured() {
        assertTrue(HISTORY.isChronic(code("B19.20")));
        assertSame(code("B19.20"), HISTORY.mapPastCondition(0, PAST, code("B19.20"), why, decisions));
    }

    @Test
    void lifelongConditionsStayCurrent() {
        // a congenital anomaly (Guidelines I.C.17), an intellectual disability, a hearing loss
        for (String c : List.of("Q61.3", "F72", "H91.90", "K44.9")) {
            assertTrue(HISTORY.isChronic(code(c)), c);
        }
    }

    @Test
    void structuralHeartDiseaseAndInheritedClottingDefectsStayCurrent() {
        // "a history of mitral stenosis", "known aortic aneurysm", "old infarction", "factor V Leiden",
        // "fibromyalgia for years": the condition persists, so it is coded, not its personal-history code
        for (String c : List.of("I05.0", "I35.0", "I25.2", "I25.10", "I71.4", "D68.51", "M79.7", "L93.0", "G91.9")) {
            assertTrue(HISTORY.isChronic(code(c)), c);
            assertSame(code(c), HISTORY.mapPastCondition(0, PAST, code(c), why, decisions), c);
        }
        assertTrue(decisions.isEmpty());
    }

    @Test
    void diverticulosisAndLongTreatedSystemicDiseasesStayCurrentWhileABoutOfDiverticulitisIsPast() {
        // "a history of diverticulosis", "polymyalgia rheumatica on prednisone", "gastroparesis on a prokinetic"
        for (String c : List.of("K57.30", "K57.90", "M35.3", "K31.84", "K90.0", "J43.9")) {
            assertTrue(HISTORY.isChronic(code(c)), c);
            assertSame(code(c), HISTORY.mapPastCondition(0, PAST, code(c), why, decisions), c);
        }
        assertTrue(decisions.isEmpty());
        assertFalse(HISTORY.isChronic(code("K57.92")), "diverticulitis: an inflammation that resolves");
        assertEquals("Z87.19", HISTORY.mapPastCondition(0, PAST, code("K57.92"), why, decisions).code());
    }

    @Test
    void aConditionTheNoteCallsChronicStaysCurrentWhateverItsTitle() {
        // "a history of chronic diarrhea": K52.9's title does not say chronic, the note does
        assertFalse(HISTORY.isChronic(code("K52.9")));
        assertSame(code("K52.9"), HISTORY.mapPastCondition(0, PAST, code("K52.9"), true, why, decisions));
        assertTrue(decisions.isEmpty());
        assertEquals("Z87.19", HISTORY.mapPastCondition(0, PAST, code("K52.9"), false, why, decisions).code());
    }

    @Test
    void familyHistoryCodesAreZ80ToZ84AndPersonalHistoryCodesZ85ToZ87() {
        assertEquals(HistoryMapping.HistoryKind.FAMILY, HistoryMapping.HistoryKind.of(code("Z80.0")).orElseThrow());
        assertEquals(HistoryMapping.HistoryKind.FAMILY, HistoryMapping.HistoryKind.of(code("Z84.0")).orElseThrow());
        assertEquals(HistoryMapping.HistoryKind.PERSONAL, HistoryMapping.HistoryKind.of(code("Z85.3")).orElseThrow());
        assertEquals(HistoryMapping.HistoryKind.PERSONAL, HistoryMapping.HistoryKind.of(code("Z87.891")).orElseThrow());
        assertTrue(HistoryMapping.HistoryKind.of(code("Z79.4")).isEmpty());
        assertTrue(HistoryMapping.HistoryKind.of(code("Z88.0")).isEmpty());
    }

    @Test
    void aPastConditionWithoutAHistoryCodeIsDroppedNamingTheCodeItWouldHaveTaken() {
        assertNull(HISTORY.mapPastCondition(0, PAST, code("R47.01"), false, why, decisions));
        assertEquals(NotCodedReason.HISTORY_NO_CODE, decisions.get(0).reason());
        assertEquals("R47.01", decisions.get(0).relatedCode());
    }

    @Test
    void aRelativesConditionWithoutAFamilyHistoryCodeIsDroppedNamingItsOwnCode() {
        // a relative's pneumonia is a sick contact, not a family history (family_history_codes.tsv: J00-J22 "-")
        assertNull(HISTORY.mapRelativeOrNamed(0, RELATIVE, code("J18.9"), why, decisions));
        assertEquals(NotCodedReason.FAMILY_NO_CODE, decisions.get(0).reason());
        assertEquals("J18.9", decisions.get(0).relatedCode());
    }

    @Test
    void aRecodedMentionsDecisionNamesTheHistoryCodeThatReportsIt() {
        HISTORY.mapRelativeOrNamed(0, RELATIVE, code("C50.911"), why, decisions);
        HISTORY.mapPastCondition(1, PAST, code("C50.911"), why, decisions);
        HISTORY.mapRelativeOrNamed(2, Assertion.present(2), code("Z80.0"), why, decisions);
        assertEquals(List.of("Z80.3", "Z85.3", "Z80.0"),
                decisions.stream().map(MentionDecision::relatedCode).toList());
    }

    @Test
    void theMentionsOutputNamesTheCodeARelativesConditionRelatesTo() {
        List<MentionOutcome> mentions = outpatient("FAMILY HISTORY: Her mother had breast cancer. Her brother had"
                + " pneumonia last winter.\nASSESSMENT: Essential hypertension.\n").mentions();
        MentionOutcome cancer = mentions.stream().filter(m -> m.text().equals("breast cancer")).findFirst()
                .orElseThrow();
        // the family history code that bears on nothing coded here is dropped, the decision naming it
        assertEquals("family_unrelated", cancer.reason(), cancer.toString());
        assertEquals("Z80.3", cancer.relatedCode(), cancer.toString());
        MentionOutcome pneumonia = mentions.stream().filter(m -> m.text().equals("pneumonia")).findFirst()
                .orElseThrow();
        assertEquals("family_no_code", pneumonia.reason(), pneumonia.toString());
        assertEquals("J18.9", pneumonia.relatedCode(), pneumonia.toString());
    }
}

package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.engine.testing.TestModels;

/** The rule files load, and a bad entry fails at load naming the file and the entry. */
class ConventionRuleFilesTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertFailsNaming(Runnable load, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, load::run);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "\"" + e.getMessage() + "\" should name " + p);
        }
    }

    @Test
    void bundledRuleFilesLoadAndValidateAgainstTheCodeSet() {
        var codeSet = TestModels.models().codeSet();
        assertTrue(CombinationCodeCheck.read(RuleFiles.bundled(CombinationCodeCheck.FILE), "f").size() >= 30);
        CombinationCodeCheck.standard(codeSet);
        assertTrue(IntegralSymptomRule.read(RuleFiles.bundled(IntegralSymptomCheck.FILE), "f").size() >= 40);
        assertFalse(PrincipalDiagnosisChoice.read(RuleFiles.bundled(PrincipalDiagnosisChoice.FILE), "f").isEmpty());
        assertFalse(SpecificityCheck.read(RuleFiles.bundled(SpecificityCheck.FILE), "f").isEmpty());
        assertFalse(DocumentationQueryCheck.read(RuleFiles.bundled(DocumentationQueryCheck.FILE), "f").isEmpty());
    }

    @Test
    void studyReasonRuleWithoutDiseasesOrSettingFailsNamingIt() {
        String noCodes = "{\"id\":\"s\",\"kind\":\"study_reason\",\"guideline\":\"IV.K\",\"setting\":\"outpatient\","
                + "\"sections\":[\"indication\"],\"statements\":[\"impression\"]}";
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[" + noCodes + "]}"), "p.json"),
                "p.json", "rule s", "needs codes");
        String noSetting = noCodes.replace("\"setting\":\"outpatient\",", "\"codes\":[\"C00-D49\"],");
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[" + noSetting + "]}"), "p.json"),
                "p.json", "rule s", "needs a setting");
    }

    @Test
    void combinationRuleWithoutIdFailsNamingFileAndEntry() {
        assertFailsNaming(() -> CombinationCodeCheck.read(bytes("{\"rules\":[{\"guideline\":\"I.A.15\"}]}"), "c.json"),
                "c.json", "entry #1", "no id");
    }

    @Test
    void combinationRuleWithDuplicateIdFails() {
        String rule = "{\"id\":\"x\",\"guideline\":\"g\",\"result\":\"I12.9\",\"conditions\":["
                + "{\"name\":\"a\",\"codes\":[\"I10\"]},{\"name\":\"b\",\"codes\":[\"N18\"]}]}";
        assertFailsNaming(() -> CombinationCodeCheck.read(bytes("{\"rules\":[" + rule + "," + rule + "]}"), "c.json"),
                "c.json", "rule x", "duplicate");
    }

    @Test
    void combinationRuleWithBadCodePatternFailsNamingIt() {
        String rule = "{\"id\":\"bad\",\"guideline\":\"g\",\"result\":\"I12.9\",\"conditions\":["
                + "{\"name\":\"a\",\"codes\":[\"E1\"]},{\"name\":\"b\",\"codes\":[\"N18\"]}]}";
        assertFailsNaming(() -> CombinationCodeCheck.read(bytes("{\"rules\":[" + rule + "]}"), "c.json"),
                "c.json", "rule bad", "E1");
    }

    @Test
    void combinationRuleWithOneConditionFails() {
        String rule = "{\"id\":\"one\",\"guideline\":\"g\",\"result\":\"I12.9\",\"conditions\":["
                + "{\"name\":\"a\",\"codes\":[\"I10\"]}]}";
        assertFailsNaming(() -> CombinationCodeCheck.read(bytes("{\"rules\":[" + rule + "]}"), "c.json"),
                "rule one", "two conditions");
    }

    @Test
    void combinationResultThatIsNotBillableFailsAtConstruction() {
        String rule = "{\"id\":\"header\",\"guideline\":\"g\",\"result\":\"I13.1\",\"conditions\":["
                + "{\"name\":\"a\",\"codes\":[\"I10\"]},{\"name\":\"b\",\"codes\":[\"N18\"]}]}";
        List<CombinationRule> rules = CombinationCodeCheck.read(bytes("{\"rules\":[" + rule + "]}"), "c.json");
        assertFailsNaming(() -> new CombinationCodeCheck(TestModels.models().codeSet(), rules), "rule header", "I13.1");
    }

    @Test
    void bundledImagingFindingCodesAreBillable() {
        ImagingFindingCheck.standard(TestModels.models().codeSet());
    }

    @Test
    void imagingFindingCodeThatIsNotBillableFailsAtConstruction() {
        assertFailsNaming(() -> new ImagingFindingCheck(TestModels.models().codeSet(), java.util.Set.of("ct"),
                java.util.Set.of("showed"), java.util.Set.of(), java.util.Map.of(), java.util.Map.of("wall", "R93.8"),
                java.util.Set.of(), java.util.Set.of()), "imaging_findings.tsv", "wall", "R93.8");
    }

    @Test
    void combinationFileWithoutRulesArrayFails() {
        assertFailsNaming(() -> CombinationCodeCheck.read(bytes("{}"), "c.json"), "c.json", "rules");
    }

    @Test
    void invalidJsonFailsNamingFile() {
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\": ["), "s.json"), "s.json", "JSON");
    }

    @Test
    void integralSymptomRowWithMissingColumnFailsNamingRule() {
        assertFailsNaming(() -> IntegralSymptomRule.read(bytes("pneumonia\tI.C.18.b\tJ12-J18\tR05\n"), "i.tsv"),
                "i.tsv", "rule pneumonia", "5 tab-separated columns");
    }

    @Test
    void integralSymptomRowWithBackwardRangeFails() {
        assertFailsNaming(() -> IntegralSymptomRule.read(bytes("x\tg\tJ18-J12\tR05\twhat\n"), "i.tsv"),
                "rule x", "backwards");
    }

    @Test
    void integralSymptomDuplicateIdFails() {
        assertFailsNaming(() -> IntegralSymptomRule.read(bytes("x\tg\tJ12\tR05\tw\nx\tg\tJ13\tR05\tw\n"), "i.tsv"),
                "rule x", "duplicate");
    }

    @Test
    void principalRuleWithUnknownKindFails() {
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[{\"id\":\"k\",\"kind\":\"sometimes\","
                + "\"guideline\":\"II\"}]}"), "s.json"), "s.json", "rule k", "sometimes");
    }

    @Test
    void principalOrderNeedsStatements() {
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[{\"id\":\"p\",\"kind\":\"order\","
                + "\"guideline\":\"II\",\"setting\":\"inpatient\"}]}"), "s.json"), "rule p", "statements");
    }

    @Test
    void principalReasonCueWithBadPatternFailsNamingRule() {
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[{\"id\":\"cue\",\"kind\":\"reason_cue\","
                + "\"guideline\":\"IV.G\",\"sections\":[\"history_present_illness\"],\"pattern\":\"(for\"}]}"), "s.json"),
                "s.json", "rule cue", "pattern");
    }

    @Test
    void principalProcedureReasonNeedsThePatternNamingTheProcedure() {
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[{\"id\":\"pr\",\"kind\":"
                + "\"procedure_reason\",\"guideline\":\"IV.M\",\"sections\":[\"procedure\"],\"codes\":[\"K35\"]}]}"),
                "s.json"), "rule pr", "pattern");
    }

    @Test
    void principalStatementWithUnknownSectionFailsNamingRule() {
        assertFailsNaming(() -> PrincipalDiagnosisChoice.read(bytes("{\"rules\":[{\"id\":\"st\",\"kind\":\"statement\","
                + "\"guideline\":\"IV.G\",\"sections\":[\"operative_diagnosis\"],\"label\":\"x\"}]}"), "s.json"),
                "rule st", "operative_diagnosis");
    }

    @Test
    void principalOrderNamingAnUnknownStatementFailsAtConstruction() {
        List<PrincipalRule> rules = PrincipalDiagnosisChoice.read(bytes("{\"rules\":[{\"id\":\"o\",\"kind\":\"order\","
                + "\"guideline\":\"IV.G\",\"setting\":\"outpatient\",\"statements\":[\"nowhere\"]}]}"), "s.json");
        assertFailsNaming(() -> new PrincipalDiagnosisChoice(TestModels.models().codeSet(), rules,
                HistoryMapping.readPrefixes(HistoryMapping.CHRONIC), IntegralSymptomCheck.standard()), "rule o", "nowhere");
    }

    @Test
    void specificitySeventhCharacterRuleNeedsOneLetter() {
        assertFailsNaming(() -> SpecificityCheck.read(bytes("{\"rules\":[{\"id\":\"e\",\"kind\":\"seventh_character\","
                + "\"guideline\":\"I.C.19.a\",\"character\":\"DD\",\"phrases\":[\"subsequent\"]}]}"), "p.json"),
                "p.json", "rule e", "capital letter");
    }

    @Test
    void queryRuleWithBadRegexFailsNamingField() {
        assertFailsNaming(() -> DocumentationQueryCheck.read(bytes("{\"rules\":[{\"id\":\"q\",\"kind\":\"siblings\","
                + "\"guideline\":\"g\",\"missing\":\"stage\",\"when_title\":\"(unclosed\",\"options\":[\"a\",\"b\"],"
                + "\"prompt\":\"?\"}]}"), "q.json"), "q.json", "rule q", "when_title");
    }

    @Test
    void queryRuleNeedsTwoOptions() {
        assertFailsNaming(() -> DocumentationQueryCheck.read(bytes("{\"rules\":[{\"id\":\"q\",\"kind\":\"siblings\","
                + "\"guideline\":\"g\",\"missing\":\"stage\",\"when_title\":\"x\",\"options\":[\"a\"],"
                + "\"prompt\":\"?\"}]}"), "q.json"), "rule q", "two options");
    }

    @Test
    void codePatternCoversPrefixesAndRanges() {
        assertTrue(CodePattern.parse("N18.1-N18.4").covers("N18.32"));
        assertFalse(CodePattern.parse("N18.1-N18.4").covers("N18.5"));
        assertTrue(CodePattern.parse("J12-J18").covers("J18.9"));
        assertFalse(CodePattern.parse("J12-J18").covers("J20.9"));
        assertTrue(CodePattern.parse("E11").covers("E11.22"));
        assertFalse(CodePattern.parse("E11.9").covers("E11.65"));
        assertEquals("R10.3", CodePattern.parse(" R10.3 ").text());
    }
}

package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

class SectionPolicyTest {
    private static final SectionPolicy POLICY = SectionPolicy.standard();

    @Test
    void diagnosticStatementSectionsAreCoded() {
        for (SectionType t : List.of(SectionType.ASSESSMENT_PLAN, SectionType.IMPRESSION, SectionType.DIAGNOSES,
                SectionType.INDICATION, SectionType.CHIEF_COMPLAINT)) {
            assertEquals(SectionRole.DIAGNOSTIC_STATEMENT, POLICY.roleOf(t), t.id());
        }
    }

    @Test
    void reviewOfSystemsAndExamOnlyListFindings() {
        assertTrue(POLICY.roleOf(SectionType.REVIEW_OF_SYSTEMS).listsFindingsOnly());
        assertTrue(POLICY.roleOf(SectionType.PHYSICAL_EXAM).listsFindingsOnly());
        assertFalse(POLICY.roleOf(SectionType.HISTORY_PRESENT_ILLNESS).listsFindingsOnly());
    }

    @Test
    void testResultsAreCodedSectionsThatListNoFindingsOnly() {
        assertEquals(SectionRole.TEST_RESULTS, POLICY.roleOf(SectionType.RESULTS));
        assertFalse(POLICY.roleOf(SectionType.RESULTS).listsFindingsOnly());
    }

    private static Code code(String code) {
        return TestModels.models().codeSet().get(code).orElseThrow();
    }

    @Test
    void allergyListKeepsOnlyCodesUnderItsAllergyStatusHeaders() {
        CodeSet codes = TestModels.models().codeSet();
        assertTrue(POLICY.keeps(SectionType.ALLERGIES, code("Z88.0"), codes), "under category Z88");
        assertTrue(POLICY.keeps(SectionType.ALLERGIES, code("Z91.010"), codes), "under subcategory Z91.0");
        assertFalse(POLICY.keeps(SectionType.ALLERGIES, code("Z91.11"), codes),
                "Z91.1 (noncompliance) shares the Z91 category but not the Z91.0 header");
        assertFalse(POLICY.keeps(SectionType.ALLERGIES, code("L50.9"), codes));
        assertFalse(POLICY.keeps(SectionType.REVIEW_OF_SYSTEMS, code("Z88.0"), codes));
    }

    @Test
    void theExamKeepsMorbidObesityButNotAPlainObeseHabitus() {
        CodeSet codes = TestModels.models().codeSet();
        assertTrue(POLICY.keeps(SectionType.PHYSICAL_EXAM, code("E66.01"), codes));
        assertFalse(POLICY.keeps(SectionType.PHYSICAL_EXAM, code("E66.9"), codes));
        assertFalse(POLICY.keeps(SectionType.REVIEW_OF_SYSTEMS, code("E66.01"), codes));
    }

    @Test
    void symptomAndFactorChaptersGroupUnrelatedConditionsOthersDoNot() {
        POLICY.check(TestModels.models().codeSet());
        assertTrue(POLICY.groupsUnrelated(code("R07.9")), "chest pain: chapter 18");
        assertTrue(POLICY.groupsUnrelated(code("Z79.4")), "long-term insulin use: chapter 21");
        assertFalse(POLICY.groupsUnrelated(code("I10")));
        assertFalse(POLICY.groupsUnrelated(code("E11.9")));
    }

    @Test
    void aKeptHeaderOrChapterTheCodeSetLacksFailsWhenThePolicyMeetsIt() {
        SectionPolicy typo = new SectionPolicy(java.util.Arrays.stream(SectionType.values()).collect(
                java.util.stream.Collectors.toMap(t -> t, t -> new SectionPolicy.Entry(SectionRole.SUPPORTING,
                        t == SectionType.ALLERGIES ? List.of("Z8.8") : List.of()))), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> typo.check(TestModels.models().codeSet()));
        assertTrue(e.getMessage().contains("Z8.8") && e.getMessage().contains("allergies"), e.getMessage());
        SectionPolicy wrongChapter = new SectionPolicy(java.util.Arrays.stream(SectionType.values()).collect(
                java.util.stream.Collectors.toMap(t -> t, t -> new SectionPolicy.Entry(SectionRole.SUPPORTING, List.of()))),
                List.of(new SectionPolicy.UnrelatedChapter("18", "Diseases of the circulatory system")));
        e = assertThrows(IllegalArgumentException.class, () -> wrongChapter.check(TestModels.models().codeSet()));
        assertTrue(e.getMessage().contains("chapter 18"), e.getMessage());
    }

    @Test
    void aMissingSectionTypeFailsAtLoad() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SectionPolicy.parse(List.of("unknown\tsupporting\t-"), "test.tsv"));
        assertTrue(e.getMessage().contains("no row for section type"));
    }

    @Test
    void anUnknownRoleFailsNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SectionPolicy.parse(List.of("unknown\tsometimes\t-"), "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv") && e.getMessage().contains("sometimes"));
    }
}

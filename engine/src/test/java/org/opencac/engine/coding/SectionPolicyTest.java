package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.section.SectionType;

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
    void allergyListKeepsOnlyAllergyStatusCodes() {
        assertTrue(POLICY.keeps(SectionType.ALLERGIES, "Z88.0"));
        assertFalse(POLICY.keeps(SectionType.ALLERGIES, "L50.9"));
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

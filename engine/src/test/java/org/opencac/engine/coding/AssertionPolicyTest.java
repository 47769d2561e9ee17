package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.Code;

class AssertionPolicyTest {
    private static final AssertionPolicy POLICY =
            new AssertionPolicy(HistoryMapping.standard(TestModels.models().codeSet()));

    private final List<String> why = new ArrayList<>();
    private final List<MentionDecision> decisions = new ArrayList<>();

    private static Code code(String c) {
        return TestModels.models().codeSet().get(c).orElseThrow();
    }

    private static Assertion assertion(boolean negated, boolean uncertain, boolean hypothetical, boolean historical,
                                       Experiencer who, String... cues) {
        return new Assertion(0, negated, uncertain, hypothetical, historical, who, List.of(cues));
    }

    @Test
    void aNegatedMentionIsNotCodedAndItsDecisionNamesTheCue() {
        Code coded = POLICY.apply(CareSetting.INPATIENT, 3,
                assertion(true, false, false, false, Experiencer.PATIENT, "no"), code("J18.9"), why, decisions);
        assertNull(coded);
        assertEquals(List.of(new MentionDecision(3, NotCodedReason.NEGATED, "no")), decisions);
    }

    @Test
    void aHypotheticalMentionIsNotCoded() {
        assertNull(POLICY.apply(CareSetting.INPATIENT, 0,
                assertion(false, false, true, false, Experiencer.PATIENT, "return if"), code("J18.9"), why, decisions));
        assertEquals(NotCodedReason.HYPOTHETICAL, decisions.get(0).reason());
    }

    @Test
    void anUncertainDiagnosisIsCodedForAnInpatientOnly() {
        Assertion probable = assertion(false, true, false, false, Experiencer.PATIENT, "probable");
        assertSame(code("J18.9"), POLICY.apply(CareSetting.INPATIENT, 0, probable, code("J18.9"), why, decisions));
        assertTrue(why.get(0).contains("inpatient"), why.toString());
        assertTrue(decisions.isEmpty());

        assertNull(POLICY.apply(CareSetting.OUTPATIENT, 0, probable, code("J18.9"), why, decisions));
        assertEquals(NotCodedReason.UNCERTAIN, decisions.get(0).reason());
    }

    @Test
    void aDiagnosisJudgedUnlikelyIsNotCodedEvenForAnInpatient() {
        Assertion unlikely = assertion(false, true, false, false, Experiencer.PATIENT, "unc_unlikely");
        assertNull(POLICY.apply(CareSetting.INPATIENT, true, SectionType.DIAGNOSES, 4, unlikely,
                code("J18.9"), false, false, why, decisions));
        assertEquals(List.of(new MentionDecision(4, NotCodedReason.UNLIKELY, "unc_unlikely")), decisions);
        assertTrue(why.isEmpty(), why.toString());
    }

    @Test
    void everyLeaningAgainstCueIsAnUncertainAssertionRule() {
        java.util.Map<String, org.opencac.engine.assertion.ContextCategory> categories = new java.util.HashMap<>();
        org.opencac.engine.assertion.ContextRules.standard().rules().forEach(r -> categories.put(r.id(), r.category()));
        for (String cue : org.opencac.engine.DataFiles.lines(AssertionPolicy.LEANING_AGAINST)) {
            assertEquals(org.opencac.engine.assertion.ContextCategory.UNCERTAIN, categories.get(cue),
                    "leaning-against cue is not an UNCERTAIN assertion rule id: " + cue);
        }
    }

    @Test
    void anInpatientUncertainDiagnosisIsCodedFromTheFinalStatementOnlyWhenTheNoteHasOne() {
        Assertion possible = assertion(false, true, false, false, Experiencer.PATIENT, "possible");
        assertSame(code("J18.9"), POLICY.apply(CareSetting.INPATIENT, true, SectionType.DIAGNOSES, 0, possible,
                code("J18.9"), false, false, why, decisions));
        assertTrue(decisions.isEmpty());

        assertNull(POLICY.apply(CareSetting.INPATIENT, true, SectionType.HOSPITAL_COURSE, 1, possible,
                code("J18.9"), false, false, why, decisions));
        assertEquals(NotCodedReason.UNCERTAIN, decisions.get(0).reason());
        assertTrue(decisions.get(0).detail().contains("final diagnostic statement"), decisions.toString());
    }

    @Test
    void aPastConditionOnlySuspectedIsCodedNeitherAsCurrentNorAsHistory() {
        Assertion suspectedPast = assertion(false, true, false, true, Experiencer.PATIENT, "suspect", "history of");
        assertNull(POLICY.apply(CareSetting.INPATIENT, true, SectionType.ASSESSMENT_PLAN, 2, suspectedPast,
                code("I63.9"), false, false, why, decisions));
        assertEquals(NotCodedReason.UNCERTAIN, decisions.get(0).reason());
        assertTrue(decisions.get(0).detail().contains("past condition"), decisions.toString());
    }

    @Test
    void anInpatientUncertainDiagnosisInANoteWithoutAFinalStatementIsCodedWherever() {
        Assertion possible = assertion(false, true, false, false, Experiencer.PATIENT, "possible");
        assertSame(code("J18.9"), POLICY.apply(CareSetting.INPATIENT, false, SectionType.HOSPITAL_COURSE, 0, possible,
                code("J18.9"), false, false, why, decisions));
    }

    @Test
    void theFinalStatementSectionsAreTheAssessmentTheImpressionAndTheDiagnoses() {
        assertEquals(java.util.Set.of(SectionType.ASSESSMENT_PLAN, SectionType.IMPRESSION, SectionType.DIAGNOSES),
                AssertionPolicy.finalStatementSections());
    }

    @Test
    void aConditionHistoricalOnlyBecauseItIsInAPastHistoryListIsNotCodedFromThere() {
        Assertion listed = assertion(false, false, false, true, Experiencer.PATIENT, "section:historical");
        assertNull(POLICY.apply(CareSetting.OUTPATIENT, 0, listed, code("J18.9"), why, decisions));
        assertEquals(NotCodedReason.HISTORY_LIST_ONLY, decisions.get(0).reason());
        assertEquals("J18.9", decisions.get(0).relatedCode());   // read by later stages, not parsed from the detail
    }

    @Test
    void aConditionToldInThePresentTenseInAPastHistoryListIsCodedAsCurrent() {
        Assertion listed = assertion(false, false, false, true, Experiencer.PATIENT, "section:historical");
        assertSame(code("J18.9"), POLICY.apply(CareSetting.OUTPATIENT, false, SectionType.PAST_MEDICAL_HISTORY, 0,
                listed, code("J18.9"), false, true, why, decisions));
        assertTrue(why.get(0).startsWith("Condition told in the present tense"), why.toString());
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aChronicConditionInAPastHistoryListPersistsAndIsCodedAsCurrent() {
        Assertion listed = assertion(false, false, false, true, Experiencer.PATIENT, "section:historical");
        assertSame(code("I10"), POLICY.apply(CareSetting.OUTPATIENT, 0, listed, code("I10"), why, decisions));
        assertSame(code("E11.9"), POLICY.apply(CareSetting.INPATIENT, 1, listed, code("E11.9"), why, decisions));
        assertTrue(why.get(0).startsWith("Chronic condition listed in the past history"), why.toString());
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aPastEpisodeInAPastHistoryListIsCodedAsTheConditionThatGoesOn() {
        Assertion listed = assertion(false, false, false, true, Experiencer.PATIENT, "section:historical");
        assertEquals("I25.2", POLICY.apply(CareSetting.OUTPATIENT, 0, listed, code("I21.9"), why, decisions).code());
        assertEquals("J44.9", POLICY.apply(CareSetting.INPATIENT, 1, listed, code("J44.1"), why, decisions).code());
        assertEquals(NotCodedReason.PERSONAL_HISTORY, decisions.get(0).reason());
        assertEquals("I25.2", decisions.get(0).relatedCode());
    }

    @Test
    void aChronicConditionDocumentedAsResolvedIsNotCodedAsCurrent() {
        // "resolved" is a cue of its own, so the list is not the only reason the mention is historical.
        Assertion resolved = assertion(false, false, false, true, Experiencer.PATIENT, "hist_resolved");
        Code coded = POLICY.apply(CareSetting.OUTPATIENT, 0, resolved, code("J45.909"), why, decisions);
        assertTrue(coded == null || !coded.code().startsWith("J45"), String.valueOf(coded));

        Assertion past = assertion(false, false, false, true, Experiencer.PATIENT, "hist_history_of");
        assertSame(code("J45.909"), POLICY.apply(CareSetting.OUTPATIENT, 0, past, code("J45.909"), why, decisions));
    }

    @Test
    void everyResolutionCueNamesAnAssertionRule() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        org.opencac.engine.assertion.ContextRules.standard().rules().forEach(r -> ids.add(r.id()));
        for (String cue : org.opencac.engine.DataFiles.lines(HistoryMapping.RESOLUTION_CUES)) {
            assertTrue(ids.contains(cue), "resolution cue is not an assertion rule id: " + cue);
        }
    }

    @Test
    void aPastConditionSaidInTheNarrativeGoesToHistoryMapping() {
        Assertion past = assertion(false, false, false, true, Experiencer.PATIENT, "section:historical", "history of");
        Code coded = POLICY.apply(CareSetting.OUTPATIENT, 0, past, code("C50.911"), why, decisions);
        assertEquals("Z85.3", coded.code());
    }

    @Test
    void aPresentConditionIsCodedAsItIs() {
        assertSame(code("J18.9"), POLICY.apply(CareSetting.OUTPATIENT, 0, Assertion.present(0), code("J18.9"),
                why, decisions));
        assertTrue(why.isEmpty());
        assertTrue(decisions.isEmpty());
    }

    @Test
    void aRelativesOrPastFindingIsDecidedWithNoRelatedCode() {
        // a finding codes nothing as written ("polyps" with no site), so it has no history code to name either
        MentionDecision relative = AssertionPolicy.finding(4,
                assertion(false, false, false, false, Experiencer.FAMILY, "mother"));
        MentionDecision past = AssertionPolicy.finding(5,
                assertion(false, false, false, true, Experiencer.PATIENT, "history of"));
        assertEquals(NotCodedReason.FAMILY_NO_CODE, relative.reason());
        assertEquals(NotCodedReason.HISTORY_NO_CODE, past.reason());
        assertNull(relative.relatedCode());
        assertNull(past.relatedCode());
    }
}

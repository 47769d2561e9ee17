package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * What a leaflet says of a condition in general ("can be associated with", "have been reported with") is no finding
 * of the patient; a modal with an adverb or an explanation weighs a diagnosis; "or complaint of" carries on a
 * negation its sentence began (team-written sentences).
 */
class GeneralStatementAndModalCueTest {

    @Test
    void aConditionAModalAssociationNamesIsNotThePatients() {
        Assertion a = MentionFixture.assess("Loud snoring can be associated with sleep apnea in children.", "sleep apnea");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void anAssociationWithoutAModalIsAFinding() {
        Assertion a = MentionFixture.assess("Her chest pain is associated with shortness of breath.", "shortness of breath");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void symptomsReportedWithAConditionInGeneralAreNotThePatients() {
        Assertion a = MentionFixture.assess("Daytime sleepiness, fatigue and hyperactivity have been reported in such "
                + "disorders.", "fatigue");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void aModalWithAnAdverbBeforeHaveIsUncertain() {
        Assertion a = MentionFixture.assess("She may also have a mild enteritis.", "enteritis");
        assertEquals(AssertionStatus.UNCERTAIN, a.status(), a.cues().toString());
    }

    @Test
    void theSyndromeAFindingMightExplainIsUncertain() {
        Assertion a = MentionFixture.assess("The thalamic lesion might explain her pain as part of a central pain "
                + "syndrome.", "central pain syndrome");
        assertEquals(AssertionStatus.UNCERTAIN, a.status(), a.cues().toString());
    }

    @Test
    void theSymptomAFindingMightExplainStaysThePatients() {
        Assertion a = MentionFixture.assess("The thalamic lesion might explain her pain as part of a central pain "
                + "syndrome.", "pain");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
        Assertion b = MentionFixture.assess("A small fiber neuropathy could explain his dysesthesia.", "dysesthesia");
        assertEquals(AssertionStatus.PRESENT, b.status(), b.cues().toString());
    }

    @Test
    void orComplaintOfAfterANoChangeInCarriesTheNegation() {
        Assertion a = MentionFixture.assess("There has been no change in his weight, or complaint of insomnia.",
                "insomnia");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void aComplaintOfWithoutANegationIsAffirmed() {
        Assertion a = MentionFixture.assess("He voiced a complaint of depression today.", "depression");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void theFactorsARiskListNamesAreThePatients() {
        Assertion a = MentionFixture.assess("Her risks for sleep-disordered breathing include obesity.", "obesity");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void aCauseAModalRelationNamesIsNoGeneralStatement() {
        Assertion a = MentionFixture.assess("Her leg swelling could be related to her prior fracture.", "fracture");
        assertFalse(a.status() == AssertionStatus.HYPOTHETICAL, a.cues().toString());
    }
}

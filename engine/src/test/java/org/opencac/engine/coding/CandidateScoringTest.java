package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.section.SectionType;
import org.opencac.models.lexicon.TermSource;

class CandidateScoringTest {
    private static final CandidateScoring SCORING = new CandidateScoring(ScoringWeights.standard());
    private static final Assertion PRESENT = Assertion.present(0);

    @Test
    void aDiagnosisInTheAssessmentScoresAboveTheSameInTheReviewOfSystems() {
        double assessment = SCORING.mention(TermSource.CURATED, SectionType.ASSESSMENT_PLAN, 1, PRESENT);
        double ros = SCORING.mention(TermSource.CURATED, SectionType.REVIEW_OF_SYSTEMS, 1, PRESENT);
        assertEquals(0.9, assessment, 1e-9);
        assertEquals(0.7, ros, 1e-9);
    }

    @Test
    void aDictionaryTermScoresAboveAConditionFoundOnlyThroughTheIndex() {
        assertTrue(SCORING.mention(TermSource.TITLE, SectionType.UNKNOWN, 1, PRESENT)
                > SCORING.mention(TermSource.ALPHABETIC_INDEX, SectionType.UNKNOWN, 1, PRESENT));
    }

    @Test
    void anIndexPathRefiningADictionaryTermRanksBelowDictionaryTermsAndAboveAPathFoundOnlyThroughTheIndex() {
        double refinement = SCORING.mention(TermSource.ALPHABETIC_INDEX_REFINEMENT, SectionType.UNKNOWN, 1, PRESENT);
        assertTrue(refinement < SCORING.mention(TermSource.CURATED, SectionType.UNKNOWN, 1, PRESENT));
        assertTrue(refinement > SCORING.mention(TermSource.ALPHABETIC_INDEX, SectionType.UNKNOWN, 1, PRESENT));
    }

    @Test
    void theLengthOfAMatchAddsNothingToItsScore() {
        // a three-word term (a site and a side spelled out) is no likelier to be right than a one-word term
        double one = SCORING.mention(TermSource.CURATED, SectionType.UNKNOWN, 1, PRESENT);
        assertEquals(one, SCORING.mention(TermSource.CURATED, SectionType.UNKNOWN, 3, PRESENT), 1e-9);
        assertEquals(one, SCORING.mention(TermSource.CURATED, SectionType.UNKNOWN, 9, PRESENT), 1e-9);
    }

    @Test
    void anUncertainDiagnosisScoresAsIfEstablished() {
        // uncertain diagnoses are coded only for inpatients, where they are coded as if established (Guidelines
        // II.H, III.C): no lower score, so a probable diagnosis keeps its rank among the certain ones
        Assertion uncertain = new Assertion(0, false, true, false, false, Experiencer.PATIENT, List.of("probable"));
        assertEquals(SCORING.mention(TermSource.CURATED, SectionType.UNKNOWN, 1, PRESENT),
                SCORING.mention(TermSource.CURATED, SectionType.UNKNOWN, 1, uncertain), 1e-9);
    }

    @Test
    void repetitionRaisesTheScoreUpToItsCapAndTheCeiling() {
        assertEquals(0.8, SCORING.withRepetition(0.8, 1), 1e-9);
        assertEquals(0.84, SCORING.withRepetition(0.8, 2), 1e-9);
        assertEquals(0.92, SCORING.withRepetition(0.8, 10), 1e-9);
        assertEquals(0.99, SCORING.withRepetition(0.95, 10), 1e-9);
    }

    @Test
    void theScoreFollowsTheDataFileNotConstantsInCode() {
        List<String> lines = new ArrayList<>();
        for (String l : ScoringWeights.bundledRows()) {
            lines.add(l.startsWith("section.review_of_systems\t") ? "section.review_of_systems\t0.05\tchanged" : l);
        }
        CandidateScoring changed = new CandidateScoring(ScoringWeights.parse(lines, "test.tsv", ScoringWeights.NAMES));
        assertEquals(0.85, changed.mention(TermSource.CURATED, SectionType.REVIEW_OF_SYSTEMS, 1, PRESENT), 1e-9);
    }
}

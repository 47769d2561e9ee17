package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A risk list told to the patient is read as what may happen whether the telling comes before or after it; a cue
 * after the list reaches back over the list only, not over the patient's own conditions before it (team-written
 * sentences).
 */
class RiskListReadBackTest {

    @Test
    void aListDiscussedAsComplicationsIsHypothetical() {
        assertStatus(AssertionStatus.HYPOTHETICAL,
                "Bleeding, infection, deep venous thrombosis, pulmonary embolism and death "
                + "were discussed as possible complications.", "pulmonary embolism");
    }

    @Test
    void complicationsIncludingThenDiscussedReachTheWholeList() {
        assertStatus(AssertionStatus.HYPOTHETICAL, "Complications including bleeding, infection, DVT and stroke were "
                + "discussed with the patient.", "stroke");
    }

    @Test
    void risksWhichIncludeAListThenExplainedAreHypothetical() {
        assertStatus(AssertionStatus.HYPOTHETICAL,
                "The risks, which include bleeding, infection, nerve damage and blood "
                + "clots, were explained to him.", "blood clots");
    }

    @Test
    void theReadBackStopsAtTheClauseBeforeTheList() {
        Assertion a = MentionFixture.assess("She has diabetes and hypertension; bleeding, infection and stroke were "
                + "discussed as risks.", "hypertension");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void theReadBackStopsWhereTheListOpens() {
        assertStatus(AssertionStatus.PRESENT, "He was admitted with pneumonia, and complications such as sepsis were "
                + "discussed with the family.", "pneumonia");
    }

    @Test
    void aConditionDiscussedWithoutARiskWordStaysPresent() {
        Assertion a = MentionFixture.assess("Her hypertension and diabetes were discussed with her at length.",
                "hypertension");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void discussingThePossibilityOfIsNoDoubtedDiagnosis() {
        assertStatus(AssertionStatus.HYPOTHETICAL, "We discussed the possibility of wound infection, nerve injury and "
                + "recurrence of the hernia.", "wound infection");
    }

    @Test
    void onlyABackwardRuleReadsTheListBeforeIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ContextRule("r1",
                ContextCategory.HYPOTHETICAL, "were discussed", List.of(), CueDirection.FORWARD, OptionalInt.empty(),
                List.of(), List.of(), Set.of(), Set.of(), false, Set.of(), false, Set.of(), true));
        assertTrue(e.getMessage().contains("list_before"), e.getMessage());
    }

    @Test
    void theReadBackRunsThroughAnItemsRelativeClause() {
        assertStatus(AssertionStatus.HYPOTHETICAL,
                "A marginal ulcer, which can progress to perforation, and bowel obstruction "
                + "were discussed as possible complications.", "marginal ulcer");
    }

    @Test
    void theReadBackRunsPastARiskPhraseHeadedByAnOperation() {
        String s = "Early complications of sleeve gastrectomy including staple line leak, stricture, which may need "
                + "dilation, and bleeding, the signs of which were explained.";
        assertEquals(AssertionStatus.HYPOTHETICAL, MentionFixture.assess(s, "complications of sleeve gastrectomy")
                .status());
        assertEquals(AssertionStatus.HYPOTHETICAL, MentionFixture.assess(s, "staple line leak").status());
    }

    @Test
    void aRiskPhraseHeadedByADiseaseIsThePatientsCondition() {
        assertStatus(AssertionStatus.PRESENT, "Complications of diabetes including retinopathy and neuropathy were "
                + "discussed with him.", "Complications of diabetes");
    }

    @Test
    void aConditionWithARelativeClauseBeforeTheListStaysPresent() {
        assertStatus(AssertionStatus.PRESENT, "She has diabetes, which can lead to kidney failure, and bleeding and "
                + "infection were discussed as risks.", "diabetes");
    }

    @Test
    void theReadBackThroughARelativeClauseStopsAtASemicolon() {
        Assertion a = MentionFixture.assess("He has a gastric ulcer, which can bleed; stricture and leak were "
                + "discussed as possible complications.", "gastric ulcer");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void aRelativeClauseThatSaysNoRiskStillEndsTheReadBack() {
        assertStatus(AssertionStatus.PRESENT,
                "The patient has hypertension, which is poorly controlled, and stroke and "
                + "bleeding were discussed as risks.", "hypertension");
    }

    private static void assertStatus(AssertionStatus expected, String sentence, String target) {
        Assertion a = MentionFixture.assess(sentence, target);
        assertEquals(expected, a.status(), a.cues().toString());
    }
}

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
        Assertion a = MentionFixture.assess("Bleeding, infection, deep venous thrombosis, pulmonary embolism and death "
                + "were discussed as possible complications.", "pulmonary embolism");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void complicationsIncludingThenDiscussedReachTheWholeList() {
        Assertion a = MentionFixture.assess("Complications including bleeding, infection, DVT and stroke were "
                + "discussed with the patient.", "stroke");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void risksWhichIncludeAListThenExplainedAreHypothetical() {
        Assertion a = MentionFixture.assess("The risks, which include bleeding, infection, nerve damage and blood "
                + "clots, were explained to him.", "blood clots");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void theReadBackStopsAtTheClauseBeforeTheList() {
        Assertion a = MentionFixture.assess("She has diabetes and hypertension; bleeding, infection and stroke were "
                + "discussed as risks.", "hypertension");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void theReadBackStopsWhereTheListOpens() {
        Assertion a = MentionFixture.assess("He was admitted with pneumonia, and complications such as sepsis were "
                + "discussed with the family.", "pneumonia");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void aConditionDiscussedWithoutARiskWordStaysPresent() {
        Assertion a = MentionFixture.assess("Her hypertension and diabetes were discussed with her at length.",
                "hypertension");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void discussingThePossibilityOfIsNoDoubtedDiagnosis() {
        Assertion a = MentionFixture.assess("We discussed the possibility of wound infection, nerve injury and "
                + "recurrence of the hernia.", "wound infection");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
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
        Assertion a = MentionFixture.assess("A marginal ulcer, which can progress to perforation, and bowel obstruction "
                + "were discussed as possible complications.", "marginal ulcer");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
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
        Assertion a = MentionFixture.assess("Complications of diabetes including retinopathy and neuropathy were "
                + "discussed with him.", "Complications of diabetes");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void aConditionWithARelativeClauseBeforeTheListStaysPresent() {
        Assertion a = MentionFixture.assess("She has diabetes, which can lead to kidney failure, and bleeding and "
                + "infection were discussed as risks.", "diabetes");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void theReadBackThroughARelativeClauseStopsAtASemicolon() {
        Assertion a = MentionFixture.assess("He has a gastric ulcer, which can bleed; stricture and leak were "
                + "discussed as possible complications.", "gastric ulcer");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }

    @Test
    void aRelativeClauseThatSaysNoRiskStillEndsTheReadBack() {
        Assertion a = MentionFixture.assess("The patient has hypertension, which is poorly controlled, and stroke and "
                + "bleeding were discussed as risks.", "hypertension");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }
}

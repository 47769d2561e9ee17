package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue rule without a pattern is matched on the words of its literal, so such a literal must be the cue's words
 * alone: an example written around it ("call for any (problems of ...)") makes a rule that never fires. The cues
 * that were so silenced work again: a warning list after "call for any" runs to the end of its sentence, and "in
 * spite of" ends a denial. A history's scope ends at a treatment told after its comma, and a header joining the
 * past history with past hospitalizations opens a past-history section (invented sentences).
 */
class CueRuleReadByItsWordsTest {

    @Test
    void everyRuleWithoutAPatternHasALiteralOfCueWordsOnly() {
        List<String> bad = ContextRules.standard().rules().stream()
                .filter(r -> r.pattern() == null || r.pattern().isEmpty())
                .filter(r -> r.literal().matches(".*[():].*"))
                .map(ContextRule::id)
                .toList();
        assertTrue(bad.isEmpty(), "rules whose literal is an example, never matched: " + bad);
    }

    @Test
    void callForAnyReachesTheLastItemOfALongWarningList() {
        String s = "She is to call for any problems of chest pain, fever over 101, wound redness, intractable nausea,"
                + " vomiting, or calf pain.";
        assertTrue(assess(s, "calf pain").hypothetical());
        assertTrue(assess(s, "vomiting").hypothetical());
    }

    @Test
    void inSpiteOfEndsADenial() {
        String s = "He has no nausea in spite of the treatment of his depression.";
        assertFalse(assess(s, "depression").negated());
        assertTrue(assess(s, "nausea").negated());
    }

    @Test
    void aTreatmentAfterTheHistorysCommaIsTakenNow() {
        String s = "He has a history of deep vein thrombosis, on warfarin, and now comes in with a cough.";
        assertFalse(assess(s, "on warfarin").historical());
        assertTrue(assess(s, "deep vein thrombosis").historical());
    }

    @Test
    void aHeaderJoiningPastHistoryAndHospitalizationsOpensAPastHistory() {
        String s = "PAST MEDICAL HISTORY/SURGERIES/HOSPITALIZATIONS: Treated as an infant for pyloric stenosis and"
                + " later admitted for pneumonia.\n";
        assertTrue(assess(s, "pneumonia").historical());
    }

    @Test
    void aWoundNamedAsTheSiteDoesNotEndAWarningList() {
        String s = "She is to call for any problems of fever, any redness, swelling, or drainage from her wounds,"
                + " intractable nausea, vomiting, and abdominal pain.";
        assertTrue(assess(s, "vomiting").hypothetical());
    }

    @Test
    void aSourceConditionNamedWithThePossessiveStillEndsADoubt() {
        assertFalse(assess("There is possible bleeding from her ulcer.", "ulcer").uncertain());
    }
}

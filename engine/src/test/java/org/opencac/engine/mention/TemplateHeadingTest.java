package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.Span;

/** A condition named in a template heading in capitals is a topic; one heading a problem-oriented plan is not. */
class TemplateHeadingTest {
    private static boolean inHeading(String text, String phrase) {
        int start = text.indexOf(phrase);
        Mention m = new Mention(new Span(start, start + phrase.length()), phrase, List.of(), 0, 0, 1);
        return TemplateHeading.contains(text, m);
    }

    @Test
    void aHeadingThatNamesAKindOfInformationHoldsNoDiagnosis() {
        assertTrue(inHeading("Sleeps poorly.,CARDIAC SYMPTOMS:,  Occasional palpitations.", "CARDIAC SYMPTOMS"));
        assertTrue(inHeading("Lives alone.\nFEELINGS ABOUT THE DEPRESSION DIAGNOSIS AND ITS COURSE:\nShe is sad.",
                "DEPRESSION"));
    }

    @Test
    void aProblemOrientedHeadingStillNamesADiagnosis() {
        assertFalse(inHeading("PLAN:\nASTHMA:  Continue the inhaler.", "ASTHMA"));
        assertFalse(inHeading("1. CHF: diuresed well overnight.", "CHF"));
        assertFalse(inHeading("ASSESSMENT:\nCOPD EXACERBATION: improving on steroids.", "COPD"));
        assertFalse(inHeading("ASSESSMENT:\nALLERGIC REACTION: resolved with an antihistamine.", "ALLERGIC REACTION"));
    }

    @Test
    void wordsInOrdinaryCaseOrWithoutAColonAreNoHeading() {
        assertFalse(inHeading("She has migraine symptoms: nausea and aura.", "migraine"));
        assertFalse(inHeading("NEUROPATHY SYMPTOMS ARE WORSE AT NIGHT.", "NEUROPATHY"));
    }
}

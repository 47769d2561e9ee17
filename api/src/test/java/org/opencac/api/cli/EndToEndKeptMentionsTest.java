package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.api.TestModels;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.evaluation.assertion.AssertionExample;
import org.opencac.evaluation.assertion.AssertionPrediction;
import org.opencac.evaluation.assertion.EndToEndAssertions;

/**
 * The end-to-end assertion evaluation, on the real pipeline, finds a mention whose every reading a word
 * sense rejected: it is scored with its assertion instead of counting as not found.
 */
class EndToEndKeptMentionsTest {

    private static AssertionPrediction predict(String sentence, String target, AssertionExample.Attributes gold) {
        return new EndToEndAssertions(TestModels.pipeline())
                .predict(new AssertionExample(1, "t", sentence, target, gold, ""));
    }

    @Test
    void aRiskOfAnOperationIsFoundAndHypothetical() {
        AssertionPrediction p = predict("Risks include bleeding, infection, deep vein thrombosis and death.",
                "deep vein thrombosis", new AssertionExample.Attributes(false, false, true, false, Experiencer.PATIENT));
        assertTrue(p.found(), "the kept mention covers the target");
        assertTrue(p.attributes().hypothetical(), p.toString());
        assertTrue(p.cues().stream().anyMatch(c -> c.contains("not coded: hypothetical")), p.cues().toString());
    }

    @Test
    void aTestNameIsFoundWithItsNegation() {
        AssertionPrediction p = predict("HIV test was negative.", "HIV",
                new AssertionExample.Attributes(true, false, false, false, Experiencer.PATIENT));
        assertTrue(p.found());
        assertTrue(p.attributes().negated(), p.toString());
    }
}

package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.suggest.Suggestion;

class DeniedComponentFinderTest {

    private static Optional<MentionOutcome> mention(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst();
    }

    @Test
    void aConditionATermDeniesIsANegatedMentionInsideItAndTheTermStillCodes() {
        CodingResult r = outpatient("Nausea without vomiting for two days.");
        MentionOutcome vomiting = mention(r, "vomiting").orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("negated", vomiting.assertion());
        assertFalse(vomiting.coded());
        MentionOutcome nausea = r.mentions().stream().filter(m -> m.text().toLowerCase().startsWith("nausea"))
                .findFirst().orElseThrow();
        assertEquals("present", nausea.assertion());
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.contains("R11.0"), codes.toString());
    }

    @Test
    void eachConditionOfADeniedListInsideATermIsNegated() {
        CodingResult r = outpatient("Type 2 diabetes mellitus without complications.");
        assertEquals("negated", mention(r, "complications").orElseThrow(() -> new AssertionError(r.mentions().toString()))
                .assertion());
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().equals("E11.9")), r.suggestions().toString());
    }

    @Test
    void aTermWithoutADenyingWordGetsNoInnerMention() {
        CodingResult r = outpatient("Acute appendicitis with perforation.");
        assertTrue(mention(r, "perforation").isEmpty() || !"negated".equals(mention(r, "perforation").get().assertion()),
                r.mentions().toString());
    }
}

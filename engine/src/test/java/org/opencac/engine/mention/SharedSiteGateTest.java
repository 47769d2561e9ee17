package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.text.Token;
import org.opencac.engine.text.WordTokenizer;

/**
 * The shared-site stage skips a sentence with no "and" or "or" before a site preposition: the gate must hold
 * for every sentence where a coordination of findings ends at a site, so that skipping loses nothing
 * (team-written sentences).
 */
class SharedSiteGateTest {
    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private static final List<String> SENTENCES = List.of(
            "Pain and swelling in the right knee since the fall.",
            "She has aching, stiffness AND numbness OF the left wrist.",
            "Redness or warmth over the shin was not seen.",
            "Itching, burning and a rash involving both forearms.",
            "Tenderness and bruising at the elbow.",
            "Cough and fever for three days.",
            "Swelling in the ankle and pain.",
            "In the morning there was pain and stiffness.",
            "Nausea, vomiting, and diarrhea on and off since Sunday.",
            "Headache.",
            "and in",
            "Pain of the hip, and knee");

    @Test
    void everySentenceWithACoordinationEndingAtASitePassesTheGate() {
        int withCoordination = 0;
        for (String text : SENTENCES) {
            List<Token> tokens = TOKENIZER.tokenize(text);
            boolean found = false;
            for (int i = 0; i < tokens.size(); i++) {
                found |= MentionFinder.coordinationEnd(tokens, i + 1, tokens.size()) > 0;
            }
            if (found) {
                withCoordination++;
                assertTrue(MentionFinder.mayShareSite(tokens, 0, tokens.size()), text);
            }
        }
        assertTrue(withCoordination >= 5, "the sentences should exercise the coordination: " + withCoordination);
    }

    @Test
    void aSentenceWithoutAndOrBeforeASitePrepositionIsSkipped() {
        for (String text : List.of("Pain in the right knee.", "Swelling of the ankle and pain.", "Cough and fever.")) {
            List<Token> tokens = TOKENIZER.tokenize(text);
            assertFalse(MentionFinder.mayShareSite(tokens, 0, tokens.size()), text);
        }
    }

    @Test
    void theGateReadsOnlyTheSentencesTokens() {
        List<Token> tokens = TOKENIZER.tokenize("Pain and swelling. In the knee.");
        int stop = 0;
        while (!tokens.get(stop).text().equals(".")) {
            stop++;
        }
        assertFalse(MentionFinder.mayShareSite(tokens, 0, stop + 1));
        assertTrue(MentionFinder.mayShareSite(tokens, 0, tokens.size()));
    }
}

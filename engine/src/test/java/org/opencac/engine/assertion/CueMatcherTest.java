package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueMatcherTest {

    @Test
    void plainAlternationIsIndexedLikeALiteral() {
        assertEquals(List.of("in", "over"), CueMatcher.literalAlternatives("in|over"));
        assertEquals(List.of("(", "-"), CueMatcher.literalAlternatives("\\(|-"));
    }

    @Test
    void realRegexIsNotIndexed() {
        assertEquals(List.of(), CueMatcher.literalAlternatives("(19|20)\\d\\d"));
        assertEquals(List.of(), CueMatcher.literalAlternatives("year|.*"));
    }

    @Test
    void everyShippedCueIsFoundByItsFirstWord() {
        // a first token that is a real regex (or an alternative a token never is: "non-contributory" is three
        // tokens) is tried at every token of every sentence
        assertEquals(0, new CueMatcher(ContextRules.standard()).unindexedCues());
    }

    @Test
    void tokenKeyIsLowerCaseWithoutPossessive() {
        assertEquals("mother", CueMatcher.key("Mother's"));
        assertEquals("don't", CueMatcher.key("Don\u2019t"));
    }

    @Test
    void longestCueWinsAtAPosition() {
        CueMatcher m = new CueMatcher(ContextRules.standard());
        String[] keys = {"gram", "negative", "rods"};
        List<CueMatch> found = m.find(keys, 0, keys.length);
        assertEquals(1, found.size());
        assertEquals(ContextCategory.PSEUDO, found.get(0).cue().rule().category());
    }
}

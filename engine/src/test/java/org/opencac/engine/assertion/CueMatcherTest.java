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

    @Test
    void narrowingByTheNextWordFindsWhatEveryCueOfTheFirstWordFinds() {
        // every shipped rule's literal, alone, followed by another's and inside filler words, and every
        // first word followed by every second word of any cue (with pattern cues' alternatives)
        ContextRules rules = ContextRules.standard();
        CueMatcher m = new CueMatcher(rules);
        java.util.List<String[]> literals = new java.util.ArrayList<>();
        java.util.Set<String> words = new java.util.TreeSet<>(List.of("the", "patient", ",", ".", "pain"));
        org.opencac.engine.text.WordTokenizer tokenizer = new org.opencac.engine.text.WordTokenizer();
        for (ContextRule r : rules.rules()) {
            if (r.pattern().isEmpty()) {
                String[] keys = tokenizer.tokenize(r.literal()).stream().map(t -> CueMatcher.key(t.text()))
                        .toArray(String[]::new);
                literals.add(keys);
                words.addAll(List.of(keys));
            } else {
                for (String p : r.pattern()) {
                    words.addAll(CueMatcher.literalAlternatives(p));
                }
            }
        }
        int compared = 0;
        for (int a = 0; a < literals.size(); a++) {
            String[] one = literals.get(a);
            String[] next = literals.get((a * 7 + 3) % literals.size());
            java.util.List<String> seq = new java.util.ArrayList<>(List.of("she"));
            seq.addAll(List.of(one));
            seq.addAll(List.of(next));
            seq.add("today");
            compared += sameMatches(m, seq.toArray(String[]::new));
            compared += sameMatches(m, one);
        }
        java.util.List<String> all = List.copyOf(words);
        for (String first : all) {
            for (String second : all) {
                compared += sameMatches(m, new String[] {first, second});
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 1000, "cues found: " + compared);
    }

    private static int sameMatches(CueMatcher m, String[] keys) {
        for (int from = 0; from < keys.length; from++) {
            for (int to = from + 1; to <= keys.length; to++) {
                assertEquals(describe(m.findByFirstWordOnly(keys, from, to)), describe(m.find(keys, from, to)),
                        String.join(" ", keys) + " [" + from + ", " + to + ")");
            }
        }
        return m.find(keys, 0, keys.length).size();
    }

    private static List<String> describe(List<CueMatch> found) {
        return found.stream().map(c -> c.cue().rule().id() + "@" + c.first() + "-" + c.end()).toList();
    }
}

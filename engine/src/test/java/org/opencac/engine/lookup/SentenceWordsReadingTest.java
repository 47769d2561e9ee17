package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Token;

/** The sentence words' one-pass readings answer as the scans they replace, on generated words and sentences. */
class SentenceWordsReadingTest {
    private static final NavigationRules RULES = new NavigationRules(List.of("equivalent\trenal\tkidney"), "test");

    @Test
    void theAmericanSpellingIsEachAeThenEachOeMadeE() {
        Random random = new Random(5);
        String letters = "aoeeaoxs";
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(9);
            for (int i = 0; i < n; i++) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            String word = b.toString();
            String expected = word.indexOf("ae") < 0 && word.indexOf("oe") < 0 ? word
                    : word.replace("ae", "e").replace("oe", "e");
            assertEquals(expected, ClauseWords.SentenceWords.american(word), word);
        }
    }

    @Test
    void aCapitalizedWordIsFoundInARangeAsByAScanOfTheSentence() {
        Random random = new Random(8);
        String[] texts = {"Paget", "paget", "Hodgkin", "Crohn", "crohn", "Left", "the", "AND", ",", "."};
        for (int s = 0; s < 300; s++) {
            List<Token> tokens = new ArrayList<>();
            int n = 1 + random.nextInt(30);   // long sentences have many capitalized words: the words are indexed
            for (int i = 0; i < n; i++) {
                String text = texts[random.nextInt(texts.length)];
                String norm = Character.isLetter(text.charAt(0)) ? text.toLowerCase(java.util.Locale.ROOT) : "";
                tokens.add(new Token(new Span(i * 10, i * 10 + text.length()), text, norm, 0));
            }
            var sentence = new ClauseWords.SentenceWords(tokens, 0, 0, n, RULES,
                    org.opencac.engine.mention.WordForms.none(), List.of());
            for (String word : List.of("paget", "hodgkin", "crohn", "left", "the", "and", "absent")) {
                for (int from = 0; from <= n; from++) {
                    for (int to = from; to <= n; to++) {
                        boolean expected = false;
                        for (int i = Math.max(from, 1); i < to; i++) {
                            Token t = tokens.get(i);
                            expected |= Character.isUpperCase(t.text().charAt(0)) && t.norm().equals(word);
                        }
                        assertEquals(expected, sentence.capitalizedIn(word, from, to), tokens + " " + word + " " + from + "-" + to);
                    }
                }
            }
        }
    }
}

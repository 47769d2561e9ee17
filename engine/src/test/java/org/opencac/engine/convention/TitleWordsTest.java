package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleWordsTest {

    @Test
    void wordsAreTheLowercasedRunsOfLettersAndDigitsEachOnceInOrder() {
        assertEquals(List.of("type", "2", "diabetes", "mellitus", "e11", "9"),
                List.copyOf(TitleWords.words("Type 2 diabetes mellitus (E11.9), type-2")));
        assertEquals(List.of("crohn", "s", "disease"), List.copyOf(TitleWords.words("  Crohn's disease ")));
        assertEquals(Set.of(), TitleWords.words(" -- "));
    }

    @Test
    void lettersOutsideAsciiSeparateWords() {
        assertEquals(List.of("sj", "gren", "syndrome"), List.copyOf(TitleWords.words("Sj\u00f6gren syndrome")));
    }

    @Test
    void titleWordsLeaveOutParenthesizedModifiers() {
        assertEquals(List.of("pneumonia", "unspecified", "organism"),
                List.copyOf(TitleWords.titleWords("Pneumonia (acute) (double), unspecified organism")));
    }

    @Test
    void eachParenthesizedPartBecomesOneSpaceAsTheRegexMadeIt() {
        java.util.regex.Pattern parens = java.util.regex.Pattern.compile("\\([^)]*\\)");
        for (String t : List.of("Pneumonia (acute) (double)", "no parentheses", "(leading) text", "text (trailing)",
                "open ( without close", "nested (a (b) c) d", "(a)(b)", "unclosed (a) then (b", "()", ")(", "x)(y)")) {
            assertEquals(parens.matcher(t).replaceAll(" "), TitleWords.withoutParentheses(t), t);
        }
    }
}

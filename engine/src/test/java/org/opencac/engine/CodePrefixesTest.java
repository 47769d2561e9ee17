package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePrefixesTest {

    @Test
    void aCodeUnderOneOfThePrefixesMatches() {
        assertTrue(CodePrefixes.startsWithAny("E11.65", List.of("I10", "E11")));
        assertTrue(CodePrefixes.startsWithAny("I10", List.of("I10")), "a prefix that is the whole code");
    }

    @Test
    void aCodeUnderNoneOfThePrefixesDoesNot() {
        assertFalse(CodePrefixes.startsWithAny("E10.9", List.of("E11", "I10")));
        assertFalse(CodePrefixes.startsWithAny("E1", List.of("E11")), "a code shorter than the prefix");
    }

    @Test
    void anEmptyListMatchesNothing() {
        assertFalse(CodePrefixes.startsWithAny("E11.9", List.of()));
    }
}

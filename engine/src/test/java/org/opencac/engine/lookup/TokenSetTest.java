package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSetTest {

    @Test
    void holdsEachIndexOnceInAscendingOrderAndEqualsAnySetOfThem() {
        TokenSet s = TokenSet.of(List.of(9, 3, 9, 5));
        assertEquals(List.of(3, 5, 9), List.copyOf(s));
        assertEquals(Set.of(3, 5, 9), s);
        assertEquals(Set.of(3, 5, 9).hashCode(), s.hashCode());
        assertTrue(s.contains(5));
        assertFalse(s.contains(4));
        assertFalse(s.contains("5"));
    }

    @Test
    void aUnionMergesBothAndIsTheSameSetWhenNothingIsNew() {
        TokenSet a = TokenSet.of(Set.of(1, 4, 7));
        assertEquals(Set.of(1, 2, 4, 7, 8), a.union(TokenSet.of(Set.of(2, 4, 8))));
        assertSame(a, a.union(TokenSet.EMPTY));
        assertSame(a, a.union(TokenSet.of(Set.of(4, 7))));
        assertEquals(a, TokenSet.EMPTY.union(a));
    }

    @Test
    void membershipHoldsForLargeSetsToo() {
        TokenSet s = TokenSet.range(100, 130);
        assertEquals(30, s.size());
        assertTrue(s.has(100) && s.has(129));
        assertFalse(s.has(99) || s.has(130));
        assertTrue(s.lacksAnyOf(128, 131));
        assertFalse(s.lacksAnyOf(100, 130));
    }

    @Test
    void firstAndLastAreTheLowestAndHighestToken() {
        TokenSet s = TokenSet.of(List.of(9, 3, 9, 5));
        assertEquals(3, s.first());
        assertEquals(9, s.last());
        assertEquals(12, TokenSet.range(12, 13).first());
        assertEquals(12, TokenSet.range(12, 13).last());
    }

    @Test
    void aBuilderCollectsRangesWithRepeats() {
        TokenSet s = new TokenSet.Builder().addRange(5, 7).addRange(2, 3).addRange(6, 8).build();
        assertEquals(List.of(2, 5, 6, 7), List.copyOf(s));
        assertEquals(TokenSet.EMPTY, new TokenSet.Builder().build());
        assertEquals(TokenSet.EMPTY, TokenSet.range(4, 4));
    }
}

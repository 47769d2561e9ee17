package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextRuleTest {

    private static ContextRule rule(String literal, CueDirection d, OptionalInt scope) {
        return new ContextRule("r1", ContextCategory.NEGATED, literal, List.of(), d, scope, List.of(), List.of(),
                Set.of(), Set.of());
    }

    @Test
    void blankLiteralIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rule("  ", CueDirection.FORWARD, OptionalInt.empty()));
        assertTrue(e.getMessage().contains("r1"));
    }

    @Test
    void nonPositiveScopeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> rule("no", CueDirection.FORWARD, OptionalInt.of(0)));
        assertThrows(IllegalArgumentException.class, () -> rule("no", CueDirection.FORWARD, OptionalInt.of(-3)));
    }

    @Test
    void categoryAndDirectionMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> rule("no", CueDirection.PSEUDO, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> ContextRule.of("t", ContextCategory.TERMINATE, "but", CueDirection.FORWARD));
    }

    @Test
    void onlyATerminatorMayBeReadAfterACoordinatedItem() {
        assertThrows(IllegalArgumentException.class, () -> new ContextRule("r4", ContextCategory.NEGATED, "no",
                List.of(), CueDirection.FORWARD, OptionalInt.empty(), List.of(), List.of(), Set.of(), Set.of(), false,
                Set.of(), false, Set.of(), false, false, true));
        ContextRule closed = new ContextRule("r5", ContextCategory.TERMINATE, ", pale", List.of(",", "pale"),
                CueDirection.TERMINATE, OptionalInt.empty(), List.of(), List.of(), Set.of(), Set.of(), false,
                Set.of(), false, Set.of(), false, false, true);
        String[] keys = {"no", "rash", "or", "bruise", ",", "pale", "skin"};
        assertTrue(closed.endsScopeFrom(keys, 1, 4));
        String[] bare = {"no", "rash", ",", "pale", "skin"};
        assertFalse(closed.endsScopeFrom(bare, 1, 2));
    }

    @Test
    void aListClosedByAnyCoordinatorTheScopesReadIsComplete() {
        ContextRule closed = new ContextRule("r6", ContextCategory.TERMINATE, ", pale", List.of(",", "pale"),
                CueDirection.TERMINATE, OptionalInt.empty(), List.of(), List.of(), Set.of(), Set.of(), false,
                Set.of(), false, Set.of(), false, false, true);
        for (String coordinator : ContextRule.COORDINATORS) {
            String[] keys = {"no", "rash", coordinator, "bruise", ",", "pale", "skin"};
            assertTrue(closed.endsScopeFrom(keys, 1, 4), coordinator);
        }
        assertTrue(ContextRule.COORDINATORS.containsAll(Set.of("and", "or", "nor", "&")));
        String[] joinedByWith = {"no", "rash", "with", "bruise", ",", "pale", "skin"};
        assertFalse(closed.endsScopeFrom(joinedByWith, 1, 4));
    }

    @Test
    void allowedAndExcludedCodesTogetherAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ContextRule("r2", ContextCategory.HISTORICAL,
                "in remission", List.of(), CueDirection.BACKWARD, OptionalInt.empty(), List.of("C"), List.of("C91"),
                Set.of(), Set.of()));
    }

    @Test
    void badTokenPatternIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ContextRule("r3", ContextCategory.FAMILY, "in (",
                List.of("in", "("), CueDirection.BACKWARD, OptionalInt.empty(), List.of(), List.of(), Set.of(),
                Set.of()));
    }

    @Test
    void onlyAForwardHypotheticalRuleYieldsToAHedge() {
        assertThrows(IllegalArgumentException.class, () -> new ContextRule("r5", ContextCategory.NEGATED, "no",
                List.of(), CueDirection.FORWARD, OptionalInt.empty(), List.of(), List.of(), Set.of(), Set.of(), false,
                Set.of(), false, Set.of(), false, true));
        assertThrows(IllegalArgumentException.class, () -> new ContextRule("r6", ContextCategory.HYPOTHETICAL,
                "is planned", List.of(), CueDirection.BACKWARD, OptionalInt.empty(), List.of(), List.of(), Set.of(),
                Set.of(), false, Set.of(), false, Set.of(), false, true));
        assertTrue(new ContextRule("r7", ContextCategory.HYPOTHETICAL, "tested for", List.of(), CueDirection.FORWARD,
                OptionalInt.empty(), List.of(), List.of(), Set.of(), Set.of(), false, Set.of(), false, Set.of(), false,
                true).yieldsToHedge());
    }

    @Test
    void unknownCategoryOrDirectionIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContextRule.category("r4", "NEGATIVE"));
        assertTrue(e.getMessage().contains("r4") && e.getMessage().contains("NEGATIVE"));
        assertThrows(IllegalArgumentException.class, () -> ContextRule.direction("r4", "SIDEWAYS"));
    }

    @Test
    void badRuleFailsAtLoadNamingFileAndRule() {
        String json = "{\"rules\": [{\"id\": \"neg_ok\", \"category\": \"NEGATED\", \"literal\": \"no\", "
                + "\"direction\": \"FORWARD\"}, {\"id\": \"neg_bad\", \"category\": \"NEGATED\", \"literal\": \"not\", "
                + "\"direction\": \"FORWARD\", \"max_scope\": 0}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContextRules.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test_rules.json"));
        assertTrue(e.getMessage().contains("test_rules.json"), e.getMessage());
        assertTrue(e.getMessage().contains("neg_bad"), e.getMessage());
    }

    @Test
    void duplicateIdsAreRejected() {
        ContextRule a = ContextRule.of("same", ContextCategory.NEGATED, "no", CueDirection.FORWARD);
        ContextRule b = ContextRule.of("same", ContextCategory.NEGATED, "not", CueDirection.FORWARD);
        assertThrows(IllegalArgumentException.class, () -> new ContextRules(List.of(a, b), 8, 5,
                new EnumMap<>(ContextCategory.class), Map.of()));
    }

    @Test
    void bundledRulesLoadAndCoverEveryCategory() {
        ContextRules rules = ContextRules.standard();
        for (ContextCategory c : ContextCategory.values()) {
            assertTrue(rules.rules().stream().anyMatch(r -> r.category() == c), c.name());
        }
        assertEquals(Set.of(ContextCategory.FAMILY), rules.sectionCategories().get("family_history"));
    }

    @Test
    void subjectAsideIsReadFromTheDefaultsAndABadOneFailsNamingTheFile() throws Exception {
        assertEquals(Set.of(ContextCategory.FAMILY), ContextRules.standard().aside().categories());
        String bad = "{\"defaults\": {\"subject_aside\": {\"categories\": [\"FAMILY\"], \"max_words\": -1}},"
                + " \"rules\": []}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContextRules.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "aside.json"));
        assertTrue(e.getMessage().contains("aside.json"), e.getMessage());
    }
}

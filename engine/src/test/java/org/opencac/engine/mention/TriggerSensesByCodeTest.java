package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;

/**
 * The word senses a trigger check asks about a reading: those of the reading's trigger key or of any key, in
 * the file's order, less those whose code prefixes all start with another character than the code. Worked
 * out once per trigger at start-up (and shared with the check of the Index paths).
 */
class TriggerSensesByCodeTest {

    private static boolean concerns(TriggerVocabulary.WordSense s, String code) {
        return s.codePrefixes().isEmpty() || code.isEmpty()
                || s.codePrefixes().stream().anyMatch(p -> p.isEmpty() || p.charAt(0) == code.charAt(0))
                || "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(code.charAt(0)) < 0;
    }

    @Test
    void eachTriggerAsksItsOwnSensesAndThoseOfAnyTriggerInFileOrderForTheCodesTheyMayConcern() {
        TriggerCheck check = TriggerCheck.standard(TestModels.models());
        TriggerCheck indexPaths = check.forIndexPaths();
        List<TriggerVocabulary.WordSense> senses = TriggerVocabulary.readWordSenses();
        Set<String> keys = new LinkedHashSet<>();
        senses.forEach(s -> keys.add(s.trigger()));
        keys.add("a key no sense names");
        assertTrue(keys.size() > 100 && senses.stream().anyMatch(s -> s.trigger().equals("*")));
        for (String key : keys) {
            String own = keys.contains(key) && senses.stream().anyMatch(s -> s.trigger().equals(key)) ? key : "*";
            for (String code : List.of("E11.9", "J18.9", "Z87.891", "C50.911", "0DB68ZX", "8", "abc", "")) {
                List<TriggerVocabulary.WordSense> expected = senses.stream()
                        .filter(s -> s.trigger().equals("*") || s.trigger().equals(own))
                        .filter(s -> concerns(s, code)).toList();
                assertEquals(expected, check.sensesFor(key, code), key + " / " + code);
                assertEquals(expected, indexPaths.sensesFor(key, code), key + " / " + code);
            }
        }
    }
}

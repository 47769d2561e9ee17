package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.coding.CodeCandidate;

/** A rule condition whose patterns' code heads meet none of a note's codes covers none of them. */
class CodeHeadsTest {

    @Test
    void aPatternCoversNoCodeOutsideItsHeads() {
        List<String> patterns = List.of("J12-J18", "E11", "N18.1-N18.4", "A00-B99", "Z3A", "C4A.0-C4A.9", "I10",
                "O09.0-O09.93", "R10.3", "M1A-M1A.9", "S72.0-T14.9");
        List<String> codes = everyCodeToFourCharacters();
        for (String text : patterns) {
            CodePattern p = CodePattern.parse(text);
            long[] heads = CodeHeads.covered(List.of(p));
            int covered = 0;
            for (String code : codes) {
                if (p.covers(code)) {
                    covered++;
                    assertTrue(CodeHeads.meet(heads, CodeHeads.present(List.of(candidate(code)))), text + " covers " + code);
                }
            }
            assertTrue(covered > 0, text);
        }
    }

    @Test
    void aConditionOfOtherHeadsMeetsNoneOfTheCodes() {
        long[] pneumonia = CodeHeads.covered(List.of(CodePattern.parse("J12-J18")));
        assertFalse(CodeHeads.meet(pneumonia, CodeHeads.present(List.of(candidate("E11.9"), candidate("I10")))));
        assertTrue(CodeHeads.meet(pneumonia, CodeHeads.present(List.of(candidate("E11.9"), candidate("J18.9")))));
    }

    @Test
    void aRangeHoldsTheHeadsFromItsFirstCodeToItsLast() {
        assertEquals(1, heads("J12-J18"));
        assertEquals(20, heads("A00-B99"));
        assertEquals(5, heads("S72.0-T14.9"));   // S7, S8, S9, T0, T1
    }

    @Test
    void aCodeWithoutALetterAndADigitFirstMeetsEveryPattern() {
        assertEquals(-1, CodeHeads.of("0DTJ4ZZ"));
        assertNull(CodeHeads.present(List.of(candidate("E11.9"), candidate("0DTJ4ZZ"))));
        assertTrue(CodeHeads.meet(CodeHeads.covered(List.of(CodePattern.parse("J12-J18"))), null));
    }

    @Test
    void theIntegralSymptomRulesOfACodeAreThoseAPlainScanOfEveryRuleFinds() {
        IntegralSymptomCheck check = IntegralSymptomCheck.standard();
        List<IntegralSymptomRule> rules = IntegralSymptomRule.read(
                RuleFiles.bundled(IntegralSymptomCheck.FILE), IntegralSymptomCheck.FILE);
        int withRules = 0;
        for (String code : everyCodeToFourCharacters()) {
            List<IntegralSymptomRule> expected = new ArrayList<>();
            for (IntegralSymptomRule r : rules) {
                if (anyCovers(r.symptoms(), code) && !anyCovers(r.diagnoses(), code)) {
                    expected.add(r);
                }
            }
            assertEquals(expected, check.rulesFor(code), code);
            withRules += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withRules > 100, "codes with rules: " + withRules);
    }

    private static boolean anyCovers(List<CodePattern> patterns, String code) {
        for (CodePattern p : patterns) {
            if (p.covers(code)) {
                return true;
            }
        }
        return false;
    }

    private static int heads(String pattern) {
        int n = 0;
        for (long word : CodeHeads.covered(List.of(CodePattern.parse(pattern)))) {
            n += Long.bitCount(word);
        }
        return n;
    }

    /** Every letter, digit and category character, without and with one subcategory character after the dot. */
    private static List<String> everyCodeToFourCharacters() {
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        List<String> out = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                for (int third = 0; third < chars.length(); third++) {
                    String category = "" + letter + digit + chars.charAt(third);
                    out.add(category);
                    for (int fourth = 0; fourth < chars.length(); fourth++) {
                        out.add(category + "." + chars.charAt(fourth));
                    }
                }
            }
        }
        return out;
    }

    private static CodeCandidate candidate(String code) {
        return new CodeCandidate(code, "A title", 1.0, List.of(), List.of());
    }
}

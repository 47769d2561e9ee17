package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A token of a pattern cue matches a key exactly as its case-insensitive regex does. */
class TokenTestTest {
    @Test
    void answersAsTheRegexForEveryKey() {
        List<String> regexes = List.of("no|none|denies|denied|negative|neg|absent", ":|-", "-", ",|;|:|-|\\(", "\\?",
                "don't|cannot", "entirely|completely", "r/o|rule", "neg.*", "[a-z]+ed", "café|cafe", "x");
        List<String> keys = List.of("no", "none", "denies", "nonе", "neg", "negative", ":", "-", ",", "(", "?",
                "don't", "cannot", "can", "entirely", "completely", "r/o", "rule", "negated", "ed", "moved", "café",
                "cafe", "x", "", "no ", "no's", "patient");
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            TokenTest t = new TokenTest(regex);
            for (String key : keys) {
                assertEquals(p.matcher(key).matches(), t.matches(key), regex + " / " + key);
            }
        }
    }

    @Test
    void aRunOfCharacterClassesIsReadAsTheRegexReadsIt() {
        Set<String> regexes = new LinkedHashSet<>(List.of("[a-z-]+", "[a-z0-9-]+", "[a-z][a-z0-9-]*", "[a-z]+",
                "\\d+", "\\d{1,2}", "\\d{2,4}", "\\d{3}", "\\d[\\d.,]*", "(?!(?:of|from)$).+",
                "(?!(?:seen|felt|be)$)[a-z'-]+", "[A-Z]{2}\\d*", "[a-c.x-z]{0,3}", "[^a-z]+", "[a-z]+?", ".{2}",
                "(19|20)\\d\\d", "[a-z]+|\\d+", "\\w+", "[\\w]+"));
        for (ContextRule r : ContextRules.standard().rules()) {
            regexes.addAll(r.pattern());
        }
        List<String> keys = keys();
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            TokenTest t = new TokenTest(regex);
            for (String key : keys) {
                if (t.alternativesOrNull() != null && !key.equals(key.toLowerCase(java.util.Locale.ROOT))) {
                    continue;   // a plain alternation is asked lower-cased keys only (CueMatcher.key)
                }
                assertEquals(p.matcher(key).matches(), t.matches(key), regex + " / " + key);
            }
        }
    }

    @Test
    void theShippedRulesRunNoRegexForARunOfClasses() {
        for (ContextRule r : ContextRules.standard().rules()) {
            for (String regex : r.pattern()) {
                String rest = regex.replaceFirst("^\\(\\?!\\(\\?:[a-z0-9'|]+\\)\\$\\)", "");
                if (!rest.contains("|") && !rest.contains("(") && !rest.isEmpty()) {
                    assertTrue(new TokenTest(regex).readsWithoutRegex(), r.id() + ": " + regex);
                }
            }
        }
    }

    /** Words, numbers and punctuation of the notes' kinds, with letters beyond ASCII, capitals and line ends. */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("", "a", "and", "with", "of", "from", "seen", "felt", "be", "Of",
                "SEEN", "seen\n", "of\n", "x-ray", "1999", "2004", "12", "3", "123", "12345", "1.5", "1,000", "-", "'",
                "don't", "café", "\u212a", "k", "K", "ſ", "\u0130", "\u0131", "a\u0085", "\u2028", "\r", "ab\nc",
                "\ud83d\ude00", "\ud83d", "x\ud83d\ude00", "ABC", "Ab9", "l'", "..", ".", "a.b", "é1"));
        String alphabet = "abcxyzAKZ0159-'.,\u00e9\u212a\n\u2028 /(";
        Random random = new Random(37);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(6);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            keys.add(b.toString());
        }
        return keys;
    }
}

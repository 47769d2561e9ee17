package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
    void answersTheSameWhenAskedAgainAndFromAnotherThread() throws Exception {
        TokenTest t = new TokenTest("[a-z]+ed");
        List<String> keys = List.of("moved", "ed", "moved", "patient", "negated", "", "negated");
        List<Boolean> expected = List.of(true, false, true, false, true, false, true);
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(expected.get(i), t.matches(keys.get(i)), keys.get(i));
        }
        List<Boolean> other = new java.util.ArrayList<>();
        Thread thread = new Thread(() -> keys.forEach(k -> other.add(t.matches(k))));
        thread.start();
        thread.join();
        assertEquals(expected, other);
    }
}

package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying the pattern only where a literal is written finds what a scan of every character finds. */
class LiteralFirstPatternTest {
    private static final Pattern PATTERN = Pattern.compile("\\b(follow-up|follow up|followup|returns for|recheck)\\b");
    private static final LiteralFirstPattern SEARCH = new LiteralFirstPattern(PATTERN,
            List.of("follow", "returns for", "recheck"));

    private static String expected(String text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? m.start() + "-" + m.end() + ":" + m.group() : null;
    }

    private static String found(String text) {
        Matcher m = SEARCH.find(text);
        return m == null ? null : m.start() + "-" + m.end() + ":" + m.group();
    }

    @Test
    void theFirstWholeWordMatchIsFoundAfterPartialOnes() {
        String text = "unfollowed; followups; rechecked. here for follow up and recheck";
        assertEquals(expected(text), found(text));
        assertEquals("43-52:follow up", found(text));
    }

    @Test
    void noMatchGivesNull() {
        assertNull(found("seen today for a new problem"));
        assertNull(found(""));
    }

    @Test
    void emptyLiteralsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LiteralFirstPattern(PATTERN, List.of("")));
    }

    @Test
    void agreesWithFindOnRandomText() {
        String[] pieces = {"follow", "-up", " up", "up", "returns", " for", "re", "check", "recheck", "_", "\u00e9",
            " ", ".", "x", "1"};
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(expected(b.toString()), found(b.toString()), b.toString());
        }
    }

    @Test
    void aGroupFindsEachPatternsFirstMatchInOnePass() {
        Pattern other = Pattern.compile("\\b(up to date|recheck|returning)\\b");
        LiteralFirstPattern second = new LiteralFirstPattern(other, List.of("up to", "recheck", "return"));
        LiteralFirstPattern.Group group = new LiteralFirstPattern.Group(List.of(SEARCH, second));
        String[] pieces = {"follow", "-up", " up", "up", " to date", "returns", "returning", " for", "re", "check",
            "recheck", "_", "\u00e9", " ", ".", "x", "1"};
        Random random = new Random(11);
        int bothFound = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            Matcher[] found = group.find(ScannedText.of(text));
            assertEquals(found(text), shown(found[0]), text);
            Matcher alone = other.matcher(text);
            assertEquals(alone.find() ? shown(alone) : null, shown(found[1]), text);
            bothFound += found[0] != null && found[1] != null ? 1 : 0;
        }
        assertTrue(bothFound > 100, "texts where both patterns match: " + bothFound);
    }

    private static String shown(Matcher m) {
        return m == null ? null : m.start() + "-" + m.end() + ":" + m.group();
    }
}

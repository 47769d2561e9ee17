package org.opencac.engine.mention;

import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * A heading of a note template that names no diagnosis: words written wholly in capitals, standing at the start
 * of a line or after a comma or full stop, ending in a colon, and holding a word of {@code
 * template_heading_words.txt} ("NEUROLOGICAL SYMPTOMS:", "EMOTIONAL REACTION TO DIAGNOSIS AND TREATMENT COURSE:").
 * A condition named inside it is the topic of the text below, not a finding. A problem-oriented heading
 * ("HYPERTENSION:", "1. CHF:") holds no such word and stays a diagnosis.
 */
final class TemplateHeading {
    static final String WORDS = "/org/opencac/engine/mention/template_heading_words.txt";
    private static final Set<String> TOPIC_WORDS = Set.copyOf(DataFiles.lines(WORDS));
    /** The longest heading read, in characters. */
    private static final int MAX_CHARS = 100;

    private TemplateHeading() {
    }

    /** Whether the mention lies inside a template heading of the text. */
    static boolean contains(String text, Mention m) {
        int start = m.span().start();
        int end = m.span().end();
        int a = start;
        while (a > 0 && start - a < MAX_CHARS && headingChar(text.charAt(a - 1))) {
            a--;
        }
        if (a > 0 && !opensHeading(text.charAt(a - 1))) {
            return false;
        }
        int b = end;
        while (b < text.length() && b - a < MAX_CHARS && headingChar(text.charAt(b))) {
            b++;
        }
        if (b >= text.length() || text.charAt(b) != ':') {
            return false;
        }
        String heading = text.substring(a, b);
        if (!heading.equals(heading.toUpperCase(Locale.ROOT)) || heading.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        for (String w : heading.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (TOPIC_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A character a heading's words may hold: letters (any case; the heading is checked after), spaces, joiners. */
    private static boolean headingChar(char c) {
        return Character.isLetter(c) || c == ' ' || c == '\t' || c == '&' || c == '/' || c == '-' || c == '\'';
    }

    /** A character that may stand just before a heading: the end of a line, a comma or a full stop. */
    private static boolean opensHeading(char c) {
        return c == '\n' || c == '\r' || c == ',' || c == '.' || Character.isDigit(c) || c == ')';
    }
}

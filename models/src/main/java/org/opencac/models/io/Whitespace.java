package org.opencac.models.io;

/** White space read by hand exactly as a regular expression reads it, for scanners that replace one. */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * Whether {@code c} is in the regex class {@code \s} (without UNICODE_CHARACTER_CLASS): space, tab, line feed,
     * vertical tab, form feed or carriage return; a no-break space and the Unicode line separators are not.
     */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

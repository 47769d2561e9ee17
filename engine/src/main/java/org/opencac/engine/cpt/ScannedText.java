package org.opencac.engine.cpt;

/**
 * A text with its characters copied into an array once, for the several scans of one note that read it
 * character by character ({@link LiteralScan}): an array element is read without the bounds and coder checks of
 * {@link String#charAt} on every character.
 */
record ScannedText(String text, char[] chars) {
    static ScannedText of(String text) {
        return new ScannedText(text, text.toCharArray());
    }
}

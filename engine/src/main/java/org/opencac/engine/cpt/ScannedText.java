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

    /**
     * The text lower-cased ({@code toLowerCase(Locale.ROOT)}) with its array: for an ASCII text, whose only
     * change is A-Z to a-z, lower-cased in the array in the pass that copies it (the string made from the array);
     * any other text by {@link String#toLowerCase}, which knows the rest of Unicode.
     */
    static ScannedText lowerCased(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
                changed = true;
            } else if (c > 127) {
                return of(text.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new ScannedText(changed ? new String(chars) : text, chars);
    }
}

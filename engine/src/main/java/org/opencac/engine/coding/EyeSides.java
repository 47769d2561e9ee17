package org.opencac.engine.coding;

import java.util.regex.Pattern;

/**
 * The eye a note names with the ophthalmic abbreviations read as the Tabular writes the side: "OD" (oculus
 * dexter) is "right eye", "OS" (oculus sinister) "left eye", "OU" (oculus uterque) "bilateral", so that
 * "primary open-angle glaucoma OD" selects the right-eye code as "... of the right eye" does. Only the
 * abbreviations written in capitals (with or without stops) are read: in lower case "os" is a bone or an
 * orifice. Where no eye code is in question the added words select nothing, since only eye titles print them.
 */
final class EyeSides {
    private static final Pattern SIDE = Pattern.compile("(?<![\\w.])(O\\.D\\.|O\\.S\\.|O\\.U\\.|OD|OS|OU)(?!\\w)");

    private EyeSides() {
    }

    /** The text with each eye abbreviation written out; the text itself when it has none. */
    static String writtenOut(String text) {
        if (text == null || text.indexOf('O') < 0) {
            return text;
        }
        return SIDE.matcher(text).replaceAll(m -> switch (m.group(1).replace(".", "")) {
            case "OD" -> "right eye";
            case "OS" -> "left eye";
            default -> "bilateral";
        });
    }
}

package org.opencac.engine.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;

/**
 * The eye a note names with the ophthalmic abbreviations read as the Tabular writes the side: "OD" (oculus
 * dexter) is "right eye", "OS" (oculus sinister) "left eye", "OU" (oculus uterque) "bilateral", so that
 * "primary open-angle glaucoma OD" selects the right-eye code as "... of the right eye" does. Only the
 * abbreviations written in capitals (with or without stops) are read: in lower case "os" is a bone or an
 * orifice. Where no eye code is in question the added words select nothing, since only eye titles print them.
 * "RE" and "LE" ({@code eye_side_words.txt}) are read only in capitals, not before a colon, and only in a text that
 * writes an eye word: "LE" is also a lower extremity, "RE:" a letter's subject.
 */
final class EyeSides {
    private static final Pattern SIDE = Pattern.compile("(?<![\\w.])(O\\.D\\.|O\\.S\\.|O\\.U\\.|OD|OS|OU)(?!\\w)");
    private static final String WORDS = "/org/opencac/engine/coding/eye_side_words.txt";
    /** The eye side abbreviations read only beside an eye word, and what each is written out as. */
    private static final Map<String, String> CONTEXT_SIDES = new HashMap<>();
    /** Eye context words, lowercase. */
    private static final Set<String> EYE_WORDS = new HashSet<>();
    private static final Pattern CONTEXT_SIDE;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    static {
        for (String line : DataFiles.lines(WORDS)) {
            String[] f = line.trim().split("\\s+", 3);
            if (f[0].equals("side") && f.length == 3) {
                CONTEXT_SIDES.put(f[1], f[2]);
            } else if (f[0].equals("eye") && f.length == 2) {
                EYE_WORDS.add(f[1].toLowerCase(Locale.ROOT));
            } else {
                throw new IllegalStateException(WORDS + ": bad line: " + line);
            }
        }
        CONTEXT_SIDE = Pattern.compile("(?<![\\w.])(" + String.join("|", CONTEXT_SIDES.keySet()) + ")(?!\\w|\\s*:)");
    }

    private EyeSides() {
    }

    /** The text with each eye abbreviation written out; the text itself when it has none. */
    static String writtenOut(String text) {
        return text == null || text.indexOf('O') < 0 ? withContextSides(text, text)
                : withContextSides(text, SIDE.matcher(text).replaceAll(m -> switch (m.group(1).replace(".", "")) {
                    case "OD" -> "right eye";
                    case "OS" -> "left eye";
                    default -> "bilateral";
                }));
    }

    /**
     * The text with each "RE" and "LE" written out where the note's own words ({@code written}, before any
     * abbreviation is written out) write an eye word; else the text itself.
     */
    private static String withContextSides(String written, String text) {
        if (text == null || text.indexOf('E') < 0) {
            return text;
        }
        Matcher side = CONTEXT_SIDE.matcher(text);
        if (!side.find() || !writesEyeWord(written)) {
            return text;
        }
        return side.replaceAll(m -> CONTEXT_SIDES.get(m.group(1)));
    }

    private static boolean writesEyeWord(String text) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (EYE_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

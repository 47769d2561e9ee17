package org.opencac.engine.coding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage written in Roman numerals read as the Tabular writes it, in Arabic ("stage IV" is "stage 4",
 * "stage IIIb" is "stage 3b"): every Tabular title that names a stage (pressure ulcers, chronic kidney
 * disease) uses Arabic numerals, while notes often write Roman ones. Only the word after "stage" is read,
 * since the Tabular writes types, grades and classes in Roman numerals itself ("type III open fracture").
 */
final class StageNumerals {
    private static final Pattern ROMAN_STAGE = Pattern.compile("(?i)\\b(stages?\\s+)(iv|iii|ii|i|v)([ab])?\\b");

    private StageNumerals() {
    }

    /** The text with each Roman stage number written in Arabic; the text itself when it has none. */
    static String arabic(String text) {
        if (text == null || (!text.contains("tage") && !text.contains("TAGE"))) {
            return text;
        }
        Matcher m = ROMAN_STAGE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + value(m.group(2)) + suffix));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static int value(String roman) {
        return switch (roman.toLowerCase(Locale.ROOT)) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> 5;
        };
    }
}

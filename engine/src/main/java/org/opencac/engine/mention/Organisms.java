package org.opencac.engine.mention;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The organism an infectious-agent code (B95-B97, "... as the cause of diseases classified elsewhere")
 * names, read from its Tabular title. Index navigation reads an abbreviated organism of a note ("P.
 * aeruginosa") as these words, and the infectious-agent convention asks whether a combination code names it.
 */
public final class Organisms {
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");

    private Organisms() {
    }

    /** True for an infectious-agent code (B95-B97). */
    public static boolean isAgent(String code) {
        // what B9[5-7](\..*)? matches, read by hand (asked for every candidate code): "B9" and 5-7, then nothing
        // or a dot and characters none of which ends a line (the regex's '.')
        if (code.length() < 3 || code.charAt(0) != 'B' || code.charAt(1) != '9' || code.charAt(2) < '5'
                || code.charAt(2) > '7') {
            return false;
        }
        if (code.length() == 3) {
            return true;
        }
        if (code.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /**
     * The organism words of a B95-B97 title, lowercase: "Unspecified Escherichia coli [E. coli] as the cause
     * of ..." gives "escherichia coli"; empty for a title that names no organism ("Other bacterial agents").
     */
    public static String named(String title) {
        String t = BRACKETS.matcher(title).replaceAll("");
        int cut = t.toLowerCase(Locale.ROOT).indexOf(" as the cause");
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        int comma = t.indexOf(',');
        if (comma >= 0) {
            t = t.substring(0, comma);
        }
        t = t.replaceFirst("(?i)^(unspecified|other specified|other)\\s+", "").replaceFirst("(?i)\\s+infection$", "");
        t = t.trim().toLowerCase(Locale.ROOT);
        return t.equals("bacterial agents") || t.equals("viral agents") ? "" : t;
    }
}

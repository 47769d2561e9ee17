package org.opencac.engine.mention;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The organism an infectious-agent code (B95-B97, "... as the cause of diseases classified elsewhere")
 * names, read from its Tabular title. Index navigation reads an abbreviated organism of a note ("P.
 * aeruginosa") as these words, and the infectious-agent convention asks whether a combination code names it.
 */
public final class Organisms {
    private static final Pattern AGENT = Pattern.compile("B9[5-7](\\..*)?");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");

    private Organisms() {
    }

    /** True for an infectious-agent code (B95-B97). */
    public static boolean isAgent(String code) {
        return AGENT.matcher(code).matches();
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

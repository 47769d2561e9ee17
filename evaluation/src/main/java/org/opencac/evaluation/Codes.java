package org.opencac.evaluation;

import java.util.Locale;

/** Code-system names and code normalization shared by gold readers, metrics and batch output. */
public final class Codes {
    public static final String ICD10CM = "ICD-10-CM";
    public static final String ICD10PCS = "ICD-10-PCS";

    private Codes() {
    }

    /**
     * Upper-cases a code, trims it, and for ICD-10-CM puts the dot after the third character
     * ("e119" and "E11.9" both give "E11.9"; "I10" stays "I10"). PCS and other codes lose any dot.
     */
    public static String normalize(String system, String code) {
        String bare = code.trim().toUpperCase(Locale.ROOT).replace(".", "");
        if (!ICD10CM.equals(system) || bare.length() <= 3) {
            return bare;
        }
        return bare.substring(0, 3) + "." + bare.substring(3);
    }

    /** The 3-character category of a normalized code ("E11.9" gives "E11"). */
    public static String category(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}

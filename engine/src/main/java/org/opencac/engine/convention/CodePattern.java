package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opencac.engine.RuleColumns;
import org.opencac.models.codeset.InstructionalNote;

/**
 * A code pattern in a rule file: a code or prefix ("E11", "R10.3", "E11.9") or an inclusive range of
 * prefixes ("J12-J18", "N18.1-N18.4"). A prefix covers the code and everything under it.
 *
 * @param text the pattern as written in the file
 * @param ref  the parsed prefix or range (no dots)
 */
public record CodePattern(String text, InstructionalNote.CodeRef ref) {
    private static final Pattern CODE = Pattern.compile("[A-Z]\\d[0-9A-Z](\\.[0-9A-Z]{1,4})?");

    /**
     * Whether the text is one code or category written in full ("N13.5", "E11"): no range, no dash. Instructional
     * notes written at such a code, and the codes a note names alone, are asked so.
     */
    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    /** Parses one pattern; throws IllegalArgumentException naming the bad text. */
    public static CodePattern parse(String text) {
        String t = text == null ? "" : text.trim();
        String[] range = t.split("-", -1);
        if (range.length > 2 || range.length == 0) {
            throw new IllegalArgumentException("bad code pattern \"" + text + "\"");
        }
        for (String side : range) {
            if (!CODE.matcher(side).matches()) {
                throw new IllegalArgumentException("bad code pattern \"" + text + "\" (expected e.g. E11, R10.3 or J12-J18)");
            }
        }
        String first = range[0].replace(".", "");
        String last = (range.length == 2 ? range[1] : range[0]).replace(".", "");
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("code range \"" + text + "\" runs backwards");
        }
        return new CodePattern(t, new InstructionalNote.CodeRef(first, last));
    }

    /** The patterns of a comma-separated list ("I63, I61.-, Z86.73"), blanks skipped. */
    public static List<CodePattern> parseList(String commaSeparated) {
        return parseAll(RuleColumns.items(commaSeparated));
    }

    public static List<CodePattern> parseAll(List<String> texts) {
        List<CodePattern> out = new ArrayList<>();
        for (String t : texts) {
            out.add(parse(t));
        }
        return List.copyOf(out);
    }

    public boolean covers(String code) {
        return ref.covers(code);
    }

    /** True if any of the patterns covers the code. */
    public static boolean anyCovers(List<CodePattern> patterns, String code) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).ref().covers(code)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}

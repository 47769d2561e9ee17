package org.opencac.models.codeset;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Tabular List note, e.g. an Excludes1 line "type 1 diabetes mellitus (E10.-)".
 *
 * @param type       the kind of note
 * @param text       the note as published
 * @param codeRefs   the code references in the note's parentheses, e.g. "E10.-", "O10-O11", "Z79.4"
 * @param sourceCode the code, category, block or chapter the note is written under
 */
public record InstructionalNote(NoteType type, String text, List<CodeRef> codeRefs, String sourceCode) {

    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern CODE = Pattern.compile("^[A-Z]\\d[0-9A-Z](\\.[0-9A-Z-]{0,4})?$");

    public InstructionalNote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        codeRefs = List.copyOf(codeRefs);
        Objects.requireNonNull(sourceCode, "sourceCode");
    }

    /** Builds a note and parses the code references out of its text. */
    public static InstructionalNote of(NoteType type, String text, String sourceCode) {
        return new InstructionalNote(type, text, parseRefs(text), sourceCode);
    }

    /** True if the note refers to the given code (by exact code, category prefix or range). */
    public boolean refersTo(String code) {
        if (codeRefs.isEmpty()) {
            return false;
        }
        for (int i = 0; i < codeRefs.size(); i++) {   // indexed: asked for every pair of codes by the checks
            if (codeRefs.get(i).covers(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the note's words name the code anywhere, not only in parentheses: an Includes note such as
     * "any condition in I50.- or I51.4-I51.7 due to hypertension" names I51.7 (asked only for the few pairs of
     * codes a check weighs, so the words are read on each call).
     */
    public boolean namesInWords(String code) {
        Matcher m = BARE_CODE.matcher(text);
        while (m.find()) {
            String last = m.group(2) == null ? m.group(1) : m.group(2);
            if (new CodeRef(strip(m.group(1)), strip(last)).covers(code)) {
                return true;
            }
        }
        return false;
    }

    /** A code, "I50.-" or a range "I51.4-I51.7" written in a note's words. */
    private static final Pattern BARE_CODE = Pattern.compile(
            "\\b([A-Z]\\d[0-9A-Z](?:\\.(?:[0-9A-Z]{1,4}|-))?)(?:-([A-Z]\\d[0-9A-Z](?:\\.[0-9A-Z]{1,4})?))?");

    static List<CodeRef> parseRefs(String text) {
        java.util.ArrayList<CodeRef> refs = new java.util.ArrayList<>();
        Matcher m = PARENS.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                String p = part.trim();
                String[] range = p.split("-(?=[A-Z])");
                if (range.length == 2 && CODE.matcher(range[0]).matches() && CODE.matcher(range[1]).matches()) {
                    refs.add(new CodeRef(strip(range[0]), strip(range[1])));
                } else if (CODE.matcher(p).matches()) {
                    refs.add(new CodeRef(strip(p), strip(p)));
                }
            }
        }
        return refs;
    }

    private static String strip(String ref) {
        String s = ref.endsWith(".-") ? ref.substring(0, ref.length() - 2) : ref;
        s = s.endsWith("-") ? s.substring(0, s.length() - 1) : s;
        return s.replace(".", "");
    }

    /**
     * A code or a range of codes named in a note, stored without dots; "E10.-" becomes the prefix "E10".
     *
     * @param first first code or prefix of the range (no dot)
     * @param last  last code or prefix of the range (no dot)
     */
    public record CodeRef(String first, String last) {
        /** Whether the code (with or without its dot) is this code, under this prefix or in this range. */
        public boolean covers(String code) {
            if (!code.isEmpty() && !first.isEmpty() && !last.isEmpty()) {
                // a code whose first character is outside the first and last codes' is outside the range (asked
                // for every candidate of a note by every rule of several checks: most answers are no)
                char head = code.charAt(0);
                if (head != '.' && (head < first.charAt(0) || head > last.charAt(0))) {
                    return false;
                }
            }
            int dot = code.indexOf('.');
            if (dot >= 0 && code.indexOf('.', dot + 1) >= 0) {
                return coversDotless(code.replace(".", ""));
            }
            return covers(code, dot);
        }

        /** {@link #covers} for a code already without its dot. */
        public boolean coversDotless(String c) {
            if (!c.isEmpty() && !first.isEmpty() && !last.isEmpty()) {
                // as in covers: a first character outside the first and last codes' is outside (most answers are no)
                char head = c.charAt(0);
                if (head < first.charAt(0) || head > last.charAt(0)) {
                    return false;
                }
            }
            return covers(c, -1);
        }

        /** {@link #covers} read as if the code's one dot, at {@code dot} (-1: none), were not written. */
        private boolean covers(String c, int dot) {
            int length = dot < 0 ? c.length() : c.length() - 1;
            if (first.equals(last)) {
                return length >= first.length() && comparePrefixes(c, dot, first.length(), first, first.length()) == 0;
            }
            // the code's head (as long as the last code) between the first (cut to the head) and the last, as
            // String.compareTo orders them, compared in place
            int head = Math.min(length, last.length());
            return comparePrefixes(c, dot, head, first, Math.min(first.length(), head)) >= 0
                    && comparePrefixes(c, dot, head, last, last.length()) <= 0;
        }

        /** {@code a.substring(0, aLength).compareTo(b.substring(0, bLength))}, without making the substrings. */
        static int comparePrefixes(String a, int aLength, String b, int bLength) {
            return comparePrefixes(a, -1, aLength, b, bLength);
        }

        /**
         * {@link #comparePrefixes(String, int, String, int)} with {@code a} read without the character at
         * {@code skip} (-1: none), so {@code aLength} counts the characters read.
         */
        private static int comparePrefixes(String a, int skip, int aLength, String b, int bLength) {
            int n = Math.min(aLength, bLength);
            for (int i = 0; i < n; i++) {
                char x = skip < 0 || i < skip ? a.charAt(i) : a.charAt(i + 1);
                char y = b.charAt(i);
                if (x != y) {
                    return x - y;
                }
            }
            return aLength - bLength;
        }
    }
}

package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A token regex of the plain shapes the context rules use, answered by reading the key's characters instead of
 * running the regex: a run of character classes ("[a-z-]+", "\\d{1,4}", "[a-z][a-z0-9-]*", ".+"), each of a fixed
 * count except the last, optionally behind a lookahead that refuses whole words ("(?!(?:of|from)$).+"). The
 * answer is the case-insensitive regex's (ASCII letters fold, as without UNICODE_CASE; "\\d" is ASCII digits; "."
 * is any character but a line end); a key holding an upper-case ASCII letter is left to the regex (the refused words
 * are compared as written), as is every other shape ({@link #of} gives null). The regex made a matcher for every
 * key it was asked: a cue such as "and [a-z-]+ with" asks it at every "and" of every note.
 */
final class CharRunTest {
    /** A class of characters with the count it must match: {@code min..max} characters (max -1: no limit). */
    private record Part(boolean[] ascii, boolean anyButLineEnd, int min, int max) {
        boolean has(char c) {
            if (anyButLineEnd) {
                return c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029';
            }
            return c < 128 && ascii[c];
        }
    }

    private final Set<String> refused;
    private final Part[] parts;

    private CharRunTest(Set<String> refused, Part[] parts) {
        this.refused = refused;
        this.parts = parts;
    }

    /**
     * Whether the key matches; null when the regex must answer (a key with an upper-case ASCII letter beside
     * refused words).
     */
    Boolean matches(String key) {
        if (!refused.isEmpty()) {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    return null;
                }
            }
            if (refused.contains(key)) {
                return false;
            }
        }
        int at = 0;
        int n = key.length();
        for (int p = 0; p < parts.length - 1; p++) {
            Part part = parts[p];
            for (int k = 0; k < part.min(); k++, at++) {
                if (at >= n || !part.has(key.charAt(at))) {
                    return false;
                }
            }
        }
        Part last = parts[parts.length - 1];
        int left = n - at;
        if (left < last.min() || last.max() >= 0 && left > last.max()) {
            return false;
        }
        for (; at < n; at++) {
            if (!last.has(key.charAt(at))) {
                return false;
            }
        }
        return true;
    }

    /** The test of a regex of one of the plain shapes, or null. */
    static CharRunTest of(String regex) {
        Set<String> refused = Set.of();
        String rest = regex;
        if (rest.startsWith("(?!(?:")) {
            int close = rest.indexOf(")$)");
            if (close < 0) {
                return null;
            }
            Set<String> out = new HashSet<>();
            for (String w : rest.substring(6, close).split("\\|", -1)) {
                if (!w.matches("[a-z0-9']+")) {   // lower-case ASCII words only: compared as written
                    return null;
                }
                out.add(w);
            }
            refused = Set.copyOf(out);
            rest = rest.substring(close + 3);
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < rest.length()) {
            boolean[] ascii = new boolean[128];
            boolean any = false;
            char c = rest.charAt(i);
            if (c == '[') {
                int end = klass(rest, i + 1, ascii);
                if (end < 0) {
                    return null;
                }
                i = end + 1;
            } else if (c == '\\' && i + 1 < rest.length() && rest.charAt(i + 1) == 'd') {
                digits(ascii);
                i += 2;
            } else if (c == '.') {
                any = true;
                i++;
            } else {
                return null;
            }
            int min = 1;
            int max = 1;
            if (i < rest.length()) {
                char q = rest.charAt(i);
                if (q == '+' || q == '*') {
                    min = q == '+' ? 1 : 0;
                    max = -1;
                    i++;
                } else if (q == '{') {
                    int end = rest.indexOf('}', i);
                    if (end < 0) {
                        return null;
                    }
                    String[] counts = rest.substring(i + 1, end).split(",", -1);
                    if (counts.length > 2 || !counts[0].matches("\\d{1,2}")
                            || counts.length == 2 && !counts[1].matches("\\d{1,2}")) {
                        return null;
                    }
                    min = Integer.parseInt(counts[0]);
                    max = counts.length == 1 ? min : Integer.parseInt(counts[1]);
                    if (max < min) {
                        return null;
                    }
                    i = end + 1;
                }
                if (i < rest.length() && "?+*{".indexOf(rest.charAt(i)) >= 0) {
                    return null;   // a lazy or possessive quantifier, or a second one: left to the regex
                }
            }
            parts.add(new Part(ascii, any, min, max));
        }
        if (parts.isEmpty()) {
            return null;
        }
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            boolean last = p == parts.size() - 1;
            if (!last && part.min() != part.max()) {
                return null;   // only the last part's count may vary, so no backtracking is needed
            }
            if (part.anyButLineEnd() && !(last && part.max() < 0)) {
                return null;   // "." counts code points, not chars: only an unbounded last run is read
            }
        }
        return new CharRunTest(refused, parts.toArray(Part[]::new));
    }

    /** Reads a class's content from {@code from} to its ']' into {@code ascii}; the index of the ']', or -1. */
    private static int klass(String regex, int from, boolean[] ascii) {
        int i = from;
        if (i < regex.length() && (regex.charAt(i) == '^' || regex.charAt(i) == ']')) {
            return -1;   // a negated class, or a ']' read as a character: left to the regex
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            char c = regex.charAt(i);
            if (c == '[' || c == '&' || c >= 128) {
                return -1;
            }
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return -1;
                }
                char e = regex.charAt(i + 1);
                if (e == 'd') {
                    digits(ascii);
                } else if (".-,'".indexOf(e) >= 0) {
                    ascii[e] = true;
                } else {
                    return -1;
                }
                i += 2;
                continue;
            }
            boolean range = i + 2 < regex.length() && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']';
            if (range) {
                char to = regex.charAt(i + 2);
                if (!(Character.isLetterOrDigit(c) && Character.isLetterOrDigit(to) && to < 128 && to >= c
                        && (Character.isDigit(c) == Character.isDigit(to))
                        && (Character.isLowerCase(c) == Character.isLowerCase(to)))) {
                    return -1;
                }
                for (char k = c; k <= to; k++) {
                    letter(ascii, k);
                }
                i += 3;
            } else if (c == '-' || c == '\'' || c == '.' || c == ',' || Character.isLetterOrDigit(c)) {
                letter(ascii, c);
                i++;
            } else {
                return -1;
            }
        }
        return i < regex.length() ? i : -1;
    }

    /** Marks a character and, for an ASCII letter, its other case (the regex is case-insensitive). */
    private static void letter(boolean[] ascii, char c) {
        ascii[c] = true;
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            ascii[Character.toLowerCase(c)] = true;
            ascii[Character.toUpperCase(c)] = true;
        }
    }

    private static void digits(boolean[] ascii) {
        for (char d = '0'; d <= '9'; d++) {
            ascii[d] = true;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CharRunTest[%d parts, %d refused]", parts.length, refused.size());
    }
}

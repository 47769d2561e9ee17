package org.opencac.engine.text;

import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every alternative begins with {@code \b} and a word, searched only where a word starts and
 * only at words whose first three characters can begin a match. {@link Matcher#find()} tries a pattern at every
 * character; a rule pattern of this kind can only match at a word start, and which three-character beginnings
 * can start a match is worked out once over a small alphabet (lower-case letters, digits and the punctuation of
 * words; the matcher is asked whether each text matches or needs more input). A word start whose first three
 * characters are not all in the alphabet, or that is too near the region's end, is always tried. The first match
 * is the same as a full search's, for a fraction of the work. Word characters are those of {@code \b}: letters,
 * digits and the underscore.
 */
public final class WordStartPattern {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_ -'/.,:;&()";
    private static final int SIZE = 64;
    /** By ASCII character, its place in the alphabet, or -1. */
    private static final int[] PLACE = new int[128];

    static {
        java.util.Arrays.fill(PLACE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            PLACE[ALPHABET.charAt(i)] = i;
        }
    }

    /** A pattern that never matches (a rule file without the optional pattern). */
    public static final WordStartPattern NEVER = new WordStartPattern(Pattern.compile("(?!)"), new BitSet(), false);

    private final Pattern pattern;
    /** By beginning ({@code SIZE * SIZE * a + SIZE * b + c}, places in the alphabet): whether a match may start so. */
    private final BitSet mayBegin;
    /** Whether upper-case ASCII letters read as lower-case ones (the pattern ignores case). */
    private final boolean foldCase;

    private WordStartPattern(Pattern pattern, BitSet mayBegin, boolean foldCase) {
        this.pattern = pattern;
        this.mayBegin = mayBegin;
        this.foldCase = foldCase;
    }

    /**
     * Wraps a compiled pattern.
     *
     * @throws IllegalArgumentException if an alternative of the pattern may begin elsewhere than at a word start
     */
    public static WordStartPattern of(Pattern pattern) {
        if (!beginsAtWords(pattern.pattern())) {
            throw new IllegalArgumentException("every alternative of the pattern must begin with \\b and a word"
                    + " (it is tried at word starts only): " + pattern.pattern());
        }
        BitSet mayBegin = new BitSet(SIZE * SIZE * SIZE);
        Matcher m = pattern.matcher("");
        char[] text = new char[3];
        for (int a = 0; a < ALPHABET.length(); a++) {
            text[0] = ALPHABET.charAt(a);
            if (!possibleStart(m, new String(text, 0, 1))) {
                continue;
            }
            for (int b = 0; b < ALPHABET.length(); b++) {
                text[1] = ALPHABET.charAt(b);
                if (!possibleStart(m, new String(text, 0, 2))) {
                    continue;
                }
                for (int c = 0; c < ALPHABET.length(); c++) {
                    text[2] = ALPHABET.charAt(c);
                    if (possibleStart(m, new String(text, 0, 3))) {
                        mayBegin.set((a * SIZE + b) * SIZE + c);
                    }
                }
            }
        }
        // An inline "(?-i" may make part of the pattern heed case again: then upper case is never folded.
        boolean foldCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 && !pattern.pattern().contains("(?-");
        return new WordStartPattern(pattern, mayBegin, foldCase);
    }

    /** True if a match may begin {@code text}: it matches, or more text could make it match. */
    private static boolean possibleStart(Matcher m, String text) {
        m.reset(text);
        return m.lookingAt() || m.hitEnd();
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * True if every top-level alternative of {@code regex} begins with {@code \b} followed by a letter, a digit,
     * {@code \w}, {@code \d}, a character class that is not negated or a group that is not a lookaround.
     */
    public static boolean beginsAtWords(String regex) {
        for (String alternative : topLevelAlternatives(regex)) {
            if (!alternativeBeginsAtWord(alternative, 0, alternative.length())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The alternatives of the regular expression's top level: split at each '|' outside groups and character
     * classes (an escaped character is skipped).
     */
    public static List<String> topLevelAlternatives(String regex) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int altStart = 0;
        for (int i = 0; i <= regex.length(); i++) {
            if (i == regex.length() || !inClass && depth == 0 && regex.charAt(i) == '|') {
                out.add(regex.substring(altStart, i));
                altStart = i + 1;
                continue;
            }
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return out;
    }

    private static boolean alternativeBeginsAtWord(String regex, int start, int end) {
        if (end - start < 3 || !regex.startsWith("\\b", start)) {
            return false;
        }
        int at = start + 2;
        char next = regex.charAt(at);
        return Character.isLetterOrDigit(next) || regex.startsWith("\\w", at) || regex.startsWith("\\d", at)
                || next == '[' && !regex.startsWith("[^", at)
                || next == '(' && !regex.startsWith("(?<", at) && !regex.startsWith("(?=", at)
                && !regex.startsWith("(?!", at);
    }

    /**
     * The first match in {@code text[start, end)}, or null. The region is opaque, as with
     * {@code pattern.matcher(text).region(start, end).find()}.
     */
    public MatchResult find(CharSequence text, int start, int end) {
        return in(text).find(start, end);
    }

    /** Searches of one text, sharing one matcher (a caller searching many regions of a note makes one). */
    public Search in(CharSequence text) {
        return new Search(text);
    }

    /** Searches of the pattern in one text; not for use by several threads. */
    public final class Search {
        private final CharSequence text;
        private Matcher matcher;

        private Search(CharSequence text) {
            this.text = text;
        }

        /** The first match in {@code text[start, end)}, or null; see {@link WordStartPattern#find}. */
        public MatchResult find(int start, int end) {
            for (int i = start; i < end; i++) {
                if (isWordStart(text, i, start) && mayBegin(text, i, end)) {
                    matcher = matcher == null ? pattern.matcher(text) : matcher;
                    matcher.region(i, end);
                    if (matcher.lookingAt()) {
                        return matcher.toMatchResult();
                    }
                }
            }
            return null;
        }
    }

    /** Whether a match may start at {@code i} by its first three characters (true when they cannot be read). */
    private boolean mayBegin(CharSequence text, int i, int end) {
        int key = key(text, i, end, foldCase);
        return key < 0 || mayBegin.get(key);
    }

    /** The beginning's key of the three characters at {@code i}, or -1 if they cannot be read. */
    private static int key(CharSequence text, int i, int end, boolean foldCase) {
        if (i + 3 > end) {
            return -1;
        }
        int key = 0;
        for (int k = i; k < i + 3; k++) {
            int place = place(text.charAt(k), foldCase);
            if (place < 0) {
                return -1;
            }
            key = key * SIZE + place;
        }
        return key;
    }

    /** A character's place in a key (folded to lower case when asked), or -1 if no key holds it. */
    private static int place(char c, boolean foldCase) {
        if (c >= 128) {
            return -1;
        }
        return PLACE[foldCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
    }

    static boolean isWordStart(CharSequence text, int i, int start) {
        return isWordCharacter(text.charAt(i)) && (i == start || !isWordCharacter(text.charAt(i - 1)));
    }

    /** As {@link #isWordStart(CharSequence, int, int)}, on a text's characters. */
    private static boolean isWordStart(char[] text, int i, int start) {
        return isWordCharacter(text[i]) && (i == start || !isWordCharacter(text[i - 1]));
    }

    /** As {@link #key(CharSequence, int, int, boolean)}, on a text's characters. */
    private static int key(char[] text, int i, int end, boolean foldCase) {
        if (i + 3 > end) {
            return -1;
        }
        int key = 0;
        for (int k = i; k < i + 3; k++) {
            int place = place(text[k], foldCase);
            if (place < 0) {
                return -1;
            }
            key = key * SIZE + place;
        }
        return key;
    }

    /**
     * Several patterns searched together: each word start's beginning is read once and names the patterns that
     * may match there, so a text is read once however many patterns there are.
     */
    public static final class Group {
        private final List<WordStartPattern> patterns;
        /**
         * By beginning key: the patterns (folding case, resp. heeding it) that may start so; null: none. Held by
         * the first two characters, then the third ({@code [key / SIZE][key % SIZE]}), null where no pattern may
         * start with the two: the table read at every word start is small (a row for each beginning of two
         * characters that can start a match), not one place for each of the alphabet's beginnings of three.
         */
        private final BitSet[][] folded = new BitSet[SIZE * SIZE][];
        private final BitSet[][] exact = new BitSet[SIZE * SIZE][];
        private final BitSet foldingAll = new BitSet();
        private final BitSet exactAll = new BitSet();

        public Group(List<WordStartPattern> patterns) {
            this.patterns = List.copyOf(patterns);
            for (int p = 0; p < this.patterns.size(); p++) {
                WordStartPattern w = this.patterns.get(p);
                BitSet[][] byKey = w.foldCase ? folded : exact;
                (w.foldCase ? foldingAll : exactAll).set(p);
                for (int key = w.mayBegin.nextSetBit(0); key >= 0; key = w.mayBegin.nextSetBit(key + 1)) {
                    BitSet[] row = byKey[key / SIZE] == null ? byKey[key / SIZE] = new BitSet[SIZE] : byKey[key / SIZE];
                    if (row[key % SIZE] == null) {
                        row[key % SIZE] = new BitSet();
                    }
                    row[key % SIZE].set(p);
                }
            }
        }

        /** Searches of the group in one text, one matcher per pattern; not for use by several threads. */
        public Searches in(CharSequence text) {
            return new Searches(text);
        }

        /** Searches of a group's patterns in one text. */
        public final class Searches {
            private final CharSequence text;
            /** The text's characters, read at every character of the ranges searched. */
            private final char[] chars;
            private final Matcher[] matchers = new Matcher[patterns.size()];

            private Searches(CharSequence text) {
                this.text = text;
                this.chars = text.toString().toCharArray();
            }

            /**
             * The first match in {@code text[start, end)} of each pattern in {@code wanted} (by its place in the
             * group), or null where it has none: the same as each pattern's {@link WordStartPattern#find}.
             */
            public MatchResult[] firstMatches(int start, int end, BitSet wanted) {
                return firstMatches(start, end, wanted, new MatchResult[patterns.size()]);
            }

            /**
             * {@link #firstMatches(int, int, BitSet)} written into {@code out} (one place per pattern of the group),
             * whose places of the patterns in {@code wanted} are set (null where none matches) and the others left
             * as they are: a reader searching sentence after sentence keeps one array for all of them.
             */
            public MatchResult[] firstMatches(int start, int end, BitSet wanted, MatchResult[] out) {
                for (int p = wanted.nextSetBit(0); p >= 0; p = wanted.nextSetBit(p + 1)) {
                    out[p] = null;
                }
                BitSet open = (BitSet) wanted.clone();
                for (int i = start; i < end && !open.isEmpty(); i++) {
                    if (!isWordStart(chars, i, start)) {
                        continue;
                    }
                    // the patterns folding case that may start here, then those heeding it: each pattern's first
                    // match is its own, so the order they are tried in at one place changes nothing
                    tryAt(candidates(folded, foldingAll, i, end, true), i, end, open, out);
                    tryAt(candidates(exact, exactAll, i, end, false), i, end, open, out);
                }
                return out;
            }

            /** Tries each pattern of {@code here} still {@code open} at i, recording and closing those that match. */
            private void tryAt(BitSet here, int i, int end, BitSet open, MatchResult[] out) {
                if (here == null) {
                    return;
                }
                for (int p = here.nextSetBit(0); p >= 0; p = here.nextSetBit(p + 1)) {
                    if (!open.get(p)) {
                        continue;
                    }
                    Matcher m = matchers[p] == null ? matchers[p] = patterns.get(p).pattern.matcher(text) : matchers[p];
                    m.region(i, end);
                    if (m.lookingAt()) {
                        out[p] = m.toMatchResult();
                        open.clear(p);
                    }
                }
            }

            /** The patterns of one kind that may start at i: all of them when its beginning cannot be read. */
            private BitSet candidates(BitSet[][] byKey, BitSet all, int i, int end, boolean foldCase) {
                if (all.isEmpty()) {
                    return null;
                }
                int key = key(chars, i, end, foldCase);
                if (key < 0) {
                    return all;
                }
                BitSet[] row = byKey[key / SIZE];
                return row == null ? null : row[key % SIZE];
            }
        }
    }

    /**
     * Whether a character is one the regular expression word boundary ({@code \b}) counts as part of a word: a
     * letter, a digit or an underscore.
     */
    public static boolean isWordCharacter(char c) {
        if (c < 128) {
            // ASCII, nearly every character of a note: answered without the Unicode tables
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}

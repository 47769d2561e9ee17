package org.opencac.engine.text;

import java.util.List;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.WordSet;

/**
 * The clause around a run of tokens: its sentence cut at the nearest comma, semicolon, colon or period on
 * either side. Stages that look for words qualifying a mention ("acute on chronic", "stage 3b") read it.
 * The period of an abbreviated initial inside a name ("E. coli", "P. aeruginosa") is no break: the name
 * belongs to the clause it qualifies ("pneumonia due to P. aeruginosa"). Nor is a comma before a site written
 * in apposition to the condition ("Dorsal ganglion, right wrist."): see {@link #siteApposition}.
 */
public final class Clauses {
    public static final String SITE_APPOSITION = "/org/opencac/engine/text/site_apposition_words.txt";
    /** The side words that start a site in apposition ({@code site_apposition_words.txt}), read once. */
    private static final Set<String> APPOSITION_SIDES = WordSet.of(DataFiles.lines(SITE_APPOSITION));
    public static final String ADJECTIVE_ENDINGS = "/org/opencac/engine/text/coordinate_adjective_endings.txt";
    /** The word endings of descriptive adjectives ({@code coordinate_adjective_endings.txt}), read once. */
    private static final List<String> ADJECTIVE_SUFFIXES = DataFiles.lines(ADJECTIVE_ENDINGS);
    /** The shortest word read as an adjective by its ending. */
    private static final int ADJECTIVE_LENGTH = 5;
    /** The most words before the comma of coordinate adjectives, from the clause's start. */
    private static final int ADJECTIVE_RUN = 3;
    /** The most words a site in apposition has after its side word. */
    private static final int APPOSITION_WORDS = 4;

    private Clauses() {
    }

    /** Token indexes [from, to) of the clause holding tokens [first, end) of the sentence. */
    public static int[] around(List<Token> tokens, Sentence sentence, int first, int end) {
        int from = first;
        while (from > sentence.firstToken() && !isBreak(tokens, from - 1, sentence.endToken())) {
            from--;
        }
        int to = end;
        while (to < sentence.endToken() && !isBreak(tokens, to, sentence.endToken())) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * The clause bounds of every token of a document, worked out in one pass, so that finding the clause
     * of each of many mentions costs constant time rather than a walk across a long sentence.
     */
    public static Bounds bounds(List<Token> tokens, List<Sentence> sentences) {
        int[] start = new int[tokens.size()];
        int[] end = new int[tokens.size()];
        for (Sentence s : sentences) {
            // each token asked once whether it breaks its sentence: the backward pass marks a break by end[p] == p
            // (a token that breaks is its own clause end; one that does not ends at p + 1 or later)
            for (int p = s.endToken() - 1; p >= s.firstToken(); p--) {
                end[p] = isBreak(tokens, p, s.endToken()) ? p : p + 1 == s.endToken() ? s.endToken() : end[p + 1];
            }
            for (int p = s.firstToken(); p < s.endToken(); p++) {
                start[p] = p == s.firstToken() || end[p - 1] == p - 1 ? p : start[p - 1];
            }
        }
        return new Bounds(tokens, start, end);
    }

    /** Precomputed {@link #around} for one document's tokens and sentences. */
    public static final class Bounds {
        private final List<Token> tokens;
        private final int[] start;
        private final int[] end;

        private Bounds(List<Token> tokens, int[] start, int[] end) {
            this.tokens = tokens;
            this.start = start;
            this.end = end;
        }

        /** Same as {@link Clauses#around(List, Sentence, int, int)} for the document's tokens. */
        public int[] around(Sentence sentence, int first, int end) {
            if (first < sentence.firstToken() || first >= sentence.endToken() || end < first || end > sentence.endToken()) {
                return Clauses.around(tokens, sentence, first, end);
            }
            return new int[] {start[first], end == sentence.endToken() ? end : this.end[end]};
        }
    }

    /** The tokens [from, to) joined by single spaces. */
    public static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(tokens.get(i).text()).append(' ');
        }
        return b.toString().trim();
    }

    /** The normalized words of tokens [from, to) joined by single spaces, tokens of no word left out. */
    public static String norms(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String n = tokens.get(i).norm();
            if (!n.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(n);
            }
        }
        return b.toString();
    }

    private static boolean isBreak(List<Token> tokens, int i, int limit) {
        String s = tokens.get(i).text();
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        return c == ',' && !siteApposition(tokens, i, limit) && !coordinateAdjectives(tokens, i, limit)
                || c == ';' || c == ':' || c == '.' && !initialPeriod(tokens, i, limit);
    }

    /**
     * True if token j is a comma between coordinate adjectives of one head noun ("left painful, swollen knee"):
     * the words from the clause's start to the comma are sides or adjectives (at most three, the last an
     * adjective), the word after it is an adjective, and a word follows that before the next punctuation.
     */
    static boolean coordinateAdjectives(List<Token> tokens, int j, int limit) {
        if (j == 0 || j + 2 >= limit || !tokens.get(j).text().equals(",") || !adjective(tokens.get(j - 1))
                || !adjective(tokens.get(j + 1)) || !Character.isLetter(tokens.get(j + 2).text().charAt(0))) {
            return false;
        }
        int words = 0;
        for (int k = j - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.sentenceIndex() != tokens.get(j).sentenceIndex()) {
                return true;   // the sentence's start
            }
            if (!Character.isLetterOrDigit(t.text().charAt(0))) {
                return words > 0 && !t.text().equals("-") && !t.text().equals("/");   // the clause's start
            }
            if (++words > ADJECTIVE_RUN || !adjective(t) && !APPOSITION_SIDES.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word is read as an adjective by its ending (any case). An ASCII word is compared in place, with
     * no lower-cased copy (the check runs at every comma); any other word is lower-cased first, as its length may
     * change.
     */
    public static boolean adjective(Token t) {
        String w = t.text();
        boolean ascii = ascii(w);
        if (!ascii) {
            w = w.toLowerCase(java.util.Locale.ROOT);
        }
        if (w.length() < ADJECTIVE_LENGTH || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        for (String end : ADJECTIVE_SUFFIXES) {
            if (ascii ? endsWithLowerCase(w, end) : w.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ASCII word ends with the ending, case ignored (no lower-cased copy). */
    private static boolean endsWithLowerCase(String w, String end) {
        int from = w.length() - end.length();
        return from >= 0 && w.regionMatches(true, from, end, 0, end.length());
    }

    private static boolean ascii(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if token j is a comma before a site in apposition: a side word of {@code site_apposition_words.txt}
     * and one to four more words that end the sentence or the list item ("Internal derangement, left knee.");
     * a comma after them makes a list ("head right, head left, right lateral decubitus, ...").
     */
    public static boolean siteApposition(List<Token> tokens, int j, int limit) {
        if (!tokens.get(j).text().equals(",") || j + 1 >= limit
                || !APPOSITION_SIDES.contains(tokens.get(j + 1).norm())) {
            return false;
        }
        int words = 0;
        for (int k = j + 2; k < limit; k++) {
            String t = tokens.get(k).text();
            if (t.equals(".") || t.equals(";")) {
                break;
            }
            if (!Character.isLetterOrDigit(t.charAt(0)) || ++words > APPOSITION_WORDS) {
                return false;   // a comma or colon after it: a list of positions or sides, not one site
            }
        }
        return words >= 1;
    }

    /**
     * True if token j is a hyphen written without spaces between two words, inside one compound word
     * ("right-sided", "long-standing"): it joins the words, it parts no phrase.
     */
    public static boolean compoundHyphen(List<Token> tokens, int j) {
        if (j <= 0 || j + 1 >= tokens.size() || !tokens.get(j).text().equals("-")) {
            return false;
        }
        Token before = tokens.get(j - 1);
        Token after = tokens.get(j + 1);
        return !before.isPunctuation() && !after.isPunctuation()
                && before.span().end() == tokens.get(j).span().start()
                && tokens.get(j).span().end() == after.span().start();
    }

    /**
     * True if token j is the period of an abbreviated initial inside a name ("E. coli", "H.pylori",
     * "S. aureus"): it follows a one-letter word without a space and a word comes next before {@code limit}.
     */
    public static boolean initialPeriod(List<Token> tokens, int j, int limit) {
        if (!tokens.get(j).text().equals(".") || j == 0 || j + 1 >= limit) {
            return false;
        }
        Token before = tokens.get(j - 1);
        Token after = tokens.get(j + 1);
        return before.text().length() == 1 && Character.isLetter(before.text().charAt(0))
                && before.span().end() == tokens.get(j).span().start() && !after.norm().isEmpty();
    }
}

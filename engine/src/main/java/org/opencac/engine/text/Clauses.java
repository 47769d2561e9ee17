package org.opencac.engine.text;

import java.util.List;

/**
 * The clause around a run of tokens: its sentence cut at the nearest comma, semicolon, colon or period on
 * either side. Stages that look for words qualifying a mention ("acute on chronic", "stage 3b") read it.
 */
public final class Clauses {
    private Clauses() {
    }

    /** Token indexes [from, to) of the clause holding tokens [first, end) of the sentence. */
    public static int[] around(List<Token> tokens, Sentence sentence, int first, int end) {
        int from = first;
        while (from > sentence.firstToken() && !isBreak(tokens.get(from - 1))) {
            from--;
        }
        int to = end;
        while (to < sentence.endToken() && !isBreak(tokens.get(to))) {
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
            for (int p = s.firstToken(); p < s.endToken(); p++) {
                start[p] = p == s.firstToken() || isBreak(tokens.get(p - 1)) ? p : start[p - 1];
            }
            for (int p = s.endToken() - 1; p >= s.firstToken(); p--) {
                end[p] = isBreak(tokens.get(p)) ? p : p + 1 == s.endToken() ? s.endToken() : end[p + 1];
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

    private static boolean isBreak(Token t) {
        String s = t.text();
        return s.equals(",") || s.equals(";") || s.equals(":") || s.equals(".");
    }
}

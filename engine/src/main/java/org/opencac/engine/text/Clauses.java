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
